package io.cashtrail.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of an order's payment plan (回款计划): what is due, when, and what triggers it. */
public record Installment(
        long id,
        long orderId,
        int seq,
        String label,
        BigDecimal sharePercent,
        BigDecimal amount,
        String trigger,
        int offsetDays,
        LocalDate dueDate,
        String notes,
        int version,
        boolean invoiceRequired,
        boolean cancelled) {

    /** Without the collection flags (no invoice needed first, not cancelled). */
    public Installment(long id, long orderId, int seq, String label, BigDecimal sharePercent, BigDecimal amount,
            String trigger, int offsetDays, LocalDate dueDate, String notes, int version) {
        this(id, orderId, seq, label, sharePercent, amount, trigger, offsetDays, dueDate, notes, version, false, false);
    }

    public Installment withDueDate(LocalDate d) {
        return new Installment(id, orderId, seq, label, sharePercent, amount, trigger, offsetDays, d, notes, version,
                invoiceRequired, cancelled);
    }

    public static Installment of(long orderId, int seq, String label, BigDecimal amount, LocalDate due) {
        return new Installment(0, orderId, seq, label, null, Money.normalize(amount), null, 0, due, null, 0);
    }
}
