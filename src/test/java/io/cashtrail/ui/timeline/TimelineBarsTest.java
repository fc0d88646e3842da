package io.cashtrail.ui.timeline;

import static io.cashtrail.ui.timeline.TimelineFixtures.TODAY;
import static io.cashtrail.ui.timeline.TimelineFixtures.d;
import static io.cashtrail.ui.timeline.TimelineFixtures.order;
import static io.cashtrail.ui.timeline.TimelineFixtures.stages;
import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Phase;
import io.cashtrail.domain.PhaseView;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bar placement for every phase state, in the same geometry the renderer uses (today 2026-06-15). */
class TimelineBarsTest {
    private TimelineGeometry g;

    @BeforeEach
    void setUp() {
        g = new TimelineGeometry(d("2026-05-01"));
        g.setSize(1600, 900);
        g.setPxPerDay(4);
    }

    private PhaseView production(StageDates s) {
        return TimelineRow.of(order(1, "华东电力", "张伟", 100, 100, s), TODAY).phase(Phase.PRODUCTION);
    }

    private double x(String date) {
        return g.dateToX(d(date));
    }

    private double endX(String date) {
        return g.dateEndX(d(date));
    }

    @Test
    void plannedOnlyIsAnOutlineWithTheForecastOnThePlan() {
        PhaseView p = production(stages(Stage.PRODUCTION_START, "2026-07-01", null,
                Stage.PRODUCTION_FINISH, "2026-07-20", null));
        TimelineBars b = TimelineBars.place(g, 0, p);
        assertThat(p.state()).isEqualTo(PhaseView.State.PLANNED);
        assertThat(b.plan().x()).isEqualTo(x("2026-07-01"));
        assertThat(b.plan().right()).isEqualTo(endX("2026-07-20"));
        assertThat(b.plan().y()).isEqualTo(g.rowTop(0) + TimelineGeometry.PLAN_TOP);
        assertThat(b.actual()).isNull();
        assertThat(b.forecast().x()).isEqualTo(b.plan().x());
        assertThat(b.forecast().right()).isEqualTo(b.plan().right());
        assertThat(b.late()).isFalse();
    }

    @Test
    void startedFillsUpToTodayAndHatchesTheRest() {
        PhaseView p = production(stages(Stage.PRODUCTION_START, "2026-06-01", "2026-06-01",
                Stage.PRODUCTION_FINISH, "2026-06-30", null));
        TimelineBars b = TimelineBars.place(g, 2, p);
        assertThat(p.state()).isEqualTo(PhaseView.State.IN_PROGRESS);
        assertThat(b.actual().x()).isEqualTo(x("2026-06-01"));
        assertThat(b.actual().right()).isEqualTo(endX("2026-06-15"));
        assertThat(b.actual().y()).isEqualTo(g.rowTop(2) + TimelineGeometry.FILL_TOP);
        assertThat(b.forecast().x()).isEqualTo(endX("2026-06-15"));
        assertThat(b.forecast().right()).isEqualTo(endX("2026-06-30"));
        assertThat(b.late()).isFalse();
    }

    @Test
    void doneIsAFilledBarWithoutForecast() {
        PhaseView p = production(stages(Stage.PRODUCTION_START, "2026-05-10", "2026-05-12",
                Stage.PRODUCTION_FINISH, "2026-05-30", "2026-06-03"));
        TimelineBars b = TimelineBars.place(g, 0, p);
        assertThat(p.state()).isEqualTo(PhaseView.State.DONE);
        assertThat(b.actual().x()).isEqualTo(x("2026-05-12"));
        assertThat(b.actual().right()).isEqualTo(endX("2026-06-03"));
        assertThat(b.plan().right()).isEqualTo(endX("2026-05-30"));
        assertThat(b.forecast()).isNull();
    }

    @Test
    void lateIsMarkedAndItsForecastReachesTodayPastThePlan() {
        PhaseView p = production(stages(Stage.PRODUCTION_START, "2026-05-20", "2026-05-20",
                Stage.PRODUCTION_FINISH, "2026-06-10", null));
        TimelineBars b = TimelineBars.place(g, 0, p);
        assertThat(p.state()).isEqualTo(PhaseView.State.LATE);
        assertThat(p.daysLate()).isEqualTo(5);
        assertThat(b.late()).isTrue();
        assertThat(b.plan().right()).isEqualTo(endX("2026-06-10"));
        assertThat(b.actual().right()).isEqualTo(endX("2026-06-15"));
        assertThat(b.right()).isGreaterThanOrEqualTo(endX("2026-06-15"));
    }

    @Test
    void notApplicablePhasesAreNotDrawnAtAll() {
        TimelineRow row = TimelineRow.of(order(1, "华东电力", "张伟", 100, 100, stages(
                Stage.PRODUCTION_START, "2026-07-01", null, Stage.PRODUCTION_FINISH, "2026-07-20", null,
                Stage.INVOICED, "2026-09-01", null)), TODAY);
        assertThat(row.phase(Phase.SHIPPING)).isNull();
        assertThat(row.phase(Phase.ACCEPTANCE)).isNull();
        assertThat(row.phases()).extracting(PhaseView::phase).containsExactly(Phase.PRODUCTION, Phase.COLLECTION);
    }

    @Test
    void baselineSitsUnderThePlanAndKeepsItsOwnDates() {
        var s = stages(Stage.PRODUCTION_START, "2026-07-01", null, Stage.PRODUCTION_FINISH, "2026-07-25", null);
        var base = stages(Stage.PRODUCTION_START, "2026-07-01", null, Stage.PRODUCTION_FINISH, "2026-07-20", null);
        var o = order(1, "华东电力", "张伟", 100, 100, s);
        var withBase = new io.cashtrail.service.TimelineOrder(o.orderId(), o.contractId(), o.customerId(), o.orderNo(),
                o.contractNo(), o.customerName(), o.owner(), o.amount(), o.outstanding(), 25, s, base, o.installments());
        PhaseView p = TimelineRow.of(withBase, TODAY).phase(Phase.PRODUCTION);
        TimelineBars b = TimelineBars.place(g, 1, p);
        assertThat(p.slipDays()).isEqualTo(5);
        assertThat(b.baseline().right()).isEqualTo(endX("2026-07-20"));
        assertThat(b.baseline().y()).isEqualTo(g.rowTop(1) + TimelineGeometry.BASELINE_TOP);
        assertThat(b.plan().right()).isEqualTo(endX("2026-07-25"));
    }
}
