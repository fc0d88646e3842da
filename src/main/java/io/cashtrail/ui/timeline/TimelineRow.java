package io.cashtrail.ui.timeline;

import io.cashtrail.domain.Milestone;
import io.cashtrail.domain.PhaseView;
import io.cashtrail.domain.Span;
import io.cashtrail.service.SearchService;
import io.cashtrail.service.TimelineInstallment;
import io.cashtrail.service.TimelineOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the timeline: either an order with everything the canvas draws computed once (phase
 * views, milestones, first/last date, lateness, money at risk, search key), or a collapsible group
 * header (customer, salesperson or contract) with its totals.
 */
public final class TimelineRow {
    private final TimelineOrder order;
    private final List<PhaseView> phases;
    private final List<Milestone> milestones;
    private final LocalDate start;
    private final LocalDate end;
    private final int daysLate;
    private final boolean atRisk;
    private final String searchKey;
    // group rows
    private final String groupKey;
    private final String groupLabel;
    private final int groupCount;
    private final BigDecimal groupAmount;
    private final BigDecimal groupOutstanding;
    private final boolean collapsed;

    private TimelineRow(TimelineOrder order, List<PhaseView> phases, List<Milestone> milestones, LocalDate start,
            LocalDate end, int daysLate, boolean atRisk, String searchKey, String groupKey, String groupLabel,
            int groupCount, BigDecimal groupAmount, BigDecimal groupOutstanding, boolean collapsed) {
        this.order = order;
        this.phases = phases;
        this.milestones = milestones;
        this.start = start;
        this.end = end;
        this.daysLate = daysLate;
        this.atRisk = atRisk;
        this.searchKey = searchKey;
        this.groupKey = groupKey;
        this.groupLabel = groupLabel;
        this.groupCount = groupCount;
        this.groupAmount = groupAmount;
        this.groupOutstanding = groupOutstanding;
        this.collapsed = collapsed;
    }

    /** An order row as of {@code today}. */
    public static TimelineRow of(TimelineOrder o, LocalDate today) {
        List<PhaseView> phases = List.copyOf(PhaseView.of(o.stages(), o.baseline(), today));
        List<Milestone> milestones = List.copyOf(Milestone.of(o.stages(), today));
        LocalDate start = null;
        LocalDate end = null;
        int late = 0;
        for (PhaseView p : phases) {
            for (Span s : new Span[] {p.plan(), p.actual(), p.forecast(), p.baseline()}) {
                if (s != null) {
                    start = min(start, s.start());
                    end = max(end, s.end());
                }
            }
            late = Math.max(late, p.daysLate());
        }
        for (Milestone m : milestones) {
            start = min(start, m.date());
            end = max(end, m.date());
            late = Math.max(late, m.daysLate());
        }
        boolean overdue = false;
        for (TimelineInstallment i : o.installments()) {
            if (i.dueDate() != null) {
                start = min(start, i.dueDate());
                end = max(end, i.dueDate());
                overdue |= !i.paid() && i.dueDate().isBefore(today);
            }
        }
        boolean owed = o.outstanding() != null && o.outstanding().signum() > 0;
        boolean risk = owed && (late > 0 || overdue);
        String key = SearchService.normalize(String.join("\u0001", nz(o.orderNo()), nz(o.contractNo()),
                nz(o.customerName()), nz(o.owner())));
        return new TimelineRow(o, phases, milestones, start, end, late, risk, key, null, null, 0, null, null, false);
    }

    public static TimelineRow group(String key, String label, int count, BigDecimal amount, BigDecimal outstanding,
            boolean collapsed) {
        return new TimelineRow(null, List.of(), List.of(), null, null, 0, false, "", key, label, count, amount,
                outstanding, collapsed);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    public boolean isGroup() {
        return order == null;
    }

    /** True when every (normalized) word occurs in the order's numbers, customer or salesperson. */
    public boolean matches(String[] words) {
        for (String w : words) {
            if (!searchKey.contains(w)) {
                return false;
            }
        }
        return true;
    }

    public PhaseView phase(io.cashtrail.domain.Phase p) {
        for (PhaseView v : phases) {
            if (v.phase() == p) {
                return v;
            }
        }
        return null;
    }

    public TimelineOrder order() {
        return order;
    }

    public List<PhaseView> phases() {
        return phases;
    }

    public List<Milestone> milestones() {
        return milestones;
    }

    public List<TimelineInstallment> installments() {
        return order == null ? List.of() : order.installments();
    }

    /** First date drawn in this row (null when the order has no dates). */
    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    public int daysLate() {
        return daysLate;
    }

    public boolean atRisk() {
        return atRisk;
    }

    public String groupKey() {
        return groupKey;
    }

    public String groupLabel() {
        return groupLabel;
    }

    public int groupCount() {
        return groupCount;
    }

    public BigDecimal groupAmount() {
        return groupAmount;
    }

    public BigDecimal groupOutstanding() {
        return groupOutstanding;
    }

    public boolean collapsed() {
        return collapsed;
    }

    public BigDecimal amount() {
        return isGroup() ? groupAmount : order.amount();
    }

    public BigDecimal outstanding() {
        return isGroup() ? groupOutstanding : order.outstanding();
    }
}
