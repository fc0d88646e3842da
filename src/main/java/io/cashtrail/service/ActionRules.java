package io.cashtrail.service;

import io.cashtrail.domain.CollectionForecast;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.InstallmentStatus;
import io.cashtrail.domain.InvoiceCutoff;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Payment;
import io.cashtrail.domain.PaymentMethod;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDates;
import io.cashtrail.store.CollectionsStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reminder rules: each looks at the orders and receivables of a day and raises actions. */
final class ActionRules {
    private final CollectionsSnapshot s;
    private final LocalDate today;
    private final ActionSettings cfg;
    private final List<Action> out = new ArrayList<>();

    ActionRules(CollectionsSnapshot s, LocalDate today, ActionSettings cfg) {
        this.s = s;
        this.today = today;
        this.cfg = cfg;
    }

    List<Action> evaluate(List<ReceivableLine> lines) {
        Map<Long, List<ReceivableLine>> byOrder = new HashMap<>();
        lines.forEach(l -> byOrder.computeIfAbsent(l.order().orderId(), k -> new ArrayList<>()).add(l));
        for (OrderSummary o : s.orders.values()) {
            List<ReceivableLine> ls = byOrder.getOrDefault(o.orderId(), List.of());
            stageRules(o, ls);
            notInvoiced(o, ls);
        }
        for (ReceivableLine l : lines) {
            overdueOrRetention(l);
        }
        bills();
        out.sort(Comparator.comparing(Action::severity).thenComparing(Action::money, Comparator.reverseOrder())
                .thenComparing(Action::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Action::key));
        return out;
    }

    private void stageRules(OrderSummary o, List<ReceivableLine> ls) {
        StageDates st = o.stages();
        BigDecimal open = open(ls);
        LocalDate finishPlan = st.planned(Stage.PRODUCTION_FINISH);
        if (st.actual(Stage.PRODUCTION_FINISH) == null && finishPlan != null
                && days(finishPlan) > cfg.productionSlipDays()) {
            add(Action.Rule.PRODUCTION_SLIPPED, o, null, open, finishPlan, "action.suggest.productionSlipped",
                    days(finishPlan));
        }
        LocalDate finished = st.actual(Stage.PRODUCTION_FINISH);
        if (finished != null && st.actual(Stage.SHIPPED) == null && days(finished) >= cfg.finishedNotShippedDays()) {
            add(Action.Rule.FINISHED_NOT_SHIPPED, o, null, open, finished.plusDays(cfg.finishedNotShippedDays()),
                    "action.suggest.finishedNotShipped", days(finished));
        }
        LocalDate shipped = st.actual(Stage.SHIPPED);
        if (shipped != null && st.actual(Stage.DELIVERED) == null && days(shipped) >= cfg.shippedNoSignoffDays()) {
            add(Action.Rule.SHIPPED_NO_SIGNOFF, o, null, open, shipped.plusDays(cfg.shippedNoSignoffDays()),
                    "action.suggest.shippedNoSignoff", days(shipped));
        }
    }

    /** Delivered or accepted, money triggered, but no invoice yet: invoice before the cut-off. */
    private void notInvoiced(OrderSummary o, List<ReceivableLine> ls) {
        StageDates st = o.stages();
        boolean signedOff = st.actual(Stage.DELIVERED) != null || st.actual(Stage.ACCEPTED) != null;
        if (!signedOff || st.actual(Stage.INVOICED) != null || s.invoicesByOrder.containsKey(o.orderId())) {
            return;
        }
        BigDecimal atRisk = Money.ZERO;
        for (ReceivableLine l : ls) {
            if (l.triggered() && l.outstanding().signum() > 0) {
                atRisk = atRisk.add(l.outstanding());
            }
        }
        if (atRisk.signum() == 0) {
            return;
        }
        Customer c = s.customers.get(o.customerId());
        LocalDate deadline = InvoiceCutoff.deadline(today, c.invoiceCutoffDay());
        CollectionForecast.Slip slip = CollectionForecast.slip(today, atRisk, c.invoiceCutoffDay(), c.paymentRule(),
                null);
        if (slip != null) {
            add(Action.Rule.NOT_INVOICED, o, null, atRisk, deadline, "action.suggest.invoiceBeforeCutoff",
                    deadline, atRisk, slip.from(), slip.to());
        } else {
            add(Action.Rule.NOT_INVOICED, o, null, atRisk, deadline, "action.suggest.invoice", deadline, atRisk);
        }
    }

    private void overdueOrRetention(ReceivableLine l) {
        Installment i = l.installment();
        if (l.status() == InstallmentStatus.OVERDUE) {
            add(Action.Rule.PAYMENT_OVERDUE, l.order(), i.id(), l.outstanding(), i.dueDate(),
                    "action.suggest.paymentOverdue", i.label(), days(i.dueDate()));
        } else if (isRetention(i) && l.outstanding().signum() > 0 && i.dueDate() != null
                && !i.dueDate().isBefore(today) && !i.dueDate().isAfter(today.plusDays(cfg.retentionDueDays()))) {
            add(Action.Rule.RETENTION_DUE, l.order(), i.id(), l.outstanding(), i.dueDate(),
                    "action.suggest.retentionDue", i.dueDate());
        }
    }

    static boolean isRetention(Installment i) {
        return (i.label() != null && i.label().contains("质保")) || i.offsetDays() >= 180;
    }

    private void bills() {
        for (List<Payment> ps : s.paymentsByCustomer.values()) {
            for (Payment p : ps) {
                LocalDate m = p.maturityDate();
                if (p.method() == PaymentMethod.ACCEPTANCE_BILL && m != null && !m.isBefore(today)
                        && !m.isAfter(today.plusDays(cfg.billMaturingDays())) && p.orderId() != null) {
                    OrderSummary o = s.orders.get(p.orderId());
                    if (o != null) {
                        add(Action.Rule.BILL_MATURING, o, -p.id(), p.amount(), m, "action.suggest.billMaturing", m);
                    }
                }
            }
        }
    }

    private BigDecimal open(List<ReceivableLine> ls) {
        BigDecimal sum = Money.ZERO;
        for (ReceivableLine l : ls) {
            sum = sum.add(l.outstanding());
        }
        return sum;
    }

    private int days(LocalDate since) {
        return (int) ChronoUnit.DAYS.between(since, today);
    }

    private void add(Action.Rule rule, OrderSummary o, Long installmentId, BigDecimal money, LocalDate due,
            String suggestion, Object... args) {
        String key = rule.name() + ":" + o.orderId() + (installmentId == null ? "" : ":" + installmentId);
        CollectionsStore.ActionState st = s.actionStates.get(key);
        Action.State state = Action.State.OPEN;
        LocalDate until = null;
        if (st != null && "DONE".equals(st.status())) {
            state = Action.State.DONE;
        } else if (st != null && "SNOOZED".equals(st.status()) && st.snoozedUntil() != null
                && st.snoozedUntil().isAfter(today)) {
            state = Action.State.SNOOZED;
            until = st.snoozedUntil();
        }
        boolean flagged = state == Action.State.OPEN && st != null
                && !st.firstSeen().isAfter(today.minusDays(cfg.ignoredDays()));
        int late = due == null ? 0 : days(due);
        Action.Severity sev = late > cfg.highSeverityDays() ? Action.Severity.HIGH
                : late >= 0 ? Action.Severity.MEDIUM : Action.Severity.LOW;
        out.add(new Action(key, rule, o.orderId(), o.orderNo(), o.customerName(), o.owner(), sev, money, due,
                suggestion, List.of(args), state, until, flagged));
    }
}
