package io.cashtrail.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A customer's invoice cut-off: invoices submitted on days 1..D of a month are accepted that month;
 * one submitted after day D counts as submitted on the 1st of the next month. A cut-off beyond the
 * month's length (31 in February) means the month's last day.
 */
public final class InvoiceCutoff {
    private InvoiceCutoff() {
    }

    /** The date the customer books an invoice submitted on {@code submitted}; no cut-off: the same day. */
    public static LocalDate acceptedDate(LocalDate submitted, Integer cutoffDay) {
        if (cutoffDay == null) {
            return submitted;
        }
        return submitted.getDayOfMonth() <= lastAcceptedDay(YearMonth.from(submitted), cutoffDay) ? submitted
                : YearMonth.from(submitted).plusMonths(1).atDay(1);
    }

    /** The last day of {@code month} on which an invoice still counts for that month. */
    public static int lastAcceptedDay(YearMonth month, int cutoffDay) {
        return Math.min(cutoffDay, month.lengthOfMonth());
    }

    /** The next date on or after {@code from} by which an invoice must be submitted to count in its month. */
    public static LocalDate deadline(LocalDate from, Integer cutoffDay) {
        YearMonth m = YearMonth.from(from);
        if (cutoffDay == null) {
            return m.atEndOfMonth();
        }
        LocalDate d = m.atDay(lastAcceptedDay(m, cutoffDay));
        return d.isBefore(from) ? m.plusMonths(1).atDay(lastAcceptedDay(m.plusMonths(1), cutoffDay)) : d;
    }
}
