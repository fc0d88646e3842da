package io.cashtrail.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment-term template: installments as shares of the amount (or fixed amounts), each triggered
 * by a stage plus offset days (warranty end = acceptance + months), optionally needing an invoice
 * first. Applying it splits an amount so the parts add up exactly, the last absorbing the cent.
 */
public record PaymentTerms(String name, List<Line> lines) {
    /** One installment of the template; exactly one of percent and fixedAmount is set. */
    public record Line(String label, BigDecimal percent, BigDecimal fixedAmount, Stage trigger, int offsetDays,
            int warrantyMonths, boolean invoiceRequired) {
        public Line {
            percent = percent == null ? null : percent.stripTrailingZeros();
            fixedAmount = Money.normalize(fixedAmount);
        }

        public static Line share(String label, int percent, Stage trigger, int offsetDays, boolean invoice) {
            return new Line(label, BigDecimal.valueOf(percent), null, trigger, offsetDays, 0, invoice);
        }

        /**
         * Days after a trigger on {@code base}: the offset plus the warranty months counted from that
         * date (calendar months; 30 days each when the trigger date is not known yet).
         */
        public int totalOffsetDays(java.time.LocalDate base) {
            int months = base == null ? warrantyMonths * 30
                    : (int) java.time.temporal.ChronoUnit.DAYS.between(base, base.plusMonths(warrantyMonths));
            return offsetDays + months;
        }
    }

    public PaymentTerms {
        lines = List.copyOf(lines);
        BigDecimal pct = lines.stream().map(Line::percent).filter(p -> p != null).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        boolean anyFixed = lines.stream().anyMatch(l -> l.fixedAmount() != null);
        if (!anyFixed && pct.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new IllegalArgumentException("shares of " + name + " add up to " + pct + " %, not 100 %");
        }
    }

    /** 30 % on signing, 60 % on acceptance, 10 % retention 12 months after acceptance. */
    public static PaymentTerms threeSixOne() {
        return new PaymentTerms("3-6-1", List.of(Line.share("预付款", 30, Stage.CONTRACT_SIGNED, 0, false),
                Line.share("验收款", 60, Stage.ACCEPTED, 0, true),
                new Line("质保金", BigDecimal.TEN, null, Stage.ACCEPTED, 0, 12, true)));
    }

    /** 30 % within 15 days of signing, 65 % after acceptance against an invoice, 5 % a month after warranty. */
    public static PaymentTerms thirtySixtyFiveFive() {
        return new PaymentTerms("30/65/5", List.of(Line.share("预付款", 30, Stage.CONTRACT_SIGNED, 15, false),
                Line.share("验收款", 65, Stage.ACCEPTED, 0, true),
                new Line("质保金", BigDecimal.valueOf(5), null, Stage.ACCEPTED, 30, 12, true)));
    }

    /** Advance, before delivery, on arrival, on acceptance (full VAT invoice), retention after a year. */
    public static PaymentTerms twentyThirtyTwentyTwentyFiveFive() {
        return new PaymentTerms("20/30/20/25/5", List.of(Line.share("预付款", 20, Stage.CONTRACT_SIGNED, 0, false),
                Line.share("发货款", 30, Stage.SHIPPED, 0, false), Line.share("到货款", 20, Stage.DELIVERED, 0, false),
                Line.share("验收款", 25, Stage.ACCEPTED, 0, true),
                new Line("质保金", BigDecimal.valueOf(5), null, Stage.ACCEPTED, 0, 12, true)));
    }

    /** Everything on acceptance, against an invoice. */
    public static PaymentTerms allOnAcceptance() {
        return new PaymentTerms("100% 验收", List.of(Line.share("验收款", 100, Stage.ACCEPTED, 0, true)));
    }

    public static List<PaymentTerms> builtIn() {
        return List.of(threeSixOne(), thirtySixtyFiveFive(), twentyThirtyTwentyTwentyFiveFive(), allOnAcceptance());
    }

    /** Splits {@code amount}: fixed amounts first, shares of the rest, the last line absorbing rounding. */
    public List<BigDecimal> split(BigDecimal amount) {
        BigDecimal total = Money.normalize(amount);
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            BigDecimal part;
            if (i == lines.size() - 1) {
                part = total.subtract(assigned);
            } else if (l.fixedAmount() != null) {
                part = Money.normalize(l.fixedAmount());
            } else {
                part = total.multiply(l.percent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            }
            out.add(part);
            assigned = assigned.add(part);
        }
        return out;
    }

    /** The installments of an order under these terms, due dates from its stage dates. */
    public List<Installment> installments(long orderId, BigDecimal amount, StageDates stages) {
        List<BigDecimal> parts = split(amount);
        List<Installment> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            java.time.LocalDate base = stages.actual(l.trigger()) != null ? stages.actual(l.trigger())
                    : stages.planned(l.trigger());
            Installment draft = new Installment(0, orderId, i + 1, l.label(), l.percent(), parts.get(i),
                    l.trigger().key(), l.totalOffsetDays(base), null, null, 0, l.invoiceRequired(), false);
            out.add(InstallmentSchedule.replanned(draft, stages));
        }
        return out;
    }
}
