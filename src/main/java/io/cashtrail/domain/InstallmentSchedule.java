package io.cashtrail.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Installment rules needed before full payment allocation exists: a due date from the trigger stage
 * (actual, else planned) plus offset days, and which installments the payments received so far
 * cover when applied oldest due first.
 */
public final class InstallmentSchedule {
    private InstallmentSchedule() {
    }

    private static final java.util.Map<String, Stage> BY_NAME = new java.util.HashMap<>();

    static {
        for (Stage s : Stage.values()) {
            BY_NAME.put(s.key(), s);
            BY_NAME.put(s.name(), s);
        }
    }

    /** The trigger's stage, when the trigger names one (a stage key such as "accepted"); else null. */
    public static Stage triggerStage(String trigger) {
        if (trigger == null) {
            return null;
        }
        Stage exact = BY_NAME.get(trigger);
        if (exact != null) {
            return exact;
        }
        String t = trigger.strip();
        for (Stage s : Stage.values()) {
            if (s.key().equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t)) {
                return s;
            }
        }
        return null;
    }

    /** Due date from the stage dates; the installment's own due date when its trigger is no stage. */
    public static LocalDate dueDate(Installment i, StageDates s) {
        Stage st = triggerStage(i.trigger());
        if (st == null) {
            return i.dueDate();
        }
        LocalDate base = s.actual(st) != null ? s.actual(st) : s.planned(st);
        return base == null ? i.dueDate() : base.plusDays(i.offsetDays());
    }

    /** The installment with its due date recomputed from the stage dates. */
    public static Installment replanned(Installment i, StageDates s) {
        return i.withDueDate(dueDate(i, s));
    }

    /** Which installments are fully paid by {@code received}, applied oldest due first (undated last). */
    public static List<Boolean> paidFifo(List<Installment> installments, BigDecimal received) {
        List<Installment> order = new ArrayList<>(installments);
        order.sort(Comparator.comparing(Installment::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Installment::seq));
        BigDecimal left = received == null ? BigDecimal.ZERO : received;
        java.util.Map<Installment, Boolean> paid = new java.util.IdentityHashMap<>();
        for (Installment i : order) {
            BigDecimal amt = i.amount() == null ? BigDecimal.ZERO : i.amount();
            boolean covered = left.compareTo(amt) >= 0;
            paid.put(i, covered);
            left = covered ? left.subtract(amt) : BigDecimal.ZERO;
        }
        List<Boolean> out = new ArrayList<>();
        for (Installment i : installments) {
            out.add(paid.get(i));
        }
        return out;
    }
}
