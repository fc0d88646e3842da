package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.OrderProgress;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.Validation;
import io.cashtrail.domain.ValidationResult;
import io.cashtrail.store.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final long SEED = 20261127L;

    /** One demo database shared by the read-only tests (loading takes a second or two). */
    @TempDir
    static Path sharedDir;
    static Database db;
    static DemoData.Result loaded;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadOnce() {
        db = Database.open(sharedDir);
        loaded = DemoData.load(db, TODAY, SEED);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void loadsARealisticSetWhoseOrdersValidateAndWhosePlansAddUp() {
        DemoData.Result r = loaded;
        assertThat(r.customers()).isBetween(20, 30);
        assertThat(r.contracts()).isBetween(120, 160);
        assertThat(r.orders()).isBetween(170, 210);
        assertThat(db.customers().all()).hasSize(r.customers())
                .allSatisfy(c -> assertThat(c.taxId()).hasSize(18))
                .anySatisfy(c -> assertThat(c.invoiceCutoffDay()).isEqualTo(25))
                .anySatisfy(c -> assertThat(c.aliases()).isNotBlank());
        List<OrderSummary> rows = db.orders().summaries();
        assertThat(rows).hasSize(r.orders());
        for (OrderSummary row : rows) {
            Order o = db.orders().find(row.orderId()).orElseThrow();
            ValidationResult v = Validation.order(o, TODAY);
            assertThat(v.errors()).as(o.orderNo()).isEmpty();
            for (Stage s : Stage.values()) {
                LocalDate actual = o.stages().actual(s);
                assertThat(actual == null || !actual.isAfter(TODAY)).as(o.orderNo() + " " + s).isTrue();
                assertThat(o.stages().planned(s)).as(o.orderNo() + " planned " + s).isNotNull();
            }
            assertThat(o.amount()).isBetween(Money.of(80_000), Money.of(8_000_000));
            List<Installment> plan = db.installments().forOrder(o.id());
            assertThat(plan).as(o.orderNo()).isNotEmpty();
            assertThat(plan.stream().map(Installment::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(o.orderNo()).isEqualTo(o.amount());
            assertThat(row.received()).as(o.orderNo()).isLessThanOrEqualTo(o.amount());
            assertThat(db.payments().forOrder(o.id()))
                    .allSatisfy(p -> assertThat(p.receivedDate()).isBeforeOrEqualTo(TODAY));
            BigDecimal invoiced = db.invoices().forOrder(o.id()).stream().map(Invoice::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (o.stages().actual(Stage.INVOICED) != null) {
                assertThat(invoiced).as(o.orderNo()).isEqualTo(o.amount());
            } else {
                assertThat(invoiced).as(o.orderNo()).isLessThan(o.amount());
            }
        }
        for (Contract c : db.contracts().all()) {
            BigDecimal sum = db.orders().forContract(c.id()).stream().map(Order::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(c.contractNo()).isEqualTo(c.amount());
        }
    }

    @Test
    void coversEveryStageWithLateOrdersAndOverdueInstallments() {
        Set<Stage> current = EnumSet.noneOf(Stage.class);
        int late = 0;
        int overdue = 0;
        for (OrderSummary row : db.orders().summaries()) {
            OrderProgress p = OrderProgress.of(row.stages(), TODAY);
            current.add(p.currentStage());
            late += p.isLate() ? 1 : 0;
            BigDecimal dueByNow = db.installments().forOrder(row.orderId()).stream()
                    .filter(i -> i.dueDate() != null && i.dueDate().isBefore(TODAY))
                    .map(Installment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            overdue += dueByNow.compareTo(row.received()) > 0 ? 1 : 0;
            if (p.isComplete()) {
                assertThat(row.received()).isEqualTo(row.amount());
            }
        }
        assertThat(current).containsExactlyInAnyOrder(Stage.values());
        assertThat(late).isGreaterThan(5);
        assertThat(overdue).isGreaterThan(5);
    }

    @Test
    void sameSeedGivesTheSameData() {
        List<OrderSummary> first = db.orders().summaries();
        try (Database other = Database.open(dir.resolve("same"))) {
            assertThat(DemoData.load(other, TODAY, SEED)).isEqualTo(loaded);
            assertThat(other.orders().summaries()).isEqualTo(first);
            assertThat(other.customers().all()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("createdAt",
                    "updatedAt").isEqualTo(db.customers().all());
            assertThat(other.rowCounts()).isEqualTo(db.rowCounts());
        }
        try (Database other = Database.open(dir.resolve("other"))) {
            DemoData.load(other, TODAY, SEED + 1);
            assertThat(other.orders().summaries()).isNotEqualTo(first);
        }
    }

    @Test
    void refusesToLoadIntoADatabaseThatHasData() {
        try (Database one = Database.open(dir)) {
            one.customers().insert(Customer.named("已有客户有限公司"));
            assertThatThrownBy(() -> DemoData.load(one, TODAY, SEED))
                    .isInstanceOf(IllegalStateException.class).hasMessage("database is not empty");
            assertThat(one.customers().all()).hasSize(1);
        }
        var before = db.rowCounts();
        assertThatThrownBy(() -> DemoData.load(db, TODAY, SEED + 2)).isInstanceOf(IllegalStateException.class);
        assertThat(db.rowCounts()).isEqualTo(before);
    }
}
