package io.cashtrail.domain;

import java.time.LocalDate;

/** Planned and actual date of one stage; either may be missing. */
public record StageDate(LocalDate planned, LocalDate actual) {
    public static final StageDate EMPTY = new StageDate(null, null);

    public boolean isDone() {
        return actual != null;
    }

    public StageDate withPlanned(LocalDate p) {
        return new StageDate(p, actual);
    }

    public StageDate withActual(LocalDate a) {
        return new StageDate(planned, a);
    }
}
