package io.cashtrail.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * How one phase of an order looks on the timeline on a given day: the plan (outline), what
 * actually happened (filled; up to today while in progress), the forecast of what is still open
 * (hatched), the baseline plan, and lateness.
 */
public record PhaseView(Phase phase, State state, Span plan, Span actual, Span forecast, Span baseline,
        int daysLate, int slipDays) {

    /** Where the phase stands. */
    public enum State { NOT_APPLICABLE, PLANNED, IN_PROGRESS, DONE, LATE }

    /** Every phase of an order that has any date. */
    public static List<PhaseView> of(StageDates s, StageDates baseline, LocalDate today) {
        EnumMap<Stage, LocalDate> forecast = StageForecast.dates(s, today);
        List<PhaseView> out = new ArrayList<>();
        for (Phase p : Phase.values()) {
            PhaseView v = of(p, s, baseline, forecast, today);
            if (v.state() != State.NOT_APPLICABLE) {
                out.add(v);
            }
        }
        return out;
    }

    static PhaseView of(Phase p, StageDates s, StageDates baseline, EnumMap<Stage, LocalDate> forecast,
            LocalDate today) {
        LocalDate aStart = s.actual(p.start());
        LocalDate aEnd = s.actual(p.end());
        Span plan = Span.of(s.planned(p.start()), s.planned(p.end()));
        Span base = baseline == null ? null : Span.of(baseline.planned(p.start()), baseline.planned(p.end()));
        Span actual = aStart == null && aEnd == null ? null
                : Span.of(aStart == null ? aEnd : aStart, aEnd == null ? max(aStart, today) : aEnd);
        Span fc = null;
        if (aEnd == null) {
            LocalDate fs = aStart != null ? aStart : forecast.get(p.start());
            LocalDate fe = forecast.get(p.end());
            fc = Span.of(fs, fe);
        }
        if (plan == null && actual == null && fc == null) {
            return new PhaseView(p, State.NOT_APPLICABLE, null, null, null, base, 0, 0);
        }
        LocalDate plannedEnd = s.planned(p.end());
        int late = 0;
        if (aEnd == null && plannedEnd != null && plannedEnd.isBefore(today)) {
            late = (int) ChronoUnit.DAYS.between(plannedEnd, today);
        }
        State state = aEnd != null ? State.DONE : late > 0 ? State.LATE
                : aStart != null ? State.IN_PROGRESS : State.PLANNED;
        int slip = base != null && plan != null ? (int) ChronoUnit.DAYS.between(base.end(), plan.end()) : 0;
        return new PhaseView(p, state, plan, actual, fc, base, late, slip);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
