package io.cashtrail.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/** A one-day event drawn as a diamond: contract signed, delivery sign-off, acceptance, invoice submitted. */
public record Milestone(Stage stage, LocalDate date, boolean done, int daysLate) {
    public static final List<Stage> STAGES = List.of(Stage.CONTRACT_SIGNED, Stage.DELIVERED, Stage.ACCEPTED,
            Stage.INVOICED);

    /** The milestones of an order: actual date when done, else the forecast. */
    public static List<Milestone> of(StageDates s, LocalDate today) {
        EnumMap<Stage, LocalDate> forecast = StageForecast.dates(s, today);
        List<Milestone> out = new ArrayList<>();
        for (Stage st : STAGES) {
            LocalDate d = forecast.get(st);
            if (d == null) {
                continue;
            }
            boolean done = s.actual(st) != null;
            LocalDate planned = s.planned(st);
            int late = !done && planned != null && planned.isBefore(today)
                    ? (int) ChronoUnit.DAYS.between(planned, today) : 0;
            out.add(new Milestone(st, d, done, late));
        }
        return out;
    }
}
