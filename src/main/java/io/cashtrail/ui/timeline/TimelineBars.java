package io.cashtrail.ui.timeline;

import static io.cashtrail.ui.timeline.TimelineGeometry.BASELINE_HEIGHT;
import static io.cashtrail.ui.timeline.TimelineGeometry.BASELINE_TOP;
import static io.cashtrail.ui.timeline.TimelineGeometry.FILL_HEIGHT;
import static io.cashtrail.ui.timeline.TimelineGeometry.FILL_TOP;
import static io.cashtrail.ui.timeline.TimelineGeometry.PLAN_HEIGHT;
import static io.cashtrail.ui.timeline.TimelineGeometry.PLAN_TOP;

import io.cashtrail.domain.PhaseView;
import io.cashtrail.domain.Span;

/**
 * Where the bars of one phase go in a row: the plan outline, the actual fill, the forecast hatch
 * (starting where the actual ends) and the baseline strip. Pure, so placement is unit-tested for
 * every phase state; the renderer draws exactly these rectangles.
 */
public record TimelineBars(Rect plan, Rect actual, Rect forecast, Rect baseline, boolean late) {
    /** A rectangle in canvas pixels. */
    public record Rect(double x, double y, double w, double h) {
        public double right() {
            return x + w;
        }
    }

    public static TimelineBars place(TimelineGeometry g, int row, PhaseView p) {
        double top = g.rowTop(row);
        Rect plan = rect(g, p.plan(), top + PLAN_TOP, PLAN_HEIGHT, 1);
        Rect actual = rect(g, p.actual(), top + FILL_TOP, FILL_HEIGHT, 1.5);
        Rect forecast = null;
        if (p.forecast() != null) {
            double x0 = g.dateToX(p.forecast().start());
            if (actual != null) {
                x0 = Math.max(x0, actual.right());
            }
            double x1 = g.dateEndX(p.forecast().end());
            if (x1 > x0) {
                forecast = new Rect(x0, top + FILL_TOP, x1 - x0, FILL_HEIGHT);
            }
        }
        Rect base = rect(g, p.baseline(), top + BASELINE_TOP, BASELINE_HEIGHT, 1);
        return new TimelineBars(plan, actual, forecast, base, p.state() == PhaseView.State.LATE);
    }

    private static Rect rect(TimelineGeometry g, Span s, double y, double h, double minWidth) {
        if (s == null) {
            return null;
        }
        double x0 = g.dateToX(s.start());
        return new Rect(x0, y, Math.max(minWidth, g.dateEndX(s.end()) - x0), h);
    }

    /** Right end of everything drawn for the phase (where a lateness label goes). */
    public double right() {
        double r = Double.NEGATIVE_INFINITY;
        for (Rect x : new Rect[] {plan, actual, forecast}) {
            if (x != null) {
                r = Math.max(r, x.right());
            }
        }
        return r;
    }
}
