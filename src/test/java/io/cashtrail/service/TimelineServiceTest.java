package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Payment;
import io.cashtrail.domain.Phase;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDate;
import io.cashtrail.domain.StageDates;
import io.cashtrail.store.StaleDataException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    @TempDir
    Path dir;
    private Workspace ws;
    private Order order;

    @BeforeEach
    void setUp() {
        ws = Workspace.open(dir, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        Customer cu = ws.customers().save(Customer.named("杭州汽轮").withInvoiceCutoffDay(25));
        Contract c = ws.customers().save(Contract.of("HT-1", cu.id(), LocalDate.of(2026, 9, 1), Money.of(1000), "张伟"));
        StageDates s = StageDates.NONE.with(Stage.CONTRACT_SIGNED, new StageDate(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 1)))
                .withPlanned(Stage.PRODUCTION_START, LocalDate.of(2026, 11, 1))
                .withPlanned(Stage.PRODUCTION_FINISH, LocalDate.of(2026, 12, 10))
                .withPlanned(Stage.SHIPPED, LocalDate.of(2026, 12, 15))
                .withPlanned(Stage.ACCEPTED, LocalDate.of(2026, 12, 28));
        order = ws.orders().save(Order.of(c.id(), "HT-1-01", Money.of(1000), "张伟").withStages(s));
        ws.orders().save(new Installment(0, order.id(), 1, "预付款", null, Money.of(300), "contract_signed", 10,
                LocalDate.of(2026, 9, 11), null, 0));
        ws.orders().save(new Installment(0, order.id(), 2, "验收款", null, Money.of(600), "accepted", 0,
                LocalDate.of(2026, 12, 28), null, 0));
        ws.orders().save(new Installment(0, order.id(), 3, "质保金", null, Money.of(100), "accepted", 365,
                LocalDate.of(2027, 12, 28), null, 0));
        ws.orders().save(Payment.of(order.id(), cu.id(), LocalDate.of(2026, 9, 12), Money.of(300)));
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    @Test
    void loadsOrdersWithBaselineCutoffAndInstallmentsPaidOldestFirst() {
        TimelineOrder t = ws.timeline().load().get(0);
        assertThat(t.invoiceCutoffDay()).isEqualTo(25);
        assertThat(t.baseline().planned(Stage.PRODUCTION_FINISH)).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(t.installments()).extracting(TimelineInstallment::paid).containsExactly(true, false, false);
        assertThat(t.outstanding()).isEqualByComparingTo("700");
    }

    @Test
    void movingProductionFinishMovesLaterOpenStagesAndTheirInstallments() {
        ReplanPreview p = ws.timeline().preview(order.id(), Phase.PRODUCTION, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 20));
        StageDates after = p.after().stages();
        assertThat(after.planned(Stage.PRODUCTION_START)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(after.planned(Stage.PRODUCTION_FINISH)).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(after.planned(Stage.SHIPPED)).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(after.planned(Stage.ACCEPTED)).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(p.installments()).extracting(c -> c.before().label()).containsExactly("验收款", "质保金");
        assertThat(p.moves()).containsExactly(
                new ReplanPreview.MoneyMove(YearMonth.of(2026, 12), YearMonth.of(2027, 1), Money.of(600)),
                new ReplanPreview.MoneyMove(YearMonth.of(2027, 12), YearMonth.of(2028, 1), Money.of(100)));

        ws.timeline().apply(p);
        Order saved = ws.orders().detail(order.id()).order();
        assertThat(saved.stages().planned(Stage.ACCEPTED)).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(ws.orders().detail(order.id()).installments()).extracting(Installment::dueDate).containsExactly(
                LocalDate.of(2026, 9, 11), LocalDate.of(2027, 1, 7), LocalDate.of(2028, 1, 7));
        assertThat(ws.timeline().load().get(0).baseline().planned(Stage.ACCEPTED))
                .as("the baseline does not move").isEqualTo(LocalDate.of(2026, 12, 28));

        assertThat(ws.timeline().canUndo()).isTrue();
        ws.timeline().undoLast();
        assertThat(ws.orders().detail(order.id()).order().stages()).isEqualTo(order.stages());
        assertThat(ws.orders().detail(order.id()).installments()).extracting(Installment::dueDate).containsExactly(
                LocalDate.of(2026, 9, 11), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 12, 28));
        assertThat(ws.timeline().canUndo()).isFalse();
    }

    @Test
    void anInvalidReplanIsNotSavedAndAStaleOneIsRefused() {
        ReplanPreview bad = ws.timeline().preview(order.id(), Phase.PRODUCTION, LocalDate.of(2026, 12, 30),
                LocalDate.of(2026, 12, 10));
        assertThat(bad.isValid()).isFalse();
        assertThatThrownBy(() -> ws.timeline().apply(bad)).isInstanceOf(ValidationException.class);

        ReplanPreview p = ws.timeline().preview(order.id(), Phase.PRODUCTION, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 12));
        Order now = ws.orders().detail(order.id()).order();
        ws.orders().save(now.withNotes("changed elsewhere"));
        assertThatThrownBy(() -> ws.timeline().apply(p)).isInstanceOf(StaleDataException.class);
        assertThat(ws.orders().detail(order.id()).installments().get(1).dueDate())
                .as("rolled back together").isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
