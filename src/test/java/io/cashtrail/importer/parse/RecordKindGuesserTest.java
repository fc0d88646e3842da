package io.cashtrail.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordKindGuesserTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "序号,客户名称,合同编号,签订日期,合同金额,业务员,发货日期,验收日期,开票日期,回款日期,回款金额,未回款金额,备注|CONTRACT_LEDGER",
        "客户名称,合同编号,签订日期,合同金额,回款1,回款日期1,回款2,回款日期2,回款3,回款日期3|CONTRACT_LEDGER",
        "Customer,Contract No.,Order Date,Amount,Sales Rep,Ship Date,Invoice Number,Payment Date,Paid,Balance|CONTRACT_LEDGER",
        "订单号,收货单位,收货地址,联系人,联系电话,发货日期,物流公司,运单号,签收日期|SHIPMENTS",
        "Order No,Ship Date,Carrier,Tracking Number,Delivery Date|SHIPMENTS",
        "生产订单号,合同编号,产品名称,数量,开工日期,完工日期,交货期|PRODUCTION",
        "发票号码,开票日期,购买方名称,税号,开票金额,税率,税额|INVOICES",
        "Invoice No,Invoice Date,Customer,Invoice Amount|INVOICES",
        "来款日期,来款单位,来款金额,合同号,摘要|PAYMENTS",
        "Payment Date,Customer,Amount Paid,Invoice No|PAYMENTS",
        "客户名称,简称,联系人,联系电话,地址,税号,开票截止日|CUSTOMERS",
        "Customer,Contact,Phone,Address,Tax ID|CUSTOMERS",
        "序号,发票号码,开票日期,客户名称,合同编号,订单号,金额,税额,价税合计,发票类型,备注|INVOICES",
        "发票号,开票日期,合同号,开票金额|INVOICES",
        "客户名称,客户简称,联系人,手机,收货地址,付款方式|CUSTOMERS",
        "客户名称,联系人,电话,地址|CUSTOMERS",
        "客户名称,合同编号,合同金额,已回款,回款日期,应收1,应收日期1,应收2,应收日期2|CONTRACT_LEDGER",
    })
    void guessesTheKindOfSheet(String headers, RecordKind expected) {
        List<RecordKindGuesser.KindScore> scores = RecordKindGuesser.guess(ColumnMapper.map(List.of(headers.split(","))));
        assertThat(scores.get(0).kind()).isEqualTo(expected);
        assertThat(scores.get(0).score()).isGreaterThan(scores.get(1).score());
        assertThat(scores).hasSize(RecordKind.values().length);
        assertThat(scores.stream().mapToDouble(RecordKindGuesser.KindScore::score).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @org.junit.jupiter.api.Test
    void nothingKnownGivesNoEvidence() {
        List<RecordKindGuesser.KindScore> scores = RecordKindGuesser.guess(ColumnMapper.map(List.of("型号", "数量")));
        assertThat(scores).allMatch(s -> s.score() == 0);
        assertThat(RecordKindGuesser.best(ColumnMapper.map(List.of("型号")))).isEqualTo(RecordKind.CONTRACT_LEDGER);
    }
}
