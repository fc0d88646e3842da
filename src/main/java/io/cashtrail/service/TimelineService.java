package io.cashtrail.service;

import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.InstallmentSchedule;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Phase;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDates;
import io.cashtrail.domain.Validation;
import io.cashtrail.store.Database;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The timeline's data and its replanning: moving a phase's planned dates moves the later open
 * stages by the same number of days and the installments triggered by them; the last replan can be
 * undone. Everything of one replan is saved in one transaction.
 */
public final class TimelineService {
    private final Database db;
    private final OrderService orders;
    private ReplanPreview last;

    TimelineService(Database db, OrderService orders) {
        this.db = db;
        this.orders = orders;
    }

    /** Every order with what the timeline draws (off the FX thread: this reads everything). */
    public List<TimelineOrder> load() {
        List<OrderSummary> summaries = db.orders().summaries();
        Map<Long, StageDates> baselines = db.orders().baselines();
        Map<Long, Integer> cutoffs = new HashMap<>();
        for (Customer c : db.customers().all()) {
            cutoffs.put(c.id(), c.invoiceCutoffDay());
        }
        Map<Long, List<Installment>> byOrder = new HashMap<>();
        for (Installment i : db.installments().all()) {
            byOrder.computeIfAbsent(i.orderId(), k -> new ArrayList<>()).add(i);
        }
        List<TimelineOrder> out = new ArrayList<>(summaries.size());
        for (OrderSummary s : summaries) {
            List<Installment> inst = byOrder.getOrDefault(s.orderId(), List.of());
            List<Boolean> paid = InstallmentSchedule.paidFifo(inst, s.received());
            List<TimelineInstallment> ti = new ArrayList<>(inst.size());
            for (int k = 0; k < inst.size(); k++) {
                Installment i = inst.get(k);
                ti.add(new TimelineInstallment(i.id(), i.label(), i.dueDate(), i.amount(), paid.get(k)));
            }
            out.add(new TimelineOrder(s.orderId(), s.contractId(), s.customerId(), s.orderNo(), s.contractNo(),
                    s.customerName(), s.owner(), s.amount(), s.outstanding(), cutoffs.get(s.customerId()),
                    s.stages(), baselines.getOrDefault(s.orderId(), StageDates.NONE), List.copyOf(ti)));
        }
        return out;
    }

    /**
     * What moving the plan of {@code phase} to [newStart, newEnd] would change. The phase's start
     * stage moves by the start delta, its end stage and every later open stage by the end delta.
     */
    public ReplanPreview preview(long orderId, Phase phase, LocalDate newStart, LocalDate newEnd) {
        OrderDetail d = orders.detail(orderId);
        Order before = d.order();
        StageDates s = before.stages();
        long dStart = delta(s.planned(phase.start()), newStart);
        long dEnd = delta(s.planned(phase.end()), newEnd);
        StageDates moved = s;
        if (dStart != 0 && s.planned(phase.start()) != null) {
            moved = moved.withPlanned(phase.start(), s.planned(phase.start()).plusDays(dStart));
        }
        for (Stage st : Stage.values()) {
            if (st.ordinal() >= phase.end().ordinal() && s.planned(st) != null && s.actual(st) == null && dEnd != 0) {
                moved = moved.withPlanned(st, s.planned(st).plusDays(dEnd));
            }
        }
        Order after = before.withStages(moved);
        List<Boolean> paid = InstallmentSchedule.paidFifo(d.installments(), d.payments().stream()
                .map(p -> p.amount()).reduce(Money.ZERO, BigDecimal::add));
        List<ReplanPreview.InstallmentChange> changes = new ArrayList<>();
        Map<String, BigDecimal> moves = new LinkedHashMap<>();
        for (int k = 0; k < d.installments().size(); k++) {
            Installment i = d.installments().get(k);
            Installment n = InstallmentSchedule.replanned(i, moved);
            if (!Objects.equals(i.dueDate(), n.dueDate())) {
                changes.add(new ReplanPreview.InstallmentChange(i, n));
                if (!paid.get(k) && i.dueDate() != null && n.dueDate() != null
                        && !YearMonth.from(i.dueDate()).equals(YearMonth.from(n.dueDate()))) {
                    moves.merge(YearMonth.from(i.dueDate()) + ">" + YearMonth.from(n.dueDate()), i.amount(),
                            BigDecimal::add);
                }
            }
        }
        List<ReplanPreview.MoneyMove> moneyMoves = new ArrayList<>();
        moves.forEach((k, v) -> {
            String[] m = k.split(">");
            moneyMoves.add(new ReplanPreview.MoneyMove(YearMonth.parse(m[0]), YearMonth.parse(m[1]), v));
        });
        return new ReplanPreview(before, after, List.copyOf(changes), List.copyOf(moneyMoves),
                Validation.order(after, orders.today()));
    }

    private static long delta(LocalDate from, LocalDate to) {
        return from == null || to == null ? 0 : ChronoUnit.DAYS.between(from, to);
    }

    /** Saves a replan (order and installments together); it becomes the one that can be undone. */
    public void apply(ReplanPreview p) {
        if (!p.isValid()) {
            throw new ValidationException(p.validation());
        }
        List<Installment> saved = new ArrayList<>();
        Order savedOrder = db.jdbi().inTransaction(h -> {
            Order o = db.orders().update(p.after());
            for (ReplanPreview.InstallmentChange c : p.installments()) {
                saved.add(db.installments().update(c.after()));
            }
            return o;
        });
        List<ReplanPreview.InstallmentChange> done = new ArrayList<>();
        for (int k = 0; k < saved.size(); k++) {
            done.add(new ReplanPreview.InstallmentChange(p.installments().get(k).before(), saved.get(k)));
        }
        last = new ReplanPreview(p.before(), savedOrder, done, p.moves(), p.validation());
    }

    public boolean canUndo() {
        return last != null;
    }

    /** Puts the planned dates and due dates of the last replan back (a stale copy is refused). */
    public void undoLast() {
        ReplanPreview p = last;
        if (p == null) {
            return;
        }
        db.jdbi().useTransaction(h -> {
            db.orders().update(p.after().withStages(p.before().stages()));
            for (ReplanPreview.InstallmentChange c : p.installments()) {
                Installment now = c.after();
                db.installments().update(now.withDueDate(c.oldDue()));
            }
        });
        last = null;
    }
}
