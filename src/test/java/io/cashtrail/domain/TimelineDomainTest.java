package io.cashtrail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineDomainTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void forecastShiftsOpenStagesByTheSlipSoFarAndNeverBeforeToday() {
        StageDates s = StageDates.NONE
                .with(Stage.PRODUCTION_START, new StageDate(d(9, 1), d(9, 11)))
                .with(Stage.PRODUCTION_FINISH, new StageDate(d(10, 1), d(10, 21)))
                .withPlanned(Stage.SHIPPED, d(12, 1))
                .withPlanned(Stage.DELIVERED, d(11, 1));
        var f = StageForecast.dates(s, TODAY);
        assertThat(f.get(Stage.PRODUCTION_FINISH)).isEqualTo(d(10, 21));
        assertThat(f.get(Stage.SHIPPED)).isEqualTo(d(12, 21));
        assertThat(f.get(Stage.DELIVERED)).isEqualTo(TODAY);
        assertThat(f).doesNotContainKey(Stage.ACCEPTED);
    }

    @Test
    void phaseStatesForEveryKindOfStage() {
        StageDates s = StageDates.NONE
                .with(Stage.PRODUCTION_START, new StageDate(d(9, 1), d(9, 1)))
                .with(Stage.PRODUCTION_FINISH, new StageDate(d(10, 1), d(10, 5)))
                .with(Stage.SHIPPED, new StageDate(d(11, 1), d(11, 20)))
                .withPlanned(Stage.DELIVERED, d(11, 25))
                .withPlanned(Stage.ACCEPTED, d(12, 20));
        var views = PhaseView.of(s, s, TODAY);
        assertThat(views).extracting(PhaseView::phase)
                .containsExactly(Phase.PRODUCTION, Phase.SHIPPING, Phase.ACCEPTANCE);
        PhaseView production = views.get(0);
        assertThat(production.state()).isEqualTo(PhaseView.State.DONE);
        assertThat(production.actual()).isEqualTo(new Span(d(9, 1), d(10, 5)));
        assertThat(production.forecast()).isNull();
        PhaseView shipping = views.get(1);
        assertThat(shipping.state()).isEqualTo(PhaseView.State.LATE);
        assertThat(shipping.daysLate()).isEqualTo(2);
        assertThat(shipping.actual()).isEqualTo(new Span(d(11, 20), TODAY));
        assertThat(shipping.forecast().end()).as("planned 11-25 + the 19 days shipping slipped").isEqualTo(d(12, 14));
        PhaseView acceptance = views.get(2);
        assertThat(acceptance.state()).isEqualTo(PhaseView.State.PLANNED);
        assertThat(acceptance.plan()).isEqualTo(new Span(d(11, 25), d(12, 20)));
        assertThat(acceptance.actual()).isNull();
        StageDates started = StageDates.NONE.with(Stage.PRODUCTION_START, new StageDate(d(11, 1), d(11, 2)))
                .withPlanned(Stage.PRODUCTION_FINISH, d(12, 30));
        assertThat(PhaseView.of(started, null, TODAY).get(0).state()).isEqualTo(PhaseView.State.IN_PROGRESS);
    }

    @Test
    void baselineSlipIsPlanEndMinusBaselineEnd() {
        StageDates baseline = StageDates.NONE.withPlanned(Stage.PRODUCTION_START, d(9, 1))
                .withPlanned(Stage.PRODUCTION_FINISH, d(10, 1));
        StageDates now = baseline.withPlanned(Stage.PRODUCTION_FINISH, d(10, 15));
        PhaseView v = PhaseView.of(now, baseline, d(8, 1)).get(0);
        assertThat(v.slipDays()).isEqualTo(14);
        assertThat(v.baseline()).isEqualTo(new Span(d(9, 1), d(10, 1)));
    }

    @Test
    void milestonesAreSignOffAcceptanceAndInvoice() {
        StageDates s = StageDates.NONE.withActual(Stage.CONTRACT_SIGNED, d(1, 5)).withPlanned(Stage.ACCEPTED, d(11, 1))
                .withPlanned(Stage.INVOICED, d(12, 5));
        List<Milestone> m = Milestone.of(s, TODAY);
        assertThat(m).extracting(Milestone::stage).containsExactly(Stage.CONTRACT_SIGNED, Stage.ACCEPTED,
                Stage.INVOICED);
        assertThat(m.get(1).daysLate()).isEqualTo(26);
        assertThat(m.get(1).done()).isFalse();
        assertThat(m.get(0).done()).isTrue();
    }

    @Test
    void installmentDueFromTriggerActualElsePlannedPlusOffset() {
        Installment i = new Installment(1, 1, 1, "验收款", null, Money.of(600), "accepted", 30, null, null, 0);
        StageDates planned = StageDates.NONE.withPlanned(Stage.ACCEPTED, d(11, 1));
        assertThat(InstallmentSchedule.dueDate(i, planned)).isEqualTo(d(12, 1));
        assertThat(InstallmentSchedule.dueDate(i, planned.withActual(Stage.ACCEPTED, d(11, 10)))).isEqualTo(d(12, 10));
        Installment fixed = new Installment(2, 1, 2, "定金", null, Money.of(1), "2026-03-01 fixed", 0, d(3, 1), null, 0);
        assertThat(InstallmentSchedule.dueDate(fixed, planned)).isEqualTo(d(3, 1));
        assertThat(InstallmentSchedule.triggerStage("ACCEPTED")).isEqualTo(Stage.ACCEPTED);
    }

    @Test
    void paymentsCoverInstallmentsOldestDueFirst() {
        Installment a = Installment.of(1, 1, "预付款", Money.of(300), d(1, 1));
        Installment b = Installment.of(1, 2, "验收款", Money.of(600), d(6, 1));
        Installment c = Installment.of(1, 3, "质保金", Money.of(100), null);
        assertThat(InstallmentSchedule.paidFifo(List.of(b, a, c), new BigDecimal("899.99")))
                .containsExactly(false, true, false);
        assertThat(InstallmentSchedule.paidFifo(List.of(a, b, c), Money.of(1000))).containsExactly(true, true, true);
    }
}
