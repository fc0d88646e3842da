package io.cashtrail.ui.timeline;

import io.cashtrail.domain.Milestone;
import io.cashtrail.domain.PhaseView;
import io.cashtrail.service.TimelineInstallment;

/**
 * What is under a point of the timeline: nothing, the header, a group header, an order's table
 * cells, an order row's empty chart, or one of its bars, diamonds or installment markers. For a bar,
 * {@code part} says whether the pointer grabs the plan's end or the whole bar.
 */
public record TimelineHit(Kind kind, int row, PhaseView phase, Milestone milestone, TimelineInstallment installment,
        Part part) {

    /** The kind of thing hit. */
    public enum Kind { NONE, HEADER, GROUP, TABLE, ROW, PHASE, MILESTONE, INSTALLMENT }

    /** For phases: the end of the plan bar, the plan bar as a whole, or a part that is no plan. */
    public enum Part { NONE, BODY, END }

    public static final TimelineHit NOTHING = new TimelineHit(Kind.NONE, -1, null, null, null, Part.NONE);
    public static final TimelineHit HEADER = new TimelineHit(Kind.HEADER, -1, null, null, null, Part.NONE);

    static TimelineHit row(Kind kind, int row) {
        return new TimelineHit(kind, row, null, null, null, Part.NONE);
    }

    static TimelineHit phase(int row, PhaseView p, Part part) {
        return new TimelineHit(Kind.PHASE, row, p, null, null, part);
    }

    static TimelineHit milestone(int row, Milestone m) {
        return new TimelineHit(Kind.MILESTONE, row, null, m, null, Part.NONE);
    }

    static TimelineHit installment(int row, TimelineInstallment i) {
        return new TimelineHit(Kind.INSTALLMENT, row, null, null, i, Part.NONE);
    }

    /** True for a hit on a plan bar that can be dragged to replan. */
    public boolean draggable() {
        return kind == Kind.PHASE && part != Part.NONE;
    }
}
