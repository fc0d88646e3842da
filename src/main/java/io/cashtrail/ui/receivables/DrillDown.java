package io.cashtrail.ui.receivables;

/**
 * What a click on a dashboard figure asks to see: the receivable rows behind it. The dashboard
 * emits these through {@code DashboardScreen#setOnDrillDown}; {@link ReceivablesScreen#show(DrillDown)}
 * shows them.
 *
 * <ul>
 * <li>{@code OUTSTANDING} (key ignored): every open receivable.</li>
 * <li>{@code OVERDUE} (key ignored): overdue installments only.</li>
 * <li>{@code AGING_BUCKET}, key = an {@code AgingBucket#key()} of the default buckets ("31_60"): the open,
 * triggered installments of that bucket by due date.</li>
 * <li>{@code FORECAST_MONTH}, key = a {@code YearMonth} ("2026-12"): the forecast with only the groups
 * expecting money that month.</li>
 * <li>{@code LATE_STAGE}, key = a {@code Stage} name ("SHIPPED"): the receivables of orders late at that
 * next step.</li>
 * </ul>
 */
public record DrillDown(Kind kind, String key) {
    /** Which figure was clicked. */
    public enum Kind { OUTSTANDING, OVERDUE, AGING_BUCKET, FORECAST_MONTH, LATE_STAGE }

    public static DrillDown of(Kind kind) {
        return new DrillDown(kind, null);
    }
}
