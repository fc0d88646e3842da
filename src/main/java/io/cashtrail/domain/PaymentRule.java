package io.cashtrail.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * When a customer pays an accepted invoice: N days after it; end of its month plus N days (月结N天);
 * or on the next of fixed payment-run days of the month.
 */
public record PaymentRule(Kind kind, int days, List<Integer> runDays) {
    /** The shape of the rule. */
    public enum Kind { DAYS_AFTER_INVOICE, END_OF_MONTH_PLUS, PAYMENT_RUN_DAYS }

    public PaymentRule {
        runDays = runDays == null ? List.of() : List.copyOf(runDays.stream().sorted().toList());
        if (kind == Kind.PAYMENT_RUN_DAYS && runDays.isEmpty()) {
            throw new IllegalArgumentException("payment-run days needed");
        }
    }

    public static PaymentRule daysAfterInvoice(int n) {
        return new PaymentRule(Kind.DAYS_AFTER_INVOICE, n, List.of());
    }

    public static PaymentRule endOfMonthPlus(int n) {
        return new PaymentRule(Kind.END_OF_MONTH_PLUS, n, List.of());
    }

    public static PaymentRule runDays(List<Integer> days) {
        return new PaymentRule(Kind.PAYMENT_RUN_DAYS, 0, days);
    }

    /** "10,25" for payment-run days, null otherwise (storage form). */
    public String runDaysText() {
        return runDays.isEmpty() ? null : String.join(",", runDays.stream().map(String::valueOf).toList());
    }

    /** Rebuilds a rule from its stored form; null when no rule is stored or it cannot be read. */
    public static PaymentRule decode(String kind, Integer days, String runDaysText) {
        if (kind == null) {
            return null;
        }
        try {
            List<Integer> run = runDaysText == null || runDaysText.isBlank() ? List.of()
                    : java.util.Arrays.stream(runDaysText.split(",")).map(String::strip).map(Integer::valueOf).toList();
            return new PaymentRule(Kind.valueOf(kind), days == null ? 0 : days, run);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return kind == Kind.PAYMENT_RUN_DAYS ? kind + " " + runDaysText() : kind + " " + days;
    }

    /** The expected payment date for an invoice the customer accepted (booked) on {@code accepted}. */
    public LocalDate expectedPayment(LocalDate accepted) {
        return switch (kind) {
            case DAYS_AFTER_INVOICE -> accepted.plusDays(days);
            case END_OF_MONTH_PLUS -> YearMonth.from(accepted).atEndOfMonth().plusDays(days);
            case PAYMENT_RUN_DAYS -> nextRun(accepted);
        };
    }

    private LocalDate nextRun(LocalDate from) {
        for (int m = 0; m < 2; m++) {
            YearMonth month = YearMonth.from(from).plusMonths(m);
            for (int day : runDays) {
                LocalDate d = month.atDay(Math.min(day, month.lengthOfMonth()));
                if (!d.isBefore(from)) {
                    return d;
                }
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
