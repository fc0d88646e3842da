package io.cashtrail.ui.timeline;

import io.cashtrail.domain.Money;
import io.cashtrail.service.SearchService;
import io.cashtrail.service.TimelineOrder;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the timeline shows, without JavaFX: the order rows after filter (text, salesperson,
 * customer, late only, money at risk) and sort (start, end, lateness, amount), grouped under
 * collapsible headers. Rebuilt only when the data or a setting changes, never per frame.
 */
public final class TimelineModel {
    /** How rows are grouped. */
    public enum GroupBy { NONE, CUSTOMER, OWNER, CONTRACT }

    /** How rows are ordered (within their group). */
    public enum SortBy { START, END, LATENESS, AMOUNT }

    private List<TimelineRow> all = List.of();
    private List<TimelineRow> rows = List.of();
    private String[] words = new String[0];
    private String owner;
    private Long customerId;
    private boolean lateOnly;
    private boolean riskOnly;
    private GroupBy groupBy = GroupBy.NONE;
    private SortBy sortBy = SortBy.START;
    private final Set<String> collapsed = new HashSet<>();
    private LocalDate first;
    private LocalDate last;

    /** Builds the rows of loaded orders (off the FX thread for large lists). */
    public static List<TimelineRow> toRows(List<TimelineOrder> orders, LocalDate today) {
        List<TimelineRow> out = new ArrayList<>(orders.size());
        for (TimelineOrder o : orders) {
            out.add(TimelineRow.of(o, today));
        }
        return out;
    }

    public void setRows(List<TimelineRow> orderRows) {
        this.all = List.copyOf(orderRows);
        rebuild();
    }

    public void setText(String text) {
        words = text == null ? new String[0] : Arrays.stream(text.trim().split("\\s+"))
                .map(SearchService::normalize).filter(w -> !w.isEmpty()).toArray(String[]::new);
        rebuild();
    }

    public void setOwner(String owner) {
        this.owner = owner;
        rebuild();
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
        rebuild();
    }

    public void setLateOnly(boolean b) {
        lateOnly = b;
        rebuild();
    }

    public void setRiskOnly(boolean b) {
        riskOnly = b;
        rebuild();
    }

    public void setGroupBy(GroupBy g) {
        groupBy = g == null ? GroupBy.NONE : g;
        rebuild();
    }

    public void setSortBy(SortBy s) {
        sortBy = s == null ? SortBy.START : s;
        rebuild();
    }

    /** Opens or closes a group. */
    public void toggle(String groupKey) {
        if (!collapsed.remove(groupKey)) {
            collapsed.add(groupKey);
        }
        rebuild();
    }

    private boolean accepts(TimelineRow r) {
        TimelineOrder o = r.order();
        return (!lateOnly || r.daysLate() > 0) && (!riskOnly || r.atRisk())
                && (owner == null || owner.equals(o.owner()))
                && (customerId == null || customerId == o.customerId()) && r.matches(words);
    }

    private void rebuild() {
        List<TimelineRow> shown = new ArrayList<>();
        LocalDate lo = null;
        LocalDate hi = null;
        for (TimelineRow r : all) {
            if (accepts(r)) {
                shown.add(r);
                if (r.start() != null) {
                    lo = lo == null || r.start().isBefore(lo) ? r.start() : lo;
                    hi = hi == null || r.end().isAfter(hi) ? r.end() : hi;
                }
            }
        }
        first = lo;
        last = hi;
        shown.sort(comparator(sortBy));
        if (groupBy == GroupBy.NONE) {
            rows = shown;
            return;
        }
        Function<TimelineRow, String> key = groupKey(groupBy);
        Map<String, List<TimelineRow>> groups = new LinkedHashMap<>();
        for (TimelineRow r : shown) {
            groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        Collator collator = Collator.getInstance();
        List<String> names = new ArrayList<>(groups.keySet());
        names.sort(collator::compare);
        List<TimelineRow> out = new ArrayList<>(shown.size() + names.size());
        for (String name : names) {
            List<TimelineRow> members = groups.get(name);
            BigDecimal amount = Money.ZERO;
            BigDecimal owed = Money.ZERO;
            for (TimelineRow r : members) {
                amount = amount.add(Money.orZero(r.order().amount()));
                owed = owed.add(Money.orZero(r.order().outstanding()));
            }
            String gk = groupBy.name() + ":" + name;
            boolean closed = collapsed.contains(gk);
            out.add(TimelineRow.group(gk, name, members.size(), amount, owed, closed));
            if (!closed) {
                out.addAll(members);
            }
        }
        rows = out;
    }

    private static Function<TimelineRow, String> groupKey(GroupBy g) {
        return switch (g) {
            case CUSTOMER -> r -> nz(r.order().customerName());
            case OWNER -> r -> nz(r.order().owner());
            case CONTRACT -> r -> nz(r.order().contractNo());
            case NONE -> r -> "";
        };
    }

    static Comparator<TimelineRow> comparator(SortBy s) {
        Comparator<LocalDate> dates = Comparator.nullsLast(Comparator.naturalOrder());
        Comparator<TimelineRow> c = switch (s) {
            case START -> Comparator.comparing(TimelineRow::start, dates);
            case END -> Comparator.comparing(TimelineRow::end, dates);
            case LATENESS -> Comparator.comparingInt(TimelineRow::daysLate).reversed();
            case AMOUNT -> Comparator.comparing((TimelineRow r) -> Money.orZero(r.order().amount())).reversed();
        };
        return c.thenComparing(r -> nz(r.order().orderNo()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The rows to draw, group headers included, in order. */
    public List<TimelineRow> rows() {
        return rows;
    }

    public int orderCount() {
        return all.size();
    }

    /** Number of orders that pass the filter. */
    public int shownCount() {
        int n = 0;
        for (TimelineRow r : rows) {
            n += r.isGroup() ? (r.collapsed() ? r.groupCount() : 0) : 1;
        }
        return n;
    }

    /** First date of the filtered orders (null when none has a date). */
    public LocalDate first() {
        return first;
    }

    public LocalDate last() {
        return last;
    }

    /** Index of the row of an order among the shown rows, or -1. */
    public int indexOf(long orderId) {
        for (int i = 0; i < rows.size(); i++) {
            TimelineRow r = rows.get(i);
            if (!r.isGroup() && r.order().orderId() == orderId) {
                return i;
            }
        }
        return -1;
    }

    public GroupBy groupBy() {
        return groupBy;
    }

    public SortBy sortBy() {
        return sortBy;
    }
}
