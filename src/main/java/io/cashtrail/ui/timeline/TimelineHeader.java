package io.cashtrail.ui.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The two rows of the date header for a zoom level: years over months, months over weeks or days,
 * or decades of years when zoomed far out. Pure calculation of the ticks in a visible day range.
 */
public final class TimelineHeader {
    /** The unit of one header row. */
    public enum Unit { DAY, WEEK, MONTH, QUARTER, YEAR }

    /** One cell of a header row: from {@code start} (inclusive) to {@code end} (exclusive) with its label. */
    public record Tick(LocalDate start, LocalDate end, String label) {
    }

    private TimelineHeader() {
    }

    /** Top and bottom unit for a zoom level (pixels per day). */
    public static Unit[] units(double pxPerDay) {
        if (pxPerDay >= 14) {
            return new Unit[] {Unit.MONTH, Unit.DAY};
        }
        if (pxPerDay >= 3) {
            return new Unit[] {Unit.MONTH, Unit.WEEK};
        }
        if (pxPerDay >= 0.5) {
            return new Unit[] {Unit.YEAR, Unit.MONTH};
        }
        if (pxPerDay >= 0.2) {
            return new Unit[] {Unit.YEAR, Unit.QUARTER};
        }
        return new Unit[] {null, Unit.YEAR};
    }

    /** The ticks of {@code unit} covering [from, to]. */
    public static List<Tick> ticks(Unit unit, LocalDate from, LocalDate to) {
        List<Tick> out = new ArrayList<>();
        LocalDate d = floor(unit, from);
        int guard = 0;
        while (!d.isAfter(to) && guard++ < 5000) {
            LocalDate next = next(unit, d);
            out.add(new Tick(d, next, label(unit, d)));
            d = next;
        }
        return out;
    }

    static LocalDate floor(Unit unit, LocalDate d) {
        return switch (unit) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> d.withDayOfMonth(1).withMonth((d.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    static LocalDate next(Unit unit, LocalDate d) {
        return switch (unit) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
            case QUARTER -> d.plusMonths(3);
            case YEAR -> d.plusYears(1);
        };
    }

    static String label(Unit unit, LocalDate d) {
        return switch (unit) {
            case DAY -> Integer.toString(d.getDayOfMonth());
            case WEEK -> Integer.toString(d.getDayOfMonth());
            case MONTH -> String.format("%d-%02d", d.getYear(), d.getMonthValue());
            case QUARTER -> "Q" + d.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(d.getYear());
        };
    }

    /** Short label for a bottom-row month (just the number) when the top row already shows the year. */
    static String shortLabel(Unit unit, LocalDate d) {
        return unit == Unit.MONTH ? Integer.toString(d.getMonthValue()) : label(unit, d);
    }

    static long days(Tick t) {
        return ChronoUnit.DAYS.between(t.start(), t.end());
    }
}
