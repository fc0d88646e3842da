package io.cashtrail.ui.receivables;

import io.cashtrail.domain.AgingBucket;
import io.cashtrail.i18n.Messages;

/** Localized names of aging buckets ("Not due", "31–60 days", "1–2 years"). */
public final class Buckets {
    private Buckets() {
    }

    public static String label(AgingBucket b) {
        String own = "aging.bucket." + b.key();
        if (Messages.has(own)) {
            return Messages.get(own);
        }
        if (b.maxDays() != null && b.maxDays() <= 0) {
            return Messages.get("aging.bucket.notDue");
        }
        if (b.maxDays() == null) {
            return Messages.get("aging.bucket.over", String.valueOf(b.minDays() - 1));
        }
        return Messages.get("aging.bucket.range", String.valueOf(b.minDays()), String.valueOf(b.maxDays()));
    }

    /** A short name for chart axes: "Not due", "31–60", ">365", "1–2 years". */
    public static String shortLabel(AgingBucket b) {
        if (Messages.has("aging.bucket." + b.key()) || (b.maxDays() != null && b.maxDays() <= 0)) {
            return label(b);
        }
        if (b.maxDays() == null) {
            return ">" + (b.minDays() - 1);
        }
        return b.minDays() + "–" + b.maxDays();
    }
}
