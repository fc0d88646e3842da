package io.cashtrail.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Allocates one customer's payments to its installments as of a date: allocations made by hand
 * first, then every payment in date order to its own order's open installments oldest due first,
 * then to the customer's other open installments; what is left stays as unallocated credit on the
 * customer — never lost. Cancelled installments receive nothing.
 */
public final class Allocation {
    /** A hand-made allocation of part of a payment to an installment. */
    public record Manual(long paymentId, long installmentId, BigDecimal amount) {
    }

    /** The outcome: allocated per installment id, and what remains of each payment (credit). */
    public record Result(Map<Long, BigDecimal> allocated, Map<Long, BigDecimal> unallocated,
            Map<Long, LocalDate> paidOn) {
        public BigDecimal allocatedTo(long installmentId) {
            return allocated.getOrDefault(installmentId, Money.ZERO);
        }

        public BigDecimal credit() {
            return unallocated.values().stream().reduce(Money.ZERO, BigDecimal::add);
        }
    }

    private Allocation() {
    }

    private static final Comparator<Installment> OLDEST_DUE = Comparator
            .comparing(Installment::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Installment::orderId).thenComparingInt(Installment::seq)
            .thenComparingLong(Installment::id);

    public static Result allocate(List<Installment> installments, List<Payment> payments, List<Manual> manual,
            LocalDate asOf) {
        Map<Long, BigDecimal> open = new HashMap<>();
        Map<Long, Installment> byId = new HashMap<>();
        List<Installment> sorted = new ArrayList<>();
        for (Installment i : installments) {
            if (!i.cancelled()) {
                open.put(i.id(), Money.orZero(i.amount()).max(Money.ZERO));
                byId.put(i.id(), i);
                sorted.add(i);
            }
        }
        sorted.sort(OLDEST_DUE);
        Map<Long, BigDecimal> left = new HashMap<>();
        List<Payment> byDate = new ArrayList<>();
        for (Payment p : payments) {
            if (p.receivedDate() != null && !p.receivedDate().isAfter(asOf)) {
                left.put(p.id(), Money.orZero(p.amount()));
                byDate.add(p);
            }
        }
        byDate.sort(Comparator.comparing(Payment::receivedDate).thenComparingLong(Payment::id));
        Map<Long, BigDecimal> allocated = new HashMap<>();
        Map<Long, LocalDate> paidOn = new HashMap<>();
        Map<Long, LocalDate> paymentDate = new HashMap<>();
        byDate.forEach(p -> paymentDate.put(p.id(), p.receivedDate()));
        for (Manual m : manual) {
            if (left.containsKey(m.paymentId()) && open.containsKey(m.installmentId())) {
                give(m.paymentId(), m.installmentId(), m.amount(), left, open, allocated, paidOn, paymentDate);
            }
        }
        Map<Long, List<Installment>> byOrder = new HashMap<>();
        for (Installment i : sorted) {
            byOrder.computeIfAbsent(i.orderId(), k -> new ArrayList<>()).add(i);
        }
        Map<Long, int[]> orderCursor = new HashMap<>();
        int[] customerCursor = {0};
        for (Payment p : byDate) {
            if (p.orderId() != null) {
                List<Installment> own = byOrder.get(p.orderId());
                if (own != null) {
                    spend(p, own, orderCursor.computeIfAbsent(p.orderId(), k -> new int[1]), left, open, allocated,
                            paidOn, paymentDate);
                }
            }
            spend(p, sorted, customerCursor, left, open, allocated, paidOn, paymentDate);
        }
        Map<Long, BigDecimal> unallocated = new HashMap<>();
        left.forEach((id, amt) -> {
            if (amt.signum() > 0) {
                unallocated.put(id, amt);
            }
        });
        return new Result(allocated, unallocated, paidOn);
    }

    /**
     * Gives what is left of a payment to the installments of {@code list} in order, from the cursor
     * on; the cursor skips installments already paid in full (they stay paid), so each list is walked
     * about once for all payments together.
     */
    private static void spend(Payment p, List<Installment> list, int[] cursor, Map<Long, BigDecimal> left,
            Map<Long, BigDecimal> open, Map<Long, BigDecimal> allocated, Map<Long, LocalDate> paidOn,
            Map<Long, LocalDate> paymentDate) {
        while (cursor[0] < list.size() && open.get(list.get(cursor[0]).id()).signum() == 0) {
            cursor[0]++;
        }
        for (int k = cursor[0]; k < list.size() && left.get(p.id()).signum() > 0; k++) {
            give(p.id(), list.get(k).id(), null, left, open, allocated, paidOn, paymentDate);
        }
    }

    private static void give(long paymentId, long installmentId, BigDecimal wanted, Map<Long, BigDecimal> left,
            Map<Long, BigDecimal> open, Map<Long, BigDecimal> allocated, Map<Long, LocalDate> paidOn,
            Map<Long, LocalDate> paymentDate) {
        BigDecimal available = left.get(paymentId);
        BigDecimal need = open.get(installmentId);
        if (available.signum() <= 0 || need.signum() <= 0) {
            return;
        }
        BigDecimal amt = available.min(need);
        if (wanted != null) {
            amt = amt.min(wanted);
        }
        left.put(paymentId, available.subtract(amt));
        open.put(installmentId, need.subtract(amt));
        allocated.merge(installmentId, amt, BigDecimal::add);
        if (need.subtract(amt).signum() == 0) {
            paidOn.put(installmentId, paymentDate.get(paymentId));
        }
    }

    /** The status of an installment on {@code asOf} given what was allocated to it. */
    public static InstallmentStatus status(Installment i, BigDecimal allocated, StageDates stages, LocalDate asOf) {
        if (i.cancelled()) {
            return InstallmentStatus.CANCELLED;
        }
        BigDecimal amount = Money.orZero(i.amount());
        if (allocated.compareTo(amount) >= 0) {
            return InstallmentStatus.PAID;
        }
        if (!triggered(i, stages, asOf)) {
            return InstallmentStatus.PENDING;
        }
        if (i.dueDate() != null && i.dueDate().isBefore(asOf)) {
            return InstallmentStatus.OVERDUE;
        }
        return allocated.signum() > 0 ? InstallmentStatus.PARTLY_PAID : InstallmentStatus.DUE;
    }

    /**
     * Whether the installment is a receivable on {@code asOf}: its trigger stage happened by then; an
     * installment with a fixed date (no stage trigger) is a receivable from the start.
     */
    public static boolean triggered(Installment i, StageDates stages, LocalDate asOf) {
        Stage s = InstallmentSchedule.triggerStage(i.trigger());
        if (s == null) {
            return true;
        }
        LocalDate actual = stages.actual(s);
        return actual != null && !actual.isAfter(asOf);
    }
}
