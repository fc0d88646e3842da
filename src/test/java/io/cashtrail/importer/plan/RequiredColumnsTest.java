package io.cashtrail.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.ColumnMapper;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.RecordKind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sheet lacking the columns its kind needs is refused up front, naming them in the user's language. */
class RequiredColumnsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "客户名称,合同编号,合同金额|CONTRACT_LEDGER|",
        "订单号,客户名称,金额|CONTRACT_LEDGER|",
        "OrderID,CustomerID,OrderDate,ShippedDate,ShipAddress|CONTRACT_LEDGER|amount",
        "买家实际支付金额,收货人姓名,订单付款时间|CONTRACT_LEDGER|customerName",
        "合同编号,签订日期|CONTRACT_LEDGER|amount customerName",
        "签订日期,备注|CONTRACT_LEDGER|contractNo amount customerName",
        "发票号码,开票日期,价税合计,合同编号|INVOICES|",
        "发票号码,开票日期,金额,订单号|INVOICES|",
        "开票日期,开票金额|INVOICES|invoiceNo contractNo",
        "客户简称,联系人|CUSTOMERS|",
        "联系人,电话|CUSTOMERS|customerName",
        "运单号,发货日期|SHIPMENTS|contractNo",
        "回款日期,回款金额|PAYMENTS|",
    })
    void eachKindNeedsItsColumns(String headers, RecordKind kind, String missing) {
        List<ImportField> got = ImportPlanner.missingColumns(ColumnMapper.map(List.of(headers.split(","))), kind);
        assertThat(got).extracting(ImportField::key)
                .containsExactlyElementsOf(missing == null ? List.of() : List.of(missing.split(" ")));
    }

    @org.junit.jupiter.api.Test
    void theMissingColumnsReadInTheLanguageShownNotTheOneTheyWereFoundIn() {
        Locale before = Messages.locale();
        try {
            Messages.use(Messages.ENGLISH);
            Object text = RequiredColumns.describe(List.of(ImportField.AMOUNT, ImportField.CUSTOMER_NAME));
            Object kind = RequiredColumns.kindName(RecordKind.CONTRACT_LEDGER);
            assertThat(Messages.get("import.plan.missingColumn", text, kind)).contains("Amount (incl. tax) (e.g. 金额, 合同金额)")
                    .contains("Customer (e.g. 客户, 客户名称)").contains("Contract / order ledger");
            Messages.use(Messages.CHINESE);
            String zh = Messages.get("import.plan.missingColumn", text, kind);
            assertThat(zh).contains("（如 金额、合同金额）").contains(Messages.get("import.field.amount"))
                    .contains(Messages.get("import.kind.contractLedger")).doesNotContain("Amount");
        } finally {
            Messages.use(before);
        }
    }
}
