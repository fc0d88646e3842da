package io.cashtrail.service;

import io.cashtrail.domain.Customer;
import io.cashtrail.domain.OrderSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Global search over contract no., order no., customer (name and aliases) and salesperson, by
 * case-insensitive partial match. Works on the lists already loaded for the screens.
 */
public final class SearchService {
    private SearchService() {
    }

    public static List<SearchHit> search(String text, List<OrderSummary> orders, List<Customer> customers, int limit) {
        String q = normalize(text);
        List<SearchHit> hits = new ArrayList<>();
        if (q.isEmpty()) {
            return hits;
        }
        for (Customer c : customers) {
            if (hits.size() >= limit) {
                return hits;
            }
            if (normalize(c.name()).contains(q) || normalize(c.aliases()).contains(q)) {
                hits.add(new SearchHit(SearchHit.Kind.CUSTOMER, c.id(), c.name(), c.contactPerson()));
            }
        }
        for (OrderSummary o : orders) {
            if (hits.size() >= limit) {
                break;
            }
            if (normalize(o.contractNo()).contains(q) || normalize(o.orderNo()).contains(q)
                    || normalize(o.customerName()).contains(q) || normalize(o.owner()).contains(q)) {
                hits.add(new SearchHit(SearchHit.Kind.ORDER, o.orderId(), o.orderNo(),
                        o.contractNo() + " · " + o.customerName() + " · " + (o.owner() == null ? "" : o.owner())));
            }
        }
        return hits;
    }

    /** Lower case, no spaces, full-width ASCII folded to half-width. */
    public static String normalize(String s) {
        String folded = io.cashtrail.domain.TextForms.halfWidth(s);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (!io.cashtrail.domain.TextForms.isSpace(ch)) {
                b.append(ch);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
