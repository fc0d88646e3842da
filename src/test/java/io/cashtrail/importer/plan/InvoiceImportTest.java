package io.cashtrail.importer.plan;

import static io.cashtrail.importer.plan.KindFixtures.apply;
import static io.cashtrail.importer.plan.KindFixtures.check;
import static io.cashtrail.importer.plan.KindFixtures.data;
import static io.cashtrail.importer.plan.KindFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.InvoiceKind;
import io.cashtrail.domain.Stage;
import io.cashtrail.importer.parse.RecordKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An invoice register (开票台账) imports as invoices on existing orders: new, unchanged, updated, problems, undo. */
class InvoiceImportTest extends BaseLedgerCase {
    static final String[] HEADER = {"发票号码", "开票日期", "价税合计", "税额", "合同编号", "订单号", "客户名称", "发票类型"};
    static final Object[][] TABLE = {
        {"00012345", LocalDate.of(2016, 5, 1), "1,000,000.00", "115,044.25", "HT-2016-001", null, "宁波港集团", "增值税专用发票",
            RowStatus.NEW},
        {"00012346", "2016-06-01", 80000.5, null, null, "HT-2016-002-01", "宁波港集团", "普票", RowStatus.NEW},
        {"00012347", "2016.07.01", -5000, "-575.22", "HT-2016-001", null, "宁波港集团", "红字发票", RowStatus.NEW},
        {"00012348", "2016-07-02", 100, null, "HT-2099-999", null, "某公司", null, "importkinds.order.unknownContract"},
        {"00012349", "2016-07-03", 100, null, "HT-7", null, "宁波港集团", null, "importkinds.order.severalOrders"},
        {"00012350", "2016-07-04", 100, null, null, "HT-7-Z", "宁波港集团", null, "importkinds.order.notInContract"},
        {"00012351", "2016-07-05", 3000, null, "HT-7", "HT-7-B", "宁波港集团", "电子发票", RowStatus.NEW},
        {null, "2016-07-06", 100, null, "HT-2016-003", null, "杭州钢铁", null, "import.plan.missing"},
    };

    private Invoice invoice(String no) {
        return db.invoices().all().stream().filter(i -> no.equals(i.invoiceNo())).findFirst().orElseThrow();
    }

    @Test
    void eachRowBecomesAnInvoiceOnItsOrderOrAProblemSayingWhy() throws Exception {
        Path file = sheet(dir, "开票台账.xlsx", HEADER, data(TABLE));
        ImportPlan p = ImportPlannerTest.plan(db, file, null);
        assertThat(p.kind()).as("recognised").isEqualTo(RecordKind.INVOICES);
        check(p, TABLE);
        apply(db, p);
        assertThat(db.invoices().all()).hasSize(4);
        Invoice first = invoice("00012345");
        assertThat(first.orderId()).isEqualTo(order("HT-2016-001-01").id());
        assertThat(first.amount()).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(first.taxAmount()).isEqualTo(new BigDecimal("115044.25"));
        assertThat(first.issuedDate()).isEqualTo(LocalDate.of(2016, 5, 1));
        assertThat(first.notes()).contains("客户名称: 宁波港集团");
        assertThat(invoice("00012346").kind()).isEqualTo(InvoiceKind.VAT_ORDINARY);
        assertThat(invoice("00012347").kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(invoice("00012347").amount()).isEqualTo(new BigDecimal("-5000.00"));
        assertThat(invoice("00012351").orderId()).isEqualTo(order("HT-7-B").id());
        assertThat(invoice("00012351").kind()).isEqualTo(InvoiceKind.ELECTRONIC);
        assertThat(order("HT-2016-001-01").stages().actual(Stage.INVOICED)).isEqualTo(LocalDate.of(2016, 5, 1));

        ImportPlan again = ImportPlannerTest.plan(db, file, RecordKind.INVOICES);
        for (int row : new int[] {3, 4, 5, 9}) {
            assertThat(ImportPlannerTest.row(again, row).status()).as("row " + row).isEqualTo(RowStatus.UNCHANGED);
        }
        assertThat(again.hasWork()).isFalse();
    }

    @Test
    void anOrderNumberAloneFindsItsOrderOrSaysItIsUnknown() throws Exception {
        String[] header = {"发票号码", "开票日期", "开票金额", "订单号"};
        Object[][] table = {{"901", "2016-06-01", 100, "HT-7-A", RowStatus.NEW},
            {"902", "2016-06-01", 100, "HT-7-Z", "importkinds.order.unknown"}};
        check(ImportPlannerTest.plan(db, sheet(dir, "o.xlsx", header, data(table)), RecordKind.INVOICES), table);
    }

    @Test
    void aChangedAmountIsAnUpdateAndUndoPutsEverythingBackAlsoAfterARestart() throws Exception {
        apply(db, ImportPlannerTest.plan(db, sheet(dir, "a.xlsx", HEADER, data(TABLE)), RecordKind.INVOICES));
        Object[][] changed = {{"00012346", "2016-06-02", 80000.75, "9,203.62", null, "HT-2016-002-01", "宁波港集团", "普票"}};
        ImportPlan p = ImportPlannerTest.plan(db, sheet(dir, "b.xlsx", HEADER, changed), RecordKind.INVOICES);
        PlannedRow r = ImportPlannerTest.row(p, 3);
        assertThat(r.status()).isEqualTo(RowStatus.UPDATE);
        assertThat(r.changes()).extracting(FieldChange::field).containsExactlyInAnyOrder("issuedDate", "amount",
                "taxAmount");
        assertThat(r.changes()).anySatisfy(c -> {
            assertThat(c.oldValue()).isEqualTo("80000.50");
            assertThat(c.newValue()).isEqualTo("80000.75");
        });
        apply(db, p);
        assertThat(invoice("00012346").amount()).isEqualTo(new BigDecimal("80000.75"));

        reopen();
        PlanApplier.undoLast(db);
        assertThat(invoice("00012346").amount()).isEqualTo(new BigDecimal("80000.50"));
        assertThat(invoice("00012346").issuedDate()).isEqualTo(LocalDate.of(2016, 6, 1));
        assertThat(invoice("00012346").taxAmount()).isNull();
        PlanApplier.undoLast(db);
        assertThat(db.invoices().all()).isEmpty();
        assertThat(order("HT-2016-001-01").stages().actual(Stage.INVOICED)).isNull();
    }

    @Test
    void theSameInvoiceNumberTwiceWithOtherValuesIsAProblem() throws Exception {
        Object[][] rows = {{"777", "2016-06-01", 100, null, "HT-2016-003", null, "杭州钢铁", null},
            {"777", "2016-06-01", 100, null, "HT-2016-003", null, "杭州钢铁", null},
            {"777", "2016-06-01", 200, null, "HT-2016-003", null, "杭州钢铁", null}};
        ImportPlan p = ImportPlannerTest.plan(db, sheet(dir, "a.xlsx", HEADER, rows), RecordKind.INVOICES);
        assertThat(p.rows()).extracting(PlannedRow::status).containsExactly(RowStatus.NEW, RowStatus.UNCHANGED,
                RowStatus.PROBLEM);
        assertThat(ImportPlannerTest.row(p, 5).problems()).extracting(RowProblem::key)
                .containsExactly("importkinds.invoice.twice");
    }

    @Test
    void netAmountAndTaxMakeTheAmountWhenThereIsNoTotalColumn() throws Exception {
        String[] header = {"发票号", "开票日期", "金额", "税额", "合同号"};
        Object[][] rows = {{"888", "2016-06-01", 1000, 130, "HT-2016-004"}};
        apply(db, ImportPlannerTest.plan(db, sheet(dir, "a.xlsx", header, rows), null));
        assertThat(invoice("888").amount()).isEqualTo(new BigDecimal("1130.00"));
        assertThat(invoice("888").taxAmount()).isEqualTo(new BigDecimal("130.00"));
    }
}
