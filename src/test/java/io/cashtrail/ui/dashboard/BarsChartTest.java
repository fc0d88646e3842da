package io.cashtrail.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BarsChartTest {
    @Test
    void ticksAreRoundStepsCoveringTheRangeWithZero() {
        assertThat(BarsChart.niceTicks(0, 13_949_049.86, 5)).containsExactly(0, 5_000_000, 10_000_000, 15_000_000);
        assertThat(BarsChart.niceTicks(0, 95, 5)).containsExactly(0, 20, 40, 60, 80, 100);
        assertThat(BarsChart.niceTicks(-1_000, 4_000, 5)).containsExactly(-1_000, 0, 1_000, 2_000, 3_000, 4_000);
        assertThat(BarsChart.niceTicks(0, 0, 5)).containsExactly(0, 1); // nothing owed: an empty axis, no division by 0
    }
}
