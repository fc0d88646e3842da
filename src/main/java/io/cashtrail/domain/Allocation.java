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
        List<Installment> sorted = new ArrayList<>(installments.size());
        for (Installment i : installments) {
            if (!i.cancelled()) {
                sorted.add(i);
            }
        }
        sorted.sort(OLDEST_DUE);
        int n = sorted.size();
        BigDecimal[] open = new BigDecimal[n];
        BigDecimal[] given = new BigDecimal[n];
        LocalDate[] paidOn = new LocalDate[n];
        Map<Long, Integer> index = new HashMap<>(n * 2);
        Map<Long, List<Integer>> byOrder = new HashMap<>();
        for (int k = 0; k < n; k++) {
            Installment i = sorted.get(k);
            open[k] = Money.orZero(i.amount()).max(Money.ZERO);
            index.put(i.id(), k);
            byOrder.computeIfAbsent(i.orderId(), x -> new ArrayList<>()).add(k);
        }
        List<Payment> byDate = new ArrayList<>();
        for (Payment p : payments) {
            if (p.receivedDate() != null && !p.receivedDate().isAfter(asOf)) {
                byDate.add(p);
            }
        }
        byDate.sort(Comparator.comparing(Payment::receivedDate).thenComparingLong(Payment::id));
        Map<Long, BigDecimal> left = new HashMap<>();
        Map<Long, LocalDate> received = new HashMap<>();
        for (Payment p : byDate) {
            left.put(p.id(), Money.orZero(p.amount()));
            received.put(p.id(), p.receivedDate());
        }
        for (Manual m : manual) {
            Integer k = index.get(m.installmentId());
            BigDecimal l = left.get(m.paymentId());
            if (k != null && l != null) {
                BigDecimal amt = l.min(open[k]).min(m.amount()).max(Money.ZERO);
                left.put(m.paymentId(), l.subtract(amt));
                take(k, amt, open, given, paidOn, received.get(m.paymentId()));
            }
        }
        Map<Long, int[]> orderCursor = new HashMap<>();
        int[] customerCursor = {0};
        List<Integer> all = new java.util.AbstractList<>() {
            @Override
            public Integer get(int i) {
                return i;
            }

            @Override
            public int size() {
                return n;
            }
        };
        for (Payment p : byDate) {
            BigDecimal l = left.get(p.id());
            if (p.orderId() != null) {
                List<Integer> own = byOrder.get(p.orderId());
                if (own != null) {
                    l = spend(l, own, orderCursor.computeIfAbsent(p.orderId(), x -> new int[1]), open, given, paidOn,
                            p.receivedDate());
                }
            }
            l = spend(l, all, customerCursor, open, given, paidOn, p.receivedDate());
            left.put(p.id(), l);
        }
        Map<Long, BigDecimal> allocated = new HashMap<>(n * 2);
        Map<Long, LocalDate> paid = new HashMap<>();
        for (int k = 0; k < n; k++) {
            if (given[k] != null) {
                allocated.put(sorted.get(k).id(), given[k]);
            }
            if (paidOn[k] != null) {
                paid.put(sorted.get(k).id(), paidOn[k]);
            }
        }
        Map<Long, BigDecimal> unallocated = new HashMap<>();
        left.forEach((id, amt) -> {
            if (amt.signum() > 0) {
                unallocated.put(id, amt);
            }
        });
        return new Result(allocated, unallocated, paid);
    }

    /**
     * Gives {@code available} to the installments at the positions of {@code list} in order, from the
     * cursor on; the cursor skips installments paid in full, so each list is walked about once for all
     * payments together. Returns what is left.
     */
    private static BigDecimal spend(BigDecimal available, List<Integer> list, int[] cursor, BigDecimal[] open,
            BigDecimal[] given, LocalDate[] paidOn, LocalDate date) {
        while (cursor[0] < list.size() && open[list.get(cursor[0])].signum() == 0) {
            cursor[0]++;
        }
        BigDecimal left = available;
        for (int j = cursor[0]; j < list.size() && left.signum() > 0; j++) {
            int k = list.get(j);
            if (open[k].signum() > 0) {
                BigDecimal amt = left.min(open[k]);
                left = left.subtract(amt);
                take(k, amt, open, given, paidOn, date);
            }
        }
        return left;
    }

    private static void take(int k, BigDecimal amt, BigDecimal[] open, BigDecimal[] given, LocalDate[] paidOn,
            LocalDate date) {
        if (amt.signum() <= 0) {
            return;
        }
        open[k] = open[k].subtract(amt);
        given[k] = given[k] == null ? amt : given[k].add(amt);
        if (open[k].signum() == 0) {
            paidOn[k] = date;
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
