package io.cashtrail.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;

/**
 * Where the stages not yet done are expected to happen: each open stage keeps its planned date
 * shifted by the slip accumulated so far (a stage finished late pushes the later ones), and never
 * earlier than today (what is overdue can happen today at the earliest).
 */
public final class StageForecast {
    private StageForecast() {
    }

    /** Actual date for done stages, forecast for open ones with a plan; stages without either stay empty. */
    public static EnumMap<Stage, LocalDate> dates(StageDates s, LocalDate today) {
        EnumMap<Stage, LocalDate> out = new EnumMap<>(Stage.class);
        long slip = 0;
        for (Stage stage : Stage.values()) {
            LocalDate actual = s.actual(stage);
            LocalDate planned = s.planned(stage);
            if (actual != null) {
                out.put(stage, actual);
                if (planned != null) {
                    slip = ChronoUnit.DAYS.between(planned, actual);
                }
                continue;
            }
            if (planned == null) {
                continue;
            }
            LocalDate f = planned.plusDays(Math.max(0, slip));
            if (f.isBefore(today)) {
                slip += ChronoUnit.DAYS.between(f, today);
                f = today;
            }
            out.put(stage, f);
        }
        return out;
    }
}
