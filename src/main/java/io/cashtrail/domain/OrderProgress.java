package io.cashtrail.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where an order stands on a given day: the last stage reached, the next stage still open with its
 * planned date, and how many days that next step is late (0 when on time or unplanned).
 */
public record OrderProgress(Stage currentStage, Stage nextStage, LocalDate nextPlanned, int daysLate) {

    public static OrderProgress of(StageDates stages, LocalDate today) {
        Stage current = null;
        for (Stage s : Stage.values()) {
            if (stages.actual(s) != null) {
                current = s;
            }
        }
        Stage next = null;
        int start = current == null ? 0 : current.ordinal() + 1;
        Stage[] all = Stage.values();
        for (int i = start; i < all.length; i++) {
            if (stages.actual(all[i]) == null && stages.planned(all[i]) != null) {
                next = all[i];
                break;
            }
        }
        if (next == null && start < all.length) {
            next = all[start];
        }
        LocalDate planned = next == null ? null : stages.planned(next);
        int late = planned != null && planned.isBefore(today) ? (int) ChronoUnit.DAYS.between(planned, today) : 0;
        return new OrderProgress(current, next, planned, late);
    }

    public boolean isLate() {
        return daysLate > 0;
    }

    public boolean isComplete() {
        return currentStage == Stage.PAID;
    }
}
