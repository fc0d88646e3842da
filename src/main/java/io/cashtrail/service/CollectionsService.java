package io.cashtrail.service;

import io.cashtrail.domain.Aging;
import io.cashtrail.domain.AgingBucket;
import io.cashtrail.domain.Allocation;
import io.cashtrail.domain.CollectionForecast;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.InstallmentStatus;
import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Stage;
import io.cashtrail.store.Database;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Receivables, aging and the cash forecast, computed from a {@link CollectionsSnapshot} for any
 * date. The snapshot is read once; every figure after that is pure computation.
 */
public final class CollectionsService {
    private final Database db;

    CollectionsService(Database db) {
        this.db = db;
    }

    /** Reads everything the figures need (seconds for 100,000 orders: off the FX thread). */
    public CollectionsSnapshot load() {
        return new CollectionsSnapshot(db.orders().summaries(), db.customers().all(), db.installments().all(),
                db.payments().all(), db.invoices().all(), db.collections().manualAllocations(),
                db.collections().actionStates()).withAgingBuckets(agingBuckets());
    }

    /** Every non-cancelled installment as a receivable on {@code asOf}, by order and sequence. */
    public List<ReceivableLine> lines(CollectionsSnapshot s, LocalDate asOf) {
        List<ReceivableLine> out = unsortedLines(s, asOf);
        out.sort(Comparator.comparingLong((ReceivableLine l) -> l.order().orderId())
                .thenComparingInt(l -> l.installment().seq()));
        return out;
    }

    /** The same lines in no particular order (what sums and rules need; saves sorting 300,000 lines). */
    List<ReceivableLine> unsortedLines(CollectionsSnapshot s, LocalDate asOf) {
        List<ReceivableLine> out = new ArrayList<>();
        s.installmentsByCustomer.forEach((customerId, list) -> {
            Allocation.Result alloc = s.allocation(customerId, asOf);
            for (Installment i : list) {
                if (i.cancelled()) {
                    continue;
                }
                OrderSummary o = s.orders.get(i.orderId());
                BigDecimal allocated = alloc.allocatedTo(i.id());
                BigDecimal open = Money.orZero(i.amount()).subtract(allocated).max(Money.ZERO);
                InstallmentStatus st = Allocation.status(i, allocated, o.stages(), asOf);
                out.add(new ReceivableLine(o, i, allocated, open, st, Allocation.triggered(i, o.stages(), asOf)));
            }
        });
        return out;
    }

    /**
     * An order's invoicing figures on a date: what was invoiced (credit notes deducted), what is due by
     * contract but not yet invoiced (应收未开票), and what is shipped but not yet receivable (已发货未应收).
     */
    public record OrderFigures(BigDecimal invoiced, BigDecimal unbilled, BigDecimal shippedNotReceivable) {
    }

    /** {@link OrderFigures} of every order that has installments, by order id. */
    public Map<Long, OrderFigures> orderFigures(CollectionsSnapshot s, LocalDate asOf, List<ReceivableLine> lines) {
        Map<Long, BigDecimal[]> acc = new HashMap<>();
        for (ReceivableLine l : lines) {
            BigDecimal[] a = acc.computeIfAbsent(l.order().orderId(), k -> new BigDecimal[] {Money.ZERO, Money.ZERO});
            if (l.triggered()) {
                a[0] = a[0].add(Money.orZero(l.installment().amount()));
            } else {
                a[1] = a[1].add(l.outstanding());
            }
        }
        Map<Long, OrderFigures> out = new HashMap<>();
        acc.forEach((orderId, a) -> {
            BigDecimal invoiced = Money.ZERO;
            for (Invoice i : s.invoicesByOrder.getOrDefault(orderId, List.of())) {
                if (i.issuedDate() != null && !i.issuedDate().isAfter(asOf)) {
                    boolean credit = i.kind() == io.cashtrail.domain.InvoiceKind.CREDIT_NOTE;
                    invoiced = invoiced.add(credit ? i.amount().abs().negate() : i.amount());
                }
            }
            OrderSummary o = s.orders.get(orderId);
            LocalDate shipped = o.stages().actual(Stage.SHIPPED);
            boolean isShipped = shipped != null && !shipped.isAfter(asOf);
            out.put(orderId, new OrderFigures(invoiced, a[0].subtract(invoiced).max(Money.ZERO),
                    isShipped ? a[1] : Money.ZERO));
        });
        return out;
    }

    /** Unallocated credit per customer on {@code asOf} (payments larger than what was open). */
    public Map<Long, BigDecimal> credits(CollectionsSnapshot s, LocalDate asOf) {
        Map<Long, BigDecimal> out = new HashMap<>();
        for (Long c : s.paymentsByCustomer.keySet()) {
            BigDecimal credit = s.allocation(c, asOf).credit();
            if (credit.signum() > 0) {
                out.put(c, credit);
            }
        }
        return out;
    }

    /**
     * Aging on {@code asOf}. Due basis: every triggered installment's open amount by days past its due
     * date. Invoice basis: every order's invoiced-but-unpaid amount by days since the invoices that are
     * still open (payments cover the oldest invoices first).
     */
    public AgingReport aging(CollectionsSnapshot s, LocalDate asOf, AgingReport.Basis basis,
            List<AgingBucket> buckets, ForecastReport.GroupBy by) {
        Map<String, List<Aging.Item>> groups = new TreeMap<>();
        List<Aging.Item> all = new ArrayList<>();
        if (basis == AgingReport.Basis.DUE) {
            for (ReceivableLine l : unsortedLines(s, asOf)) {
                if (l.triggered() && l.outstanding().signum() > 0) {
                    add(groups, all, group(l.order(), by), new Aging.Item(l.installment().dueDate(), l.outstanding()));
                }
            }
        } else {
            Map<Long, BigDecimal> allocatedByOrder = new HashMap<>();
            for (ReceivableLine l : unsortedLines(s, asOf)) {
                allocatedByOrder.merge(l.order().orderId(), l.allocated(), BigDecimal::add);
            }
            s.invoicesByOrder.forEach((orderId, invoices) -> {
                OrderSummary o = s.orders.get(orderId);
                if (o == null) {
                    return;
                }
                for (Aging.Item item : openInvoices(invoices, allocatedByOrder.getOrDefault(orderId, Money.ZERO),
                        asOf)) {
                    add(groups, all, group(o, by), item);
                }
            });
        }
        Map<AgingBucket, BigDecimal> totals = Aging.age(all, asOf, buckets);
        Map<String, Map<AgingBucket, BigDecimal>> byGroup = new LinkedHashMap<>();
        groups.forEach((g, items) -> byGroup.put(g, Aging.age(items, asOf, buckets)));
        BigDecimal total = all.stream().map(Aging.Item::outstanding).reduce(Money.ZERO, BigDecimal::add);
        return new AgingReport(asOf, basis, buckets, totals, total, byGroup);
    }

    private static void add(Map<String, List<Aging.Item>> groups, List<Aging.Item> all, String group, Aging.Item i) {
        groups.computeIfAbsent(group, k -> new ArrayList<>()).add(i);
        all.add(i);
    }

    /** Invoices (credit notes net) issued by {@code asOf}, the oldest covered first by what was paid. */
    static List<Aging.Item> openInvoices(List<Invoice> invoices, BigDecimal paid, LocalDate asOf) {
        List<Aging.Item> out = new ArrayList<>();
        for (OpenInvoice o : openInvoiceLines(invoices, paid, asOf)) {
            out.add(new Aging.Item(o.invoice().issuedDate(), o.open()));
        }
        return out;
    }

    /** An invoice with what is still open of it (for the aging detail on the invoice basis). */
    record OpenInvoice(Invoice invoice, BigDecimal open) {
    }

    /** The invoices still open on {@code asOf} and their open amounts, oldest first (see {@link #openInvoices}). */
    static List<OpenInvoice> openInvoiceLines(List<Invoice> invoices, BigDecimal paid, LocalDate asOf) {
        List<Invoice> dated = new ArrayList<>();
        BigDecimal credits = Money.ZERO;
        for (Invoice i : invoices) {
            if (i.issuedDate() != null && !i.issuedDate().isAfter(asOf)) {
                if (i.amount().signum() < 0 || i.kind() == io.cashtrail.domain.InvoiceKind.CREDIT_NOTE) {
                    credits = credits.add(i.amount().abs());
                } else {
                    dated.add(i);
                }
            }
        }
        dated.sort(Comparator.comparing(Invoice::issuedDate).thenComparingLong(Invoice::id));
        BigDecimal cover = paid.add(credits);
        List<OpenInvoice> out = new ArrayList<>();
        for (Invoice i : dated) {
            BigDecimal open = i.amount().subtract(cover).max(Money.ZERO);
            cover = cover.subtract(i.amount()).max(Money.ZERO);
            if (open.signum() > 0) {
                out.add(new OpenInvoice(i, open));
            }
        }
        return out;
    }

    static String group(OrderSummary o, ForecastReport.GroupBy by) {
        if (by == ForecastReport.GroupBy.OWNER) {
            return o.owner() == null || o.owner().isBlank() ? "—" : o.owner();
        }
        return o.customerName();
    }

    /**
     * What is expected of an open installment: the invoice date, the date the customer books it
     * (cut-off applied), the payment date, and what slips a month if the invoice misses this
     * month's cut-off (null when nothing would slip or no invoice is needed).
     */
    public record Expectation(LocalDate invoice, LocalDate accepted, LocalDate payment,
            CollectionForecast.Slip slip) {
    }

    /**
     * The cash forecast from {@code today}: open installments by the month their money is expected
     * (trigger forecast + offset; for those needing an invoice, the invoice date with the customer's
     * cut-off and payment rule, or its learned delay once it has enough history); overdue apart.
     */
    public ForecastReport forecast(CollectionsSnapshot s, LocalDate today, int months, ForecastReport.GroupBy by) {
        return new CashForecaster(this).forecast(s, today, months, by);
    }

    /** The expectation of every open, not overdue installment on {@code today}, by installment id. */
    public Map<Long, Expectation> expectations(CollectionsSnapshot s, LocalDate today) {
        return new CashForecaster(this).expectations(s, today);
    }

    /** One customer's learned delay (reads only that customer's data); empty below 3 paid installments. */
    public java.util.Optional<LearnedDelay> learnedDelay(long customerId, LocalDate today) {
        return new CashForecaster(this).learnedDelay(customerId, today);
    }

    /** Each customer's median days from the accepted invoice to full payment (absent below 3 cases). */
    public Map<Long, Integer> learnedDelays(CollectionsSnapshot s, LocalDate today) {
        return new CashForecaster(this).learnedDelays(s, today);
    }

    /** A customer's learned payment delay: median days and how many paid installments it comes from. */
    public record LearnedDelay(int days, int samples) {
    }

    /** The snapshot of one customer only (cheap: for a customer's detail or a payment's allocation). */
    public CollectionsSnapshot customerSnapshot(long customerId) {
        List<OrderSummary> orders = db.orders().summariesForCustomer(customerId);
        java.util.Set<Long> ids = new java.util.HashSet<>();
        orders.forEach(o -> ids.add(o.orderId()));
        List<Installment> inst = new ArrayList<>();
        List<Invoice> inv = new ArrayList<>();
        for (Long id : ids) {
            inst.addAll(db.installments().forOrder(id));
            inv.addAll(db.invoices().forOrder(id));
        }
        return new CollectionsSnapshot(orders, List.of(db.customers().find(customerId).orElseThrow()),
                inst, db.payments().forCustomer(customerId), inv, db.collections().manualAllocations(), Map.of());
    }

    /** Every action of the day, open, snoozed and done (the caller filters), most urgent first. */
    public List<Action> actions(CollectionsSnapshot s, LocalDate today, ActionSettings settings) {
        return new ActionRules(s, today, settings).evaluate(unsortedLines(s, today));
    }

    /** Remembers when open actions were first seen, for the "ignored for N days" flag. */
    public void markSeen(List<Action> actions, LocalDate today) {
        Map<String, Long> keys = new HashMap<>();
        actions.stream().filter(a -> a.state() == Action.State.OPEN).forEach(a -> keys.put(a.key(), a.orderId()));
        db.collections().markSeen(keys, today);
    }

    public void snooze(Action a, LocalDate until, LocalDate today) {
        db.collections().setActionState(a.key(), a.orderId(), "SNOOZED", until, null, today);
    }

    /** Marks an action done; the note is kept and shown in the order's history. */
    public void done(Action a, String note, LocalDate today) {
        db.collections().setActionState(a.key(), a.orderId(), "DONE", null, note, today);
    }

    /** Aging buckets from the settings ("30,60,90,180,365" by default). */
    public List<AgingBucket> agingBuckets() {
        return db.collections().setting("aging.limits").map(CollectionsService::parseLimits)
                .orElseGet(io.cashtrail.domain.Aging::defaultBuckets);
    }

    /** Saves the upper limits (ascending days) of the aging buckets; refuses limits that do not ascend. */
    public void saveAgingLimits(List<Integer> limits) {
        io.cashtrail.domain.Aging.bucketsFromLimits(limits);
        db.collections().putSetting("aging.limits", String.join(",", limits.stream().map(String::valueOf).toList()));
    }

    private static List<AgingBucket> parseLimits(String text) {
        try {
            return io.cashtrail.domain.Aging.bucketsFromLimits(java.util.Arrays.stream(text.split(","))
                    .map(String::strip).filter(x -> !x.isEmpty()).map(Integer::valueOf).toList());
        } catch (IllegalArgumentException e) {
            return io.cashtrail.domain.Aging.defaultBuckets();
        }
    }

    public ActionSettings actionSettings() {
        ActionSettings d = ActionSettings.DEFAULTS;
        return new ActionSettings(intSetting("actions.productionSlipDays", d.productionSlipDays()),
                intSetting("actions.finishedNotShippedDays", d.finishedNotShippedDays()),
                intSetting("actions.shippedNoSignoffDays", d.shippedNoSignoffDays()),
                intSetting("actions.retentionDueDays", d.retentionDueDays()),
                intSetting("actions.billMaturingDays", d.billMaturingDays()),
                intSetting("actions.ignoredDays", d.ignoredDays()),
                intSetting("actions.highSeverityDays", d.highSeverityDays()));
    }

    public void saveActionSettings(ActionSettings a) {
        db.collections().putSetting("actions.productionSlipDays", String.valueOf(a.productionSlipDays()));
        db.collections().putSetting("actions.finishedNotShippedDays", String.valueOf(a.finishedNotShippedDays()));
        db.collections().putSetting("actions.shippedNoSignoffDays", String.valueOf(a.shippedNoSignoffDays()));
        db.collections().putSetting("actions.retentionDueDays", String.valueOf(a.retentionDueDays()));
        db.collections().putSetting("actions.billMaturingDays", String.valueOf(a.billMaturingDays()));
        db.collections().putSetting("actions.ignoredDays", String.valueOf(a.ignoredDays()));
        db.collections().putSetting("actions.highSeverityDays", String.valueOf(a.highSeverityDays()));
    }

    private int intSetting(String key, int dflt) {
        return db.collections().setting(key).map(v -> {
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                return dflt;
            }
        }).orElse(dflt);
    }
}
