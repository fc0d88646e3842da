package io.cashtrail.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The core insight of the product: for an open installment, when the invoice will go out, when the
 * customer will book it (cut-off applied), when the money is expected, and what slips a month if
 * the invoice misses this month's cut-off. A customer's median payment delay, learned from at least
 * {@link #MIN_HISTORY} paid installments, replaces the contractual rule.
 */
public final class CollectionForecast {
    public static final int MIN_HISTORY = 3;

    private CollectionForecast() {
    }

    /** Expected dates of one open installment. */
    public record Expected(LocalDate invoice, LocalDate accepted, LocalDate payment, boolean learned) {
    }

    /** "Invoice by {deadline} or {amount} moves from {from} to {to}". */
    public record Slip(LocalDate deadline, BigDecimal amount, YearMonth from, YearMonth to) {
    }

    /**
     * @param invoiceDate when the invoice is (expected to be) submitted
     * @param learnedDelayDays the customer's median days from accepted invoice to payment, or null
     */
    public static Expected expect(LocalDate invoiceDate, Integer cutoffDay, PaymentRule rule, Integer learnedDelayDays) {
        LocalDate accepted = InvoiceCutoff.acceptedDate(invoiceDate, cutoffDay);
        LocalDate pay = learnedDelayDays != null ? accepted.plusDays(learnedDelayDays)
                : rule != null ? rule.expectedPayment(accepted) : accepted;
        return new Expected(invoiceDate, accepted, pay, learnedDelayDays != null);
    }

    /**
     * What is lost by invoicing after this month's cut-off instead of on {@code today}: null when the
     * payment month would not change (or the deadline has passed).
     */
    public static Slip slip(LocalDate today, BigDecimal amount, Integer cutoffDay, PaymentRule rule,
            Integer learnedDelayDays) {
        LocalDate deadline = InvoiceCutoff.deadline(today, cutoffDay);
        Expected onTime = expect(deadline, cutoffDay, rule, learnedDelayDays);
        Expected late = expect(deadline.plusDays(1), cutoffDay, rule, learnedDelayDays);
        YearMonth from = YearMonth.from(onTime.payment());
        YearMonth to = YearMonth.from(late.payment());
        return from.equals(to) ? null : new Slip(deadline, amount, from, to);
    }

    /**
     * The median delay (days from the accepted invoice to payment) of a customer's paid history, or
     * null with fewer than {@link #MIN_HISTORY} entries.
     */
    public static Integer learnedDelay(List<LocalDate[]> acceptedAndPaid) {
        if (acceptedAndPaid.size() < MIN_HISTORY) {
            return null;
        }
        List<Long> delays = new ArrayList<>();
        for (LocalDate[] pair : acceptedAndPaid) {
            delays.add(ChronoUnit.DAYS.between(pair[0], pair[1]));
        }
        delays.sort(null);
        int n = delays.size();
        long median = n % 2 == 1 ? delays.get(n / 2) : Math.round((delays.get(n / 2 - 1) + delays.get(n / 2)) / 2.0);
        return (int) median;
    }
}
