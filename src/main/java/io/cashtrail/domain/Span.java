package io.cashtrail.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A closed date interval; start ≤ end (a one-day span has start = end). */
public record Span(LocalDate start, LocalDate end) {
    public Span {
        if (start == null || end == null) {
            throw new IllegalArgumentException("span needs both dates");
        }
        if (end.isBefore(start)) {
            LocalDate t = start;
            start = end;
            end = t;
        }
    }

    /** A span from two possibly missing dates: one missing gives a one-day span, both missing null. */
    public static Span of(LocalDate a, LocalDate b) {
        if (a == null && b == null) {
            return null;
        }
        return new Span(a == null ? b : a, b == null ? a : b);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    public Span shift(long days) {
        return new Span(start.plusDays(days), end.plusDays(days));
    }
}
