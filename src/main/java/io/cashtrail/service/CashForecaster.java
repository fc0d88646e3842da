package io.cashtrail.service;

import io.cashtrail.domain.Allocation;
import io.cashtrail.domain.CollectionForecast;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.InstallmentSchedule;
import io.cashtrail.domain.InstallmentStatus;
import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.InvoiceCutoff;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageForecast;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When the money of open installments is expected: expected invoice, booking (cut-off) and payment
 * dates per installment, the 12-month forecast built from them, and each customer's learned
 * payment delay. Used through {@link CollectionsService}.
 */
final class CashForecaster {
    private final CollectionsService svc;

    CashForecaster(CollectionsService svc) {
        this.svc = svc;
    }

    /**
     * The cash forecast from {@code today}: open installments by the month their money is expected
     * (trigger forecast + offset; for those needing an invoice, the invoice date with the customer's
     * cut-off and payment rule, or its learned delay once it has enough history); overdue apart.
     */
    ForecastReport forecast(CollectionsSnapshot s, LocalDate today, int months, ForecastReport.GroupBy by) {
        List<YearMonth> horizon = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            horizon.add(YearMonth.from(today).plusMonths(m));
        }
        Map<Long, Integer> learned = learnedDelays(s, today);
        Map<Long, java.util.EnumMap<Stage, LocalDate>> forecasts = new HashMap<>();
        Map<String, BigDecimal[]> acc = new TreeMap<>();
        for (ReceivableLine l : svc.unsortedLines(s, today)) {
            if (l.outstanding().signum() <= 0) {
                continue;
            }
            BigDecimal[] row = acc.computeIfAbsent(CollectionsService.group(l.order(), by), k -> zeros(months + 2));
            if (l.status() == InstallmentStatus.OVERDUE) {
                row[0] = row[0].add(l.outstanding());
                continue;
            }
            LocalDate pay = expectedPayment(s, l, today, learned, forecasts);
            int idx = horizon.indexOf(YearMonth.from(pay));
            row[idx < 0 ? months + 1 : idx + 1] = row[idx < 0 ? months + 1 : idx + 1].add(l.outstanding());
        }
        List<ForecastReport.Row> rows = new ArrayList<>();
        BigDecimal[] total = zeros(months + 2);
        acc.forEach((g, r) -> {
            rows.add(row(g, r, months));
            for (int k = 0; k < r.length; k++) {
                total[k] = total[k].add(r[k]);
            }
        });
        return new ForecastReport(List.copyOf(horizon), rows, row("", total, months));
    }

    private static ForecastReport.Row row(String g, BigDecimal[] r, int months) {
        List<BigDecimal> per = new ArrayList<>();
        for (int k = 1; k <= months; k++) {
            per.add(r[k]);
        }
        return new ForecastReport.Row(g, r[0], List.copyOf(per), r[months + 1]);
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        java.util.Arrays.fill(a, Money.ZERO);
        return a;
    }

    /** The expectation of every open, not overdue installment on {@code today}, by installment id. */
    Map<Long, CollectionsService.Expectation> expectations(CollectionsSnapshot s, LocalDate today) {
        Map<Long, Integer> learned = learnedDelays(s, today);
        Map<Long, java.util.EnumMap<Stage, LocalDate>> forecasts = new HashMap<>();
        Map<Long, CollectionsService.Expectation> out = new HashMap<>();
        for (ReceivableLine l : svc.unsortedLines(s, today)) {
            if (l.outstanding().signum() > 0 && l.status() != InstallmentStatus.OVERDUE) {
                out.put(l.installment().id(), expect(s, l, today, learned, forecasts));
            }
        }
        return out;
    }

    /** When the money of an open, not overdue installment is expected. */
    LocalDate expectedPayment(CollectionsSnapshot s, ReceivableLine l, LocalDate today, Map<Long, Integer> learned,
            Map<Long, java.util.EnumMap<Stage, LocalDate>> forecasts) {
        return expect(s, l, today, learned, forecasts).payment();
    }

    private CollectionsService.Expectation expect(CollectionsSnapshot s, ReceivableLine l, LocalDate today, Map<Long, Integer> learned,
            Map<Long, java.util.EnumMap<Stage, LocalDate>> forecasts) {
        Installment i = l.installment();
        OrderSummary o = l.order();
        LocalDate due = i.dueDate();
        Stage trigger = InstallmentSchedule.triggerStage(i.trigger());
        if (trigger != null && o.stages().actual(trigger) == null) {
            LocalDate f = forecasts.computeIfAbsent(o.orderId(), k -> StageForecast.dates(o.stages(), today))
                    .get(trigger);
            due = f == null ? due : f.plusDays(i.offsetDays());
        }
        LocalDate base = due == null || due.isBefore(today) ? today : due;
        if (!i.invoiceRequired()) {
            return new CollectionsService.Expectation(null, null, base, null);
        }
        Customer c = s.customers.get(o.customerId());
        LocalDate invoiced = lastInvoiceDate(s.invoicesByOrder.get(o.orderId()));
        LocalDate triggeredOn = trigger == null ? null : o.stages().actual(trigger);
        boolean invoicedForIt = invoiced != null && triggeredOn != null && !invoiced.isBefore(triggeredOn);
        LocalDate invoiceDate = invoicedForIt ? invoiced : base;
        Integer delay = learned.get(c.id());
        CollectionForecast.Expected e = CollectionForecast.expect(invoiceDate, c.invoiceCutoffDay(), c.paymentRule(),
                delay);
        LocalDate pay = e.payment().isBefore(base) ? base : e.payment();
        CollectionForecast.Slip slip = invoicedForIt || invoiceDate.isAfter(today) ? null
                : CollectionForecast.slip(today, l.outstanding(), c.invoiceCutoffDay(), c.paymentRule(), delay);
        return new CollectionsService.Expectation(invoiceDate, e.accepted(), pay, slip);
    }

    private static LocalDate lastInvoiceDate(List<Invoice> invoices) {
        if (invoices == null) {
            return null;
        }
        return invoices.stream().map(i -> i.submittedDate() != null ? i.submittedDate() : i.issuedDate())
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** One customer's learned delay (reads only that customer's data); empty below 3 paid installments. */
    java.util.Optional<CollectionsService.LearnedDelay> learnedDelay(long customerId, LocalDate today) {
        List<LocalDate[]> history = history(svc.customerSnapshot(customerId), customerId, today);
        Integer d = CollectionForecast.learnedDelay(history);
        return d == null ? java.util.Optional.empty() : java.util.Optional.of(new CollectionsService.LearnedDelay(d, history.size()));
    }

    private List<LocalDate[]> history(CollectionsSnapshot s, long customerId, LocalDate today) {
        Allocation.Result alloc = s.allocation(customerId, today);
        Customer c = s.customers.get(customerId);
        List<LocalDate[]> history = new ArrayList<>();
        for (Installment i : s.installmentsByCustomer.getOrDefault(customerId, List.of())) {
            if (!i.invoiceRequired()) {
                continue;
            }
            LocalDate paid = alloc.paidOn().get(i.id());
            LocalDate invoiced = paid == null ? null : lastInvoiceDate(s.invoicesByOrder.get(i.orderId()));
            if (paid != null && invoiced != null && !paid.isBefore(invoiced)) {
                history.add(new LocalDate[] {InvoiceCutoff.acceptedDate(invoiced, c.invoiceCutoffDay()), paid});
            }
        }
        return history;
    }

    /** Each customer's median days from the accepted invoice to full payment (null below 3 cases). */
    Map<Long, Integer> learnedDelays(CollectionsSnapshot s, LocalDate today) {
        Map<Long, Integer> out = new HashMap<>();
        s.installmentsByCustomer.forEach((customerId, list) -> {
            Integer d = CollectionForecast.learnedDelay(history(s, customerId, today));
            if (d != null) {
                out.put(customerId, d);
            }
        });
        return out;
    }
}
