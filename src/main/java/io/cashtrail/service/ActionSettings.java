package io.cashtrail.service;

/**
 * Thresholds of the action rules, in days (configurable in settings): how long a finished order
 * may wait for shipping, a shipment for its sign-off, and so on.
 */
public record ActionSettings(int productionSlipDays, int finishedNotShippedDays, int shippedNoSignoffDays,
        int retentionDueDays, int billMaturingDays, int ignoredDays, int highSeverityDays) {
    public static final ActionSettings DEFAULTS = new ActionSettings(0, 7, 10, 30, 15, 7, 30);
}
