package io.cashtrail.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aging of what is outstanding on a date: each open amount falls into exactly one bucket by days
 * past its due (or invoice) date, so the buckets add up to the total outstanding to the cent.
 */
public final class Aging {
    private Aging() {
    }

    /** An open amount with the date it is aged from (due or invoice date; null = not yet dated). */
    public record Item(LocalDate basisDate, BigDecimal outstanding) {
    }

    /** Default buckets: not due, 1–30, 31–60, 61–90, 91–180, 181–365, over 365. */
    public static List<AgingBucket> defaultBuckets() {
        return bucketsFromLimits(List.of(30, 60, 90, 180, 365));
    }

    /** Statutory yearly buckets: within 1 year, 1–2, 2–3, over 3 years (by days since the basis date). */
    public static List<AgingBucket> yearlyBuckets() {
        return List.of(new AgingBucket("y0_1", Integer.MIN_VALUE, 365), new AgingBucket("y1_2", 366, 730),
                new AgingBucket("y2_3", 731, 1095), new AgingBucket("y3_plus", 1096, null));
    }

    /** Buckets from ascending upper limits: "not due", 1–l1, (l1+1)–l2, …, over the last. */
    public static List<AgingBucket> bucketsFromLimits(List<Integer> limits) {
        List<AgingBucket> out = new ArrayList<>();
        out.add(new AgingBucket("not_due", Integer.MIN_VALUE, 0));
        int from = 1;
        for (int limit : limits) {
            if (limit < from) {
                throw new IllegalArgumentException("bucket limits must ascend: " + limits);
            }
            out.add(new AgingBucket(from + "_" + limit, from, limit));
            from = limit + 1;
        }
        out.add(new AgingBucket("over_" + (from - 1), from, null));
        return out;
    }

    /** The bucket a key such as "not_due", "31_60" or "over_365" stands for, or null. */
    public static AgingBucket bucketForKey(String key) {
        if ("not_due".equals(key)) {
            return new AgingBucket(key, Integer.MIN_VALUE, 0);
        }
        try {
            if (key.startsWith("over_")) {
                return new AgingBucket(key, Integer.parseInt(key.substring(5)) + 1, null);
            }
            String[] p = key.split("_");
            return new AgingBucket(key, Integer.parseInt(p[0]), Integer.valueOf(p[1]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Totals per bucket (in bucket order) of the items as of {@code asOf}; undated items are not due. */
    public static Map<AgingBucket, BigDecimal> age(List<Item> items, LocalDate asOf, List<AgingBucket> buckets) {
        Map<AgingBucket, BigDecimal> totals = new LinkedHashMap<>();
        buckets.forEach(b -> totals.put(b, Money.ZERO));
        for (Item i : items) {
            long days = i.basisDate() == null ? 0 : ChronoUnit.DAYS.between(i.basisDate(), asOf);
            AgingBucket b = bucketFor(days, buckets);
            totals.merge(b, Money.normalize(i.outstanding()), BigDecimal::add);
        }
        return totals;
    }

    static AgingBucket bucketFor(long days, List<AgingBucket> buckets) {
        for (AgingBucket b : buckets) {
            if (b.contains(days)) {
                return b;
            }
        }
        throw new IllegalArgumentException("buckets do not cover " + days + " days");
    }
}
