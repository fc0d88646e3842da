package io.cashtrail.service;

import io.cashtrail.domain.OrderSummary;
import java.util.Arrays;

/**
 * The orders list's multi-word filter, shared by the orders screen and the orders export: a row
 * matches when every word of the text (normalized like the global search) occurs in its contract
 * number, order number, customer, salesperson or current stage name.
 */
public final class OrderFilter {
    private OrderFilter() {
    }

    /** The normalized words of a filter text (none for blank text). */
    public static String[] words(String text) {
        if (text == null) {
            return new String[0];
        }
        return Arrays.stream(text.trim().split("\\s+")).map(SearchService::normalize).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    /** What the words are looked for in: one normalized string per order. */
    public static String searchKey(OrderSummary s, String currentStageName) {
        return SearchService.normalize(String.join("\u0001", nz(s.contractNo()), nz(s.orderNo()),
                nz(s.customerName()), nz(s.owner()), nz(currentStageName)));
    }

    /** True when every word occurs in the key. */
    public static boolean matches(String searchKey, String[] normalizedWords) {
        for (String w : normalizedWords) {
            if (!searchKey.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
