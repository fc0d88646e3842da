package io.cashtrail.ui.timeline;

import static io.cashtrail.ui.timeline.TimelineFixtures.TODAY;
import static io.cashtrail.ui.timeline.TimelineFixtures.d;
import static io.cashtrail.ui.timeline.TimelineFixtures.order;
import static io.cashtrail.ui.timeline.TimelineFixtures.stages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cashtrail.domain.Money;
import io.cashtrail.domain.Phase;
import io.cashtrail.domain.Stage;
import io.cashtrail.service.TimelineInstallment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimelineGeometryTest {
    private static final double T = TimelineGeometry.TABLE_WIDTH;
    private static final double H = TimelineGeometry.HEADER_HEIGHT;
    private static final double R = TimelineGeometry.ROW_HEIGHT;
    private TimelineGeometry g;

    @BeforeEach
    void setUp() {
        g = new TimelineGeometry(d("2026-06-01"));
        g.setSize(1600, 900);
        g.setPxPerDay(10);
    }

    @Test
    void dateToXCountsDaysFromTheOriginRightOfTheTable() {
        assertThat(g.dateToX(d("2026-06-01"))).isEqualTo(T);
        assertThat(g.dateToX(d("2026-06-11"))).isEqualTo(T + 100);
        assertThat(g.dateEndX(d("2026-06-11"))).isEqualTo(T + 110);
        assertThat(g.dateToX(d("2026-05-31"))).isEqualTo(T - 10);
        g.setScrollX(250);
        assertThat(g.dateToX(d("2026-06-26"))).isEqualTo(T);
    }

    @Test
    void xToDateIsTheInverseAndFloorsWithinADay() {
        for (int day = -40; day < 400; day += 7) {
            LocalDate date = d("2026-06-01").plusDays(day);
            assertThat(g.xToDate(g.dateToX(date))).isEqualTo(date);
            assertThat(g.xToDate(g.dateToX(date) + 9.99)).isEqualTo(date);
        }
        g.setScrollX(-33);
        assertThat(g.xToDate(T + 32.9)).isEqualTo(d("2026-05-31"));
        assertThat(g.xToDate(T + 33)).isEqualTo(d("2026-06-01"));
    }

    @Test
    void rowAtAndRowTopFollowTheVerticalScroll() {
        assertThat(g.rowAt(H - 1)).isEqualTo(-1);
        assertThat(g.rowAt(H)).isZero();
        assertThat(g.rowAt(H + R - 0.01)).isZero();
        assertThat(g.rowAt(H + R)).isEqualTo(1);
        g.setScrollY(R * 100 + 5);
        assertThat(g.rowAt(H)).isEqualTo(100);
        assertThat(g.rowTop(100)).isEqualTo(H - 5);
        assertThat(g.firstVisibleRow()).isEqualTo(100);
        int visible = (int) Math.ceil((900 - H + 5) / R);
        assertThat(g.lastVisibleRow(1_000_000)).isEqualTo(100 + visible - 1);
        assertThat(g.lastVisibleRow(103)).isEqualTo(102);
    }

    @Test
    void zoomKeepsTheDateUnderThePointer() {
        double x = 900;
        LocalDate under = g.xToDate(x);
        g.zoomAround(x, 0.1);
        assertThat(g.pxPerDay()).isEqualTo(1);
        assertThat(g.xToDate(x)).isEqualTo(under);
        g.zoomAround(x, 1e-6);
        assertThat(g.pxPerDay()).isEqualTo(TimelineGeometry.MIN_PX_PER_DAY);
        g.zoomAround(x, 1e9);
        assertThat(g.pxPerDay()).isEqualTo(TimelineGeometry.MAX_PX_PER_DAY);
    }

    @Test
    void fitShowsTheWholeRangeAndScrollToPutsADateWhereAsked() {
        g.fit(d("2026-01-01"), d("2026-12-31"));
        assertThat(g.xToDate(T)).isEqualTo(d("2026-01-01"));
        assertThat(g.dateEndX(d("2026-12-31"))).isCloseTo(1600, within(0.01));
        g.scrollTo(TODAY, 0.5);
        assertThat(g.dateToX(TODAY)).isCloseTo(T + g.chartWidth() / 2, within(0.01));
        assertThat(g.daysFor(g.pxPerDay() * 3.4)).isEqualTo(3);
    }

    @Test
    void revealScrollsJustEnoughToShowARow() {
        g.reveal(200);
        assertThat(g.rowTop(200) + R).isCloseTo(900, within(0.01));
        g.reveal(3);
        assertThat(g.rowTop(3)).isEqualTo(H);
    }

    private List<TimelineRow> oneOrder() {
        var s = stages(Stage.CONTRACT_SIGNED, "2026-06-20", null,
                Stage.PRODUCTION_START, "2026-07-01", null,
                Stage.PRODUCTION_FINISH, "2026-07-20", null);
        var inst = new TimelineInstallment(7, "验收款", d("2026-08-01"), Money.of(100), false);
        return List.of(TimelineRow.of(order(1, "华东电力", "张伟", 1000, 1000, s, inst), TODAY));
    }

    @Test
    void hitTestFindsThePlanEndTheBarTheDiamondAndTheInstallment() {
        List<TimelineRow> rows = oneOrder();
        double top = g.rowTop(0);
        double end = g.dateEndX(d("2026-07-20"));
        TimelineHit atEnd = HitTester.at(g, rows, end - 2, top + 10);
        assertThat(atEnd.kind()).isEqualTo(TimelineHit.Kind.PHASE);
        assertThat(atEnd.part()).isEqualTo(TimelineHit.Part.END);
        assertThat(atEnd.phase().phase()).isEqualTo(Phase.PRODUCTION);
        TimelineHit body = HitTester.at(g, rows, g.dateToX(d("2026-07-10")), top + 10);
        assertThat(body.part()).isEqualTo(TimelineHit.Part.BODY);
        assertThat(body.draggable()).isTrue();

        TimelineHit diamond = HitTester.at(g, rows, g.dateToX(d("2026-06-20")) + 5, top + TimelineGeometry.MILESTONE_Y);
        assertThat(diamond.kind()).isEqualTo(TimelineHit.Kind.MILESTONE);
        assertThat(diamond.milestone().stage()).isEqualTo(Stage.CONTRACT_SIGNED);

        TimelineHit inst = HitTester.at(g, rows, g.dateToX(d("2026-08-01")) + 5, top + TimelineGeometry.INSTALLMENT_Y);
        assertThat(inst.kind()).isEqualTo(TimelineHit.Kind.INSTALLMENT);
        assertThat(inst.installment().id()).isEqualTo(7);
    }

    @Test
    void hitTestKnowsHeaderTableEmptyChartAndBeyondTheLastRow() {
        List<TimelineRow> rows = oneOrder();
        assertThat(HitTester.at(g, rows, 800, 5).kind()).isEqualTo(TimelineHit.Kind.HEADER);
        assertThat(HitTester.at(g, rows, 50, H + 5)).isEqualTo(TimelineHit.row(TimelineHit.Kind.TABLE, 0));
        assertThat(HitTester.at(g, rows, g.dateToX(d("2026-09-01")), H + 10).kind()).isEqualTo(TimelineHit.Kind.ROW);
        assertThat(HitTester.at(g, rows, 800, H + R + 5).kind()).isEqualTo(TimelineHit.Kind.NONE);
        assertThat(HitTester.at(g, rows, 1700, H + 5).kind()).isEqualTo(TimelineHit.Kind.NONE);
    }

    @Test
    void groupHeadersAreHitAsGroups() {
        TimelineModel m = new TimelineModel();
        m.setRows(oneOrder());
        m.setGroupBy(TimelineModel.GroupBy.CUSTOMER);
        assertThat(HitTester.at(g, m.rows(), 900, H + 3).kind()).isEqualTo(TimelineHit.Kind.GROUP);
        assertThat(HitTester.at(g, m.rows(), 50, H + R + 3).kind()).isEqualTo(TimelineHit.Kind.TABLE);
    }

    @Test
    void headerUnitsFollowTheZoom() {
        assertThat(TimelineHeader.units(20)).containsExactly(TimelineHeader.Unit.MONTH, TimelineHeader.Unit.DAY);
        assertThat(TimelineHeader.units(4)).containsExactly(TimelineHeader.Unit.MONTH, TimelineHeader.Unit.WEEK);
        assertThat(TimelineHeader.units(1)).containsExactly(TimelineHeader.Unit.YEAR, TimelineHeader.Unit.MONTH);
        assertThat(TimelineHeader.units(0.05)[1]).isEqualTo(TimelineHeader.Unit.YEAR);
        var weeks = TimelineHeader.ticks(TimelineHeader.Unit.WEEK, d("2026-06-03"), d("2026-06-20"));
        assertThat(weeks).extracting(TimelineHeader.Tick::start)
                .containsExactly(d("2026-06-01"), d("2026-06-08"), d("2026-06-15"));
    }
}
