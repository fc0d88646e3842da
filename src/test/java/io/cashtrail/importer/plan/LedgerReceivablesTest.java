package io.cashtrail.importer.plan;

import static io.cashtrail.importer.plan.KindFixtures.apply;
import static io.cashtrail.importer.plan.KindFixtures.check;
import static io.cashtrail.importer.plan.KindFixtures.data;
import static io.cashtrail.importer.plan.KindFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Payment;
import io.cashtrail.importer.parse.RecordKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A contract ledger's due columns (应收1/应收日期1 …) become the payment plan of an order that has
 * none, and its received total (已回款, or amount less 未回款) is reconciled with recorded payments.
 */
class LedgerReceivablesTest extends BaseLedgerCase {
    static final String[] HEADER = {"客户名称", "合同编号", "合同金额", "已回款", "未回款", "回款日期", "应收1", "应收日期1", "应收2",
        "应收日期2"};
    static final Object[][] TABLE = {
        {"甲公司", "HT-R1", 100000, 30000, null, "2016-05-01", 30000, "2016-04-01", 70000, "2016-09-01", RowStatus.NEW},
        {"甲公司", "HT-R2", 50000, 20000, null, null, null, null, null, null, "importkinds.ledger.receivedUndatedWarning"},
        {"乙公司", "HT-R3", 80000, 0, null, null, 80000, "2016-10-01", null, null, RowStatus.NEW},
        {"乙公司", "HT-R4", 100000, null, 40000, "2016-06-01", null, null, null, null, RowStatus.NEW},
        {"杭州钢铁", "HT-2016-004", 60000, 65000, null, null, null, null, null, null, "importkinds.ledger.receivedMismatch"},
    };

    private List<Payment> payments(String orderNo) {
        return db.payments().forOrder(order(orderNo).id());
    }

    @Test
    void dueColumnsMakeThePlanAndReceivedTotalsArePaymentsOrWarnings() throws Exception {
        Path file = sheet(dir, "台账.xlsx", HEADER, data(TABLE));
        ImportPlan p = ImportPlannerTest.plan(db, file, null);
        assertThat(p.kind()).isEqualTo(RecordKind.CONTRACT_LEDGER);
        check(p, TABLE);
        assertThat(ImportPlannerTest.row(p, 4).status()).isEqualTo(RowStatus.NEW);
        assertThat(ImportPlannerTest.row(p, 7).status()).as("only a warning").isEqualTo(RowStatus.UNCHANGED);
        assertThat(ImportPlannerTest.row(p, 7).problems().get(0).args()).containsExactly("65000.00", "60000.00", "5000.00");
        apply(db, p);

        List<Installment> plan = db.installments().forOrder(order("HT-R1-01").id());
        assertThat(plan).extracting(Installment::seq, Installment::amount, Installment::dueDate).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, new BigDecimal("30000.00"), LocalDate.of(2016, 4, 1)),
                org.assertj.core.groups.Tuple.tuple(2, new BigDecimal("70000.00"), LocalDate.of(2016, 9, 1)));
        assertThat(payments("HT-R1-01")).singleElement().satisfies(x -> {
            assertThat(x.amount()).isEqualTo(new BigDecimal("30000.00"));
            assertThat(x.receivedDate()).isEqualTo(LocalDate.of(2016, 5, 1));
        });
        assertThat(payments("HT-R2-01")).singleElement().satisfies(x -> {
            assertThat(x.amount()).isEqualTo(new BigDecimal("20000.00"));
            assertThat(x.receivedDate()).as("no date in the sheet: the import day").isEqualTo(LocalDate.now());
            assertThat(x.notes()).isNotBlank();
        });
        assertThat(payments("HT-R3-01")).isEmpty();
        assertThat(db.installments().forOrder(order("HT-R3-01").id())).hasSize(1);
        assertThat(payments("HT-R4-01")).singleElement().satisfies(x -> assertThat(x.amount())
                .isEqualTo(new BigDecimal("60000.00")));
        assertThat(payments("HT-2016-004-01")).as("a mismatch adds nothing").hasSize(1);

        ImportPlan again = ImportPlannerTest.plan(db, file, RecordKind.CONTRACT_LEDGER);
        assertThat(again.hasWork()).isFalse();
        assertThat(ImportPlannerTest.row(again, 4).problems()).as("reconciled now").isEmpty();
        assertThat(db.installments().forOrder(order("HT-R1-01").id())).hasSize(2);
    }

    @Test
    void anOrderWithAPlanKeepsItAndUndoRemovesPlanAndPaymentsAlsoAfterARestart() throws Exception {
        Path file = sheet(dir, "a.xlsx", HEADER, data(TABLE));
        apply(db, ImportPlannerTest.plan(db, file, RecordKind.CONTRACT_LEDGER));
        Object[][] other = {{"甲公司", "HT-R1", 100000, 30000, null, "2016-05-01", 50000, "2016-04-01", 50000, "2016-09-01"}};
        ImportPlan p = ImportPlannerTest.plan(db, sheet(dir, "b.xlsx", HEADER, other), RecordKind.CONTRACT_LEDGER);
        assertThat(ImportPlannerTest.row(p, 3).problems()).extracting(RowProblem::key)
                .containsExactly("importkinds.ledger.planKept");
        assertThat(p.hasWork()).isFalse();

        long before = db.payments().all().size();
        reopen();
        PlanApplier.undoLast(db);
        assertThat(db.installments().all()).isEmpty();
        assertThat(db.payments().all()).hasSize((int) before - 3);
        assertThat(db.orders().all()).noneMatch(o -> o.orderNo().startsWith("HT-R"));
    }
}
