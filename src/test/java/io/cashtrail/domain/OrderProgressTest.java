package io.cashtrail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderProgressTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void nextStepIsTheFirstOpenStageAfterTheLastReachedOne() {
        var s = StageDates.NONE.withActual(Stage.CONTRACT_SIGNED, TODAY.minusDays(60))
                .withActual(Stage.PRODUCTION_FINISH, TODAY.minusDays(10))
                .withPlanned(Stage.SHIPPED, TODAY.minusDays(3));
        var p = OrderProgress.of(s, TODAY);
        assertThat(p.currentStage()).isEqualTo(Stage.PRODUCTION_FINISH);
        assertThat(p.nextStage()).isEqualTo(Stage.SHIPPED);
        assertThat(p.nextPlanned()).isEqualTo(TODAY.minusDays(3));
        assertThat(p.daysLate()).isEqualTo(3);
        assertThat(p.isLate()).isTrue();
    }

    @Test
    void anOrderWithNothingIsNotStartedAndNotLate() {
        var p = OrderProgress.of(StageDates.NONE, TODAY);
        assertThat(p.currentStage()).isNull();
        assertThat(p.nextStage()).isEqualTo(Stage.CONTRACT_SIGNED);
        assertThat(p.isLate()).isFalse();
    }

    @Test
    void paidIsComplete() {
        var p = OrderProgress.of(StageDates.NONE.withActual(Stage.PAID, TODAY), TODAY);
        assertThat(p.isComplete()).isTrue();
        assertThat(p.nextStage()).isNull();
    }

    @Test
    void historyDiffListsChangedStageDatesAndFields() {
        Order a = Order.of(1, "O", Money.of(10), "张伟");
        Order b = a.withAmount(Money.of(12)).withStages(StageDates.NONE.withActual(Stage.SHIPPED, TODAY));
        assertThat(FieldDiff.between(a, b)).extracting(FieldDiff.Change::field)
                .containsExactlyInAnyOrder("amount", "actual.shipped");
    }
}
