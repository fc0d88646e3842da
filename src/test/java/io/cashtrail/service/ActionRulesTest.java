package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Payment;
import io.cashtrail.domain.PaymentMethod;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule fires exactly at its threshold, not a day before. */
class ActionRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    @TempDir
    Path dir;
    private Workspace ws;
    private Customer cu;
    private Contract c;

    @BeforeEach
    void setUp() {
        ws = Workspace.open(dir);
        cu = ws.customers().save(Customer.named("客户"));
        c = ws.customers().save(Contract.of("C", cu.id(), LocalDate.of(2026, 1, 1), Money.of(1000), "王"));
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    private List<Action.Rule> rulesFor(StageDates stages, ActionSettings cfg) {
        ws.orders().save(Order.of(c.id(), "O" + System.nanoTime(), Money.of(1000), "王").withStages(stages));
        var svc = ws.collections();
        return svc.actions(svc.load(), TODAY, cfg).stream().map(Action::rule).toList();
    }

    @Test
    void finishedNotShippedFiresAtTheThresholdDay() {
        ActionSettings cfg = ActionSettings.DEFAULTS;
        int n = cfg.finishedNotShippedDays();
        assertThat(rulesFor(StageDates.NONE.withActual(Stage.PRODUCTION_FINISH, TODAY.minusDays(n - 1)), cfg))
                .doesNotContain(Action.Rule.FINISHED_NOT_SHIPPED);
        assertThat(rulesFor(StageDates.NONE.withActual(Stage.PRODUCTION_FINISH, TODAY.minusDays(n)), cfg))
                .contains(Action.Rule.FINISHED_NOT_SHIPPED);
    }

    @Test
    void shippedWithoutSignOffFiresAtTheThresholdDay() {
        ActionSettings cfg = new ActionSettings(0, 7, 4, 30, 15, 7, 30);
        assertThat(rulesFor(StageDates.NONE.withActual(Stage.SHIPPED, TODAY.minusDays(3)), cfg))
                .doesNotContain(Action.Rule.SHIPPED_NO_SIGNOFF);
        assertThat(rulesFor(StageDates.NONE.withActual(Stage.SHIPPED, TODAY.minusDays(4)), cfg))
                .contains(Action.Rule.SHIPPED_NO_SIGNOFF);
    }

    @Test
    void productionSlipOnlyAfterTheAllowedDays() {
        ActionSettings cfg = new ActionSettings(5, 7, 10, 30, 15, 7, 30);
        assertThat(rulesFor(StageDates.NONE.withPlanned(Stage.PRODUCTION_FINISH, TODAY.minusDays(5)), cfg))
                .doesNotContain(Action.Rule.PRODUCTION_SLIPPED);
        assertThat(rulesFor(StageDates.NONE.withPlanned(Stage.PRODUCTION_FINISH, TODAY.minusDays(6)), cfg))
                .contains(Action.Rule.PRODUCTION_SLIPPED);
    }

    @Test
    void retentionAndBillsWithinTheirWindows() {
        ActionSettings cfg = ActionSettings.DEFAULTS;
        Order o = ws.orders().save(Order.of(c.id(), "R", Money.of(1000), "王")
                .withStages(StageDates.NONE.withActual(Stage.ACCEPTED, TODAY.minusDays(300))));
        ws.orders().save(new io.cashtrail.domain.Installment(0, o.id(), 1, "质保金", null, Money.of(100), "accepted", 330,
                null, null, 0).withDueDate(TODAY.plusDays(cfg.retentionDueDays())));
        ws.orders().save(new io.cashtrail.domain.Installment(0, o.id(), 2, "质保金", null, Money.of(100), "accepted", 331,
                null, null, 0).withDueDate(TODAY.plusDays(cfg.retentionDueDays() + 1)));
        ws.orders().save(new Payment(0, o.id(), cu.id(), TODAY.minusDays(10), Money.of(1), PaymentMethod.ACCEPTANCE_BILL,
                null, null, 0, TODAY.plusDays(cfg.billMaturingDays())));
        ws.orders().save(new Payment(0, o.id(), cu.id(), TODAY.minusDays(10), Money.of(1), PaymentMethod.ACCEPTANCE_BILL,
                null, null, 0, TODAY.plusDays(cfg.billMaturingDays() + 1)));
        var svc = ws.collections();
        List<Action> actions = svc.actions(svc.load(), TODAY, cfg);
        assertThat(actions).filteredOn(a -> a.rule() == Action.Rule.RETENTION_DUE).hasSize(1);
        assertThat(actions).filteredOn(a -> a.rule() == Action.Rule.BILL_MATURING).hasSize(1);
    }
}
