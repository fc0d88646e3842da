package io.cashtrail.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMapperTest {

    @ParameterizedTest(name = "{0} -> {1} group {2} x{3}")
    @CsvSource(delimiter = '|', value = {
        "合同编号|contractNo|0|1", "合同号|contractNo|0|1", "合同单号|contractNo|0|1", "' 合 同 编 号 '|contractNo|0|1",
        "客户名称|customerName|0|1", "甲方名称|customerName|0|1", "单位名称|customerName|0|1", "购货单位|customerName|0|1",
        "客户名称（全称）|customerName|0|1", "*客户名称|customerName|0|1", "客户简称|customerAlias|0|1",
        "合同金额|amount|0|1", "成交总额|amount|0|1", "合同总额|amount|0|1", "含税金额|amount|0|1",
        "金额(元)|amount|0|1", "金额（万元）|amount|0|10000", "合同金额/万元|amount|0|10000", "合同金额万元|amount|0|10000",
        "【金额】(亿元)|amount|0|100000000", "税率|taxRate|0|1", "税率(%)|taxRate|0|1",
        "签订日期|signedDate|0|1", "签约日期|signedDate|0|1", "下单日期|signedDate|0|1", "合同签订日期|signedDate|0|1",
        "业务员|owner|0|1", "销售员|owner|0|1", "业务经理|owner|0|1", "负责人|owner|0|1",
        "发货日期|shippedDate|0|1", "出库日期|shippedDate|0|1", "物流单号|trackingNo|0|1", "运单号|trackingNo|0|1",
        "物流公司|carrier|0|1", "签收日期|deliveredDate|0|1", "到货日期|deliveredDate|0|1", "验收日期|acceptedDate|0|1",
        "开工日期|productionStart|0|1", "完工日期|productionFinish|0|1", "生产完成|productionFinish|0|1",
        "开票日期|invoiceDate|0|1", "发票号码|invoiceNo|0|1", "开票金额|invoiceAmount|0|1",
        "回款日期|paymentDate|0|1", "来款日期|paymentDate|0|1", "收款日期|paymentDate|0|1", "到账日期|paymentDate|0|1",
        "回款金额|paymentAmount|0|1", "来款金额|paymentAmount|0|1", "实收|paymentAmount|0|1",
        "未回款金额|outstanding|0|1", "欠款金额|outstanding|0|1", "应收余额|outstanding|0|1", "累计未回款金额|outstanding|0|1",
        "已开票未回款|outstanding|0|1", "已回款金额|receivedTotal|0|1", "计划回款日期|paymentDueDate|0|1",
        "预付款|advance|0|1", "定金|advance|0|1", "质保金|retention|0|1", "质保期|warrantyPeriod|0|1",
        "联系人|contactPerson|0|1", "联系电话|contactPhone|0|1", "地址|address|0|1", "税号|taxId|0|1",
        "纳税人识别号|taxId|0|1", "开票截止日|invoiceCutoffDay|0|1", "备注|notes|0|1", "付款方式|paymentTerms|0|1",
        "回款1|paymentAmount|1|1", "回款日期1|paymentDate|1|1", "回款2|paymentAmount|2|1", "回款日期2|paymentDate|2|1",
        "回款1日期|paymentDate|1|1", "第一笔回款|paymentAmount|1|1", "第二笔回款日期|paymentDate|2|1",
        "第3次回款金额|paymentAmount|3|1", "回款金额（第2笔）|paymentAmount|2|1", "回款金额(万元)3|paymentAmount|3|10000",
        "第十二笔回款|paymentAmount|12|1",
        "Customer|customerName|0|1", "Contract No.|contractNo|0|1", "Contract #|contractNo|0|1", "Order Date|signedDate|0|1",
        "Amount|amount|0|1", "Amount (RMB)|amount|0|1", "Sales Rep|owner|0|1", "Ship Date|shippedDate|0|1",
        "Invoice Number|invoiceNo|0|1", "Invoice No|invoiceNo|0|1", "Payment Date|paymentDate|0|1", "Paid|paymentAmount|0|1",
        "Balance|outstanding|0|1", "Tracking Number|trackingNo|0|1", "Payment 2|paymentAmount|2|1",
        "Payment 2 Date|paymentDate|2|1", "1st Payment Date|paymentDate|1|1", "ＣＯＮＴＲＡＣＴ　ＮＯ．|contractNo|0|1",
        "税额|taxAmount|0|1", "发票类型|invoiceKind|0|1", "应收1|dueAmount|1|1", "应收日期2|paymentDueDate|2|1",
        "编号|orderNo|0|1", "回款周期|paymentTerms|0|1",
    })
    void mapsHeaderNames(String header, String field, int group, String factor) {
        ColumnMatch c = ColumnMapper.map(List.of(header)).column(0);
        assertThat(c.field()).isEqualTo(ImportField.byKey(field));
        assertThat(c.group()).isEqualTo(group);
        assertThat(c.unitFactor()).isEqualByComparingTo(factor);
        assertThat(c.confidence()).isGreaterThan(0.5);
    }

    @ParameterizedTest
    @CsvSource({"序号", "型号", "数量", "单价", "不含税金额", "除税金额", "未开票金额", "物料编号", "Qty", "''", "日期", "2016"})
    void leavesUnknownColumnsUnmapped(String header) {
        assertThat(ColumnMapper.map(List.of(header)).column(0).field()).isNull();
    }

    @Test
    void cashtrailsOwnWorkedOutColumnsAreRecognisedOnlyByTheirExactNames() {
        ColumnMapping m = ColumnMapper.map(List.of("合同编号", "当前阶段", "下一步", "下一步日期", "延误天数", "Days late", "Next date",
                "当前阶段说明"));
        assertThat(m.columns()).extracting(ColumnMatch::field).containsExactly(ImportField.CONTRACT_NO,
                ImportField.DERIVED, ImportField.DERIVED, ImportField.DERIVED, ImportField.DERIVED, ImportField.DERIVED,
                ImportField.DERIVED, ImportField.NOTES); // a longer header is the user's own text: kept, here as notes
    }

    @Test
    void exactNamesAreSurerThanContainedNames() {
        assertThat(ColumnMapper.map(List.of("签订日期")).column(0).confidence()).isEqualTo(1.0);
        assertThat(ColumnMapper.map(List.of("合同签订日期时间")).column(0).confidence()).isBetween(0.5, 0.9);
    }

    @Test
    void aLedgerHeaderMapsEveryKnownColumnAndListsTheRest() {
        List<String> headers = List.of("序号", "客户名称", "合同编号", "签订日期", "合同金额（万元）", "业务员", "型号", "发货日期",
                "回款1", "回款日期1", "回款2", "回款日期2", "未回款金额", "备注");
        ColumnMapping m = ColumnMapper.map(headers);
        assertThat(m.unmapped()).extracting(ColumnMatch::header).containsExactly("序号", "型号");
        assertThat(m.find(ImportField.AMOUNT).orElseThrow().unitFactor()).isEqualByComparingTo("10000");
        assertThat(m.find(ImportField.OUTSTANDING).orElseThrow().column()).isEqualTo(12);
        assertThat(m.groups()).containsOnlyKeys(1, 2);
        assertThat(m.groups().get(2).get(ImportField.PAYMENT_DATE).column()).isEqualTo(11);
        assertThat(m.groups().get(1).get(ImportField.PAYMENT_AMOUNT).column()).isEqualTo(8);
    }

    @Test
    void twoColumnsForOneFieldKeepTheSurerOne() {
        ColumnMapping m = ColumnMapper.map(List.of("合同金额含税", "合同金额", "合同号"));
        assertThat(m.find(ImportField.AMOUNT).orElseThrow().column()).isEqualTo(1);
        assertThat(m.column(0).field()).isNull();
        assertThat(m.unmapped()).extracting(ColumnMatch::column).containsExactly(0);
        ColumnMapping tie = ColumnMapper.map(List.of("合同号", "合同编号"));
        assertThat(tie.find(ImportField.CONTRACT_NO).orElseThrow().column()).isZero();
    }

    @Test
    void aSheetUnitAppliesToAmountsWithoutTheirOwnUnit() {
        ColumnMapping m = ColumnMapper.map(List.of("合同金额", "回款金额(元)", "开票金额（万元）", "税率", "合同编号"),
                new BigDecimal("10000"));
        assertThat(m.column(0).unitFactor()).isEqualByComparingTo("10000");
        assertThat(m.column(1).unitFactor()).isEqualByComparingTo("1");
        assertThat(m.column(2).unitFactor()).isEqualByComparingTo("10000");
        assertThat(m.column(3).unitFactor()).isEqualByComparingTo("1");
    }

    @Test
    void leftoverCellsOfARowAreFoundForTheNotes() {
        ColumnMapping m = ColumnMapper.map(List.of("客户", "型号", "", "合同号"));
        io.cashtrail.importer.read.SheetRow row = new Rows().add("华为", "A-100", "急", "HT-1", null, "见附件").rows().get(0);
        assertThat(m.leftoverColumns(row)).containsExactly(1, 2, 5);
        assertThat(m.unmapped()).extracting(ColumnMatch::column).containsExactly(1);
    }

    @Test
    void theUserCanChangeAColumn() {
        ColumnMapping m = ColumnMapper.map(List.of("客户", "合同号", "型号", "日期"));
        ColumnMapping changed = m.with(3, ImportField.SIGNED_DATE).with(2, ImportField.CONTRACT_TITLE).with(1, null);
        assertThat(changed.column(3).field()).isEqualTo(ImportField.SIGNED_DATE);
        assertThat(changed.column(3).confidence()).isEqualTo(1.0);
        assertThat(changed.column(1).isMapped()).isFalse();
        assertThat(changed.unmapped()).extracting(ColumnMatch::header).containsExactly("合同号");
        ColumnMapping moved = changed.with(2, ImportField.CUSTOMER_NAME);
        assertThat(moved.find(ImportField.CUSTOMER_NAME).orElseThrow().column()).isEqualTo(2);
        assertThat(moved.column(0).isMapped()).isFalse();
        assertThat(m.column(3).isMapped()).isFalse();
    }

    @Test
    void everySynonymMapsBackToItsField() {
        for (ImportField f : ImportField.values()) {
            for (String name : Synonyms.namesOf(f)) {
                assertThat(Synonyms.match(HeaderName.of(name).key()).field()).as(name).isEqualTo(f);
            }
        }
    }
}
