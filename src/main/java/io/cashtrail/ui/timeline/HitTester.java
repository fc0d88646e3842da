package io.cashtrail.ui.timeline;

import static io.cashtrail.ui.timeline.TimelineGeometry.FILL_TOP;
import static io.cashtrail.ui.timeline.TimelineGeometry.INSTALLMENT_R;
import static io.cashtrail.ui.timeline.TimelineGeometry.INSTALLMENT_Y;
import static io.cashtrail.ui.timeline.TimelineGeometry.MILESTONE_HALF;
import static io.cashtrail.ui.timeline.TimelineGeometry.MILESTONE_Y;
import static io.cashtrail.ui.timeline.TimelineGeometry.PLAN_HEIGHT;
import static io.cashtrail.ui.timeline.TimelineGeometry.PLAN_TOP;

import io.cashtrail.domain.Milestone;
import io.cashtrail.domain.PhaseView;
import io.cashtrail.domain.Span;
import io.cashtrail.service.TimelineInstallment;
import java.util.List;

/**
 * Finds what is under a point, using the same geometry the renderer draws with. Small things on
 * top win: installment markers, then milestone diamonds, then bars (a plan end before a body).
 */
public final class HitTester {
    private HitTester() {
    }

    public static TimelineHit at(TimelineGeometry g, List<TimelineRow> rows, double x, double y) {
        if (y < 0 || x < 0 || x >= g.width() || y >= g.height()) {
            return TimelineHit.NOTHING;
        }
        if (y < g.headerHeight()) {
            return TimelineHit.HEADER;
        }
        int index = g.rowAt(y);
        if (index < 0 || index >= rows.size()) {
            return TimelineHit.NOTHING;
        }
        TimelineRow row = rows.get(index);
        if (row.isGroup()) {
            return TimelineHit.row(TimelineHit.Kind.GROUP, index);
        }
        if (x < g.tableWidth()) {
            return TimelineHit.row(TimelineHit.Kind.TABLE, index);
        }
        double top = g.rowTop(index);
        double dy = y - top;
        for (TimelineInstallment i : row.installments()) {
            if (i.dueDate() == null) {
                continue;
            }
            double cx = center(g, i.dueDate());
            if (Math.abs(x - cx) <= INSTALLMENT_R + 1.5 && Math.abs(dy - INSTALLMENT_Y) <= INSTALLMENT_R + 1.5) {
                return TimelineHit.installment(index, i);
            }
        }
        for (Milestone m : row.milestones()) {
            double cx = center(g, m.date());
            if (Math.abs(x - cx) + Math.abs(dy - MILESTONE_Y) <= MILESTONE_HALF + 1) {
                return TimelineHit.milestone(index, m);
            }
        }
        if (dy >= PLAN_TOP - 1 && dy <= PLAN_TOP + PLAN_HEIGHT + 1) {
            // plan ends first, latest phase first (its start may sit on the previous one's end)
            List<PhaseView> phases = row.phases();
            for (int k = phases.size() - 1; k >= 0; k--) {
                Span plan = phases.get(k).plan();
                if (plan != null && Math.abs(x - g.dateEndX(plan.end())) <= TimelineGeometry.END_GRIP) {
                    return TimelineHit.phase(index, phases.get(k), TimelineHit.Part.END);
                }
            }
            for (int k = phases.size() - 1; k >= 0; k--) {
                PhaseView p = phases.get(k);
                if (inside(g, p.plan(), x)) {
                    return TimelineHit.phase(index, p, TimelineHit.Part.BODY);
                }
            }
            if (dy >= FILL_TOP - 1) {
                for (int k = phases.size() - 1; k >= 0; k--) {
                    PhaseView p = phases.get(k);
                    if (inside(g, p.actual(), x) || inside(g, p.forecast(), x)) {
                        return TimelineHit.phase(index, p, TimelineHit.Part.NONE);
                    }
                }
            }
        }
        return TimelineHit.row(TimelineHit.Kind.ROW, index);
    }

    /** Centre of a day's column: where one-day markers are drawn. */
    static double center(TimelineGeometry g, java.time.LocalDate d) {
        return g.dateToX(d) + g.pxPerDay() / 2;
    }

    private static boolean inside(TimelineGeometry g, Span s, double x) {
        return s != null && x >= g.dateToX(s.start()) && x < g.dateEndX(s.end());
    }
}
