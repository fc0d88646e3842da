package io.cashtrail.domain;

/**
 * One aging bucket: days past due from {@code minDays} to {@code maxDays} inclusive (null = no upper
 * bound); "not due" is the bucket with maxDays 0 and minDays Integer.MIN_VALUE.
 */
public record AgingBucket(String key, int minDays, Integer maxDays) {
    public boolean contains(long daysPastDue) {
        return daysPastDue >= minDays && (maxDays == null || daysPastDue <= maxDays);
    }
}
