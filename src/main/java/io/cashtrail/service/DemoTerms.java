package io.cashtrail.service;

import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The payment-term patterns of the demo data (3-6-1, 30/65/5, 3-3-3-1, all on acceptance) and how
 * one turns into an order's installments: shares of the amount, each due a number of days after
 * its trigger stage (actual date, else planned). Pure calculation, no randomness.
 */
enum DemoTerms {
    T361("3-6-1", "3-6-1：签约后15日内付30%预付款，验收合格后30日内付60%，10%质保金质保期满（12个月）后支付",
            line("预付款", 30, Stage.CONTRACT_SIGNED, 15), line("验收款", 60, Stage.ACCEPTED, 30),
            line("质保金", 10, Stage.ACCEPTED, 365)),
    T30_65_5("30/65/5", "签约后15个工作日内付30%，验收合格并收到全额增值税专用发票后付65%，质保期满一个月后付5%",
            line("预付款", 30, Stage.CONTRACT_SIGNED, 21), line("验收款", 65, Stage.INVOICED, 30),
            line("质保金", 5, Stage.ACCEPTED, 395)),
    T3331("3-3-3-1", "签约后付30%预付款，发货后15日内付30%，到货签收后30日内付30%，10%质保金验收满一年后支付",
            line("预付款", 30, Stage.CONTRACT_SIGNED, 10), line("发货款", 30, Stage.SHIPPED, 15),
            line("到货款", 30, Stage.DELIVERED, 30), line("质保金", 10, Stage.ACCEPTED, 365)),
    ON_ACCEPTANCE("100%", "验收合格并开具发票后一次性付清全款",
            line("验收款", 100, Stage.INVOICED, -1));

    /** One installment of a pattern; an offset of -1 means "the customer's usual payment days". */
    record Line(String label, BigDecimal percent, Stage trigger, int offsetDays) {
        int offset(int customerPayDays) {
            return offsetDays < 0 ? customerPayDays : offsetDays;
        }
    }

    private final String code;
    private final String text;
    private final List<Line> lines;

    DemoTerms(String code, String text, Line... lines) {
        this.code = code;
        this.text = text;
        this.lines = List.of(lines);
    }

    private static Line line(String label, int percent, Stage trigger, int offset) {
        return new Line(label, BigDecimal.valueOf(percent), trigger, offset);
    }

    String code() {
        return code;
    }

    String text() {
        return text;
    }

    List<Line> lines() {
        return lines;
    }

    /** Shares of {@code amount}, rounded half-up to the cent; the last line absorbs the rounding. */
    List<BigDecimal> split(BigDecimal amount) {
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal rest = Money.normalize(amount);
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal part = i == lines.size() - 1 ? rest
                    : amount.multiply(lines.get(i).percent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            parts.add(part);
            rest = rest.subtract(part);
        }
        return parts;
    }

    /** The installments of an order (id given) with due dates from actual, else planned, trigger dates. */
    List<Installment> installments(long orderId, BigDecimal amount, StageDates stages, int payDays) {
        List<BigDecimal> parts = split(amount);
        List<Installment> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            int offset = l.offset(payDays);
            LocalDate base = stages.actual(l.trigger()) != null ? stages.actual(l.trigger()) : stages.planned(l.trigger());
            LocalDate due = base == null ? null : base.plusDays(offset);
            out.add(new Installment(0, orderId, i + 1, l.label(), l.percent().setScale(4), parts.get(i),
                    l.trigger().key(), offset, due, null, 0, needsInvoice(l.trigger()), false));
        }
        return out;
    }

    /** Customers pay acceptance and retention money only against an invoice (the usual practice). */
    static boolean needsInvoice(io.cashtrail.domain.Stage trigger) {
        return trigger == io.cashtrail.domain.Stage.ACCEPTED || trigger == io.cashtrail.domain.Stage.INVOICED;
    }
}
