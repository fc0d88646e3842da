package io.cashtrail.service;

import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.InvoiceKind;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Payment;
import io.cashtrail.domain.PaymentMethod;
import io.cashtrail.domain.Shipment;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * What happened to one demo order after its stages were settled: the installments of its payment
 * terms, shipments, invoices and the payments that follow the installments (late, partial or missing
 * for some customers). Records are built for order and customer id 0; {@link Flow#withIds} fills them in.
 */
final class DemoFlows {
    private static final BigDecimal TAX = new BigDecimal("0.13");
    private static final BigDecimal GROSS = new BigDecimal("1.13");

    /** How a customer pays: usual payment days, delay range around the due date, invoice cut-off day. */
    record PayHabit(int payDays, int delayMin, int delayMax, Integer cutoffDay) {
    }

    /** The order's final stage dates (paid in full set from the payments) and its dependent records. */
    record Flow(StageDates stages, List<Installment> installments, List<Shipment> shipments, List<Invoice> invoices,
            List<Payment> payments) {

        Flow withIds(long orderId, long customerId) {
            return new Flow(stages,
                    installments.stream().map(i -> new Installment(0, orderId, i.seq(), i.label(), i.sharePercent(),
                            i.amount(), i.trigger(), i.offsetDays(), i.dueDate(), i.notes(), 0)).toList(),
                    shipments.stream().map(s -> new Shipment(0, orderId, s.shippedDate(), s.deliveredDate(),
                            s.trackingNo(), s.carrier(), s.description(), s.amount(), s.notes(), 0)).toList(),
                    invoices.stream().map(v -> new Invoice(0, orderId, v.invoiceNo(), v.kind(), v.issuedDate(),
                            v.submittedDate(), v.amount(), v.taxAmount(), v.notes(), 0)).toList(),
                    payments.stream().map(p -> new Payment(0, orderId, customerId, p.receivedDate(), p.amount(),
                            p.method(), p.reference(), p.notes(), 0)).toList());
        }
    }

    private final Random r;
    private final LocalDate today;
    private int invoiceNo;

    DemoFlows(Random r, LocalDate today) {
        this.r = r;
        this.today = today;
        this.invoiceNo = 10_000_000 + r.nextInt(60_000_000);
    }

    Flow of(BigDecimal amount, StageDates settled, DemoTerms terms, PayHabit habit, boolean clean) {
        List<Installment> inst = terms.installments(0, amount, settled, habit.payDays());
        StageDates stages = settled.withPlanned(Stage.PAID, plannedPaid(settled, inst, habit.payDays()));
        List<Invoice> invoices = new ArrayList<>();
        LocalDate invoiced = stages.actual(Stage.INVOICED);
        LocalDate submitted = invoiced == null ? null : min(invoiced.plusDays(DemoSchedule.between(r, 1, 6)), today);
        List<Payment> payments = new ArrayList<>();
        boolean allPaid = true;
        LocalDate lastPaid = null;
        LocalDate advancePaid = null;
        for (int i = 0; i < inst.size(); i++) {
            Installment in = inst.get(i);
            Stage trigger = terms.lines().get(i).trigger();
            LocalDate date = paymentDate(in, stages.actual(trigger), trigger, invoiced, submitted, habit);
            boolean disputed = !clean && r.nextDouble() < 0.06;
            if (date == null || disputed || date.isAfter(today)) {
                allPaid = false;
                continue;
            }
            if (!clean && in.amount().compareTo(Money.of(50_000)) > 0 && r.nextDouble() < 0.1) {
                BigDecimal first = in.amount().multiply(BigDecimal.valueOf(40 + r.nextInt(31)))
                        .divide(BigDecimal.valueOf(100_000), 0, RoundingMode.DOWN).multiply(BigDecimal.valueOf(1000));
                payments.add(payment(date, Money.normalize(first), in.label() + "（部分）"));
                date = date.plusDays(DemoSchedule.between(r, 15, 60));
                if (date.isAfter(today)) {
                    allPaid = false;
                    continue;
                }
                payments.add(payment(date, in.amount().subtract(first), in.label() + "（余款）"));
            } else {
                payments.add(payment(date, in.amount(), in.label()));
            }
            advancePaid = i == 0 ? date : advancePaid;
            lastPaid = max(lastPaid, date);
        }
        if (invoiced != null) {
            BigDecimal advance = advanceInvoice(invoices, inst, terms, advancePaid);
            mainInvoices(invoices, Money.normalize(amount).subtract(advance), invoiced, submitted);
        }
        invoices.sort(Comparator.comparing(Invoice::issuedDate));
        payments.sort(Comparator.comparing(Payment::receivedDate));
        StageDates finalStages = allPaid && lastPaid != null ? stages.withActual(Stage.PAID, lastPaid) : stages;
        return new Flow(finalStages, inst, shipments(amount, stages), invoices, payments);
    }

    /**
     * Paid in full is planned for when the last installment falls due (the plan follows the actual
     * trigger dates, so only money really overdue makes it late), at least the usual days after invoicing.
     */
    private static LocalDate plannedPaid(StageDates s, List<Installment> inst, int payDays) {
        LocalDate invoiced = s.actual(Stage.INVOICED) != null ? s.actual(Stage.INVOICED) : s.planned(Stage.INVOICED);
        LocalDate last = invoiced.plusDays(payDays);
        for (Installment i : inst) {
            last = max(last, i.dueDate());
        }
        return last;
    }

    /** When the customer pays an installment, or null while its trigger (or the invoice it needs) is missing. */
    private LocalDate paymentDate(Installment in, LocalDate triggered, Stage trigger, LocalDate invoiced,
            LocalDate submitted, PayHabit habit) {
        if (triggered == null) {
            return null;
        }
        LocalDate date = in.dueDate().plusDays(DemoSchedule.between(r, habit.delayMin(), habit.delayMax()));
        if (trigger.ordinal() >= Stage.ACCEPTED.ordinal()) {
            if (invoiced == null) {
                return null;
            }
            date = max(date, submitted.plusDays(DemoSchedule.between(r, 3, 12)));
            if (habit.cutoffDay() != null && submitted.getDayOfMonth() > habit.cutoffDay()) {
                date = date.plusMonths(1);
            }
        }
        return max(date, triggered);
    }

    private Payment payment(LocalDate date, BigDecimal amount, String note) {
        boolean bill = r.nextDouble() < 0.15;
        String ref = bill ? "电子银承" + DemoNames.digits(r, 12)
                : "B" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + DemoNames.digits(r, 6);
        String notes = bill ? note + "，汇票到期日 " + date.plusMonths(6) : note;
        return new Payment(0, 0L, 0, date, amount, bill ? PaymentMethod.ACCEPTANCE_BILL : PaymentMethod.BANK_TRANSFER,
                ref, notes, 0);
    }

    /** Some customers want an invoice for the advance when they pay it; returns the amount invoiced so. */
    private BigDecimal advanceInvoice(List<Invoice> invoices, List<Installment> inst, DemoTerms terms,
            LocalDate advancePaid) {
        if (terms.lines().get(0).trigger() != Stage.CONTRACT_SIGNED || advancePaid == null || r.nextDouble() >= 0.3) {
            return Money.ZERO;
        }
        LocalDate issued = min(advancePaid.plusDays(DemoSchedule.between(r, 1, 5)), today);
        invoices.add(invoice(issued, inst.get(0).amount(), "预付款发票"));
        return inst.get(0).amount();
    }

    private void mainInvoices(List<Invoice> invoices, BigDecimal amount, LocalDate issued, LocalDate submitted) {
        if (amount.compareTo(Money.of(5_000_000)) > 0) {
            BigDecimal first = amount.divide(BigDecimal.valueOf(200), 0, RoundingMode.DOWN).multiply(BigDecimal.valueOf(100));
            invoices.add(withSubmitted(invoice(issued, Money.normalize(first), null), submitted));
            amount = amount.subtract(first);
        }
        invoices.add(withSubmitted(invoice(issued, amount, null), submitted));
    }

    private Invoice invoice(LocalDate issued, BigDecimal amount, String notes) {
        invoiceNo += 1 + r.nextInt(30);
        double k = r.nextDouble();
        InvoiceKind kind = k < 0.85 ? InvoiceKind.VAT_SPECIAL : k < 0.95 ? InvoiceKind.ELECTRONIC : InvoiceKind.VAT_ORDINARY;
        BigDecimal tax = amount.multiply(TAX).divide(GROSS, 2, RoundingMode.HALF_UP);
        return new Invoice(0, 0, String.format("%08d", invoiceNo), kind, issued, issued, Money.normalize(amount), tax,
                notes, 0);
    }

    private static Invoice withSubmitted(Invoice v, LocalDate submitted) {
        return new Invoice(0, 0, v.invoiceNo(), v.kind(), v.issuedDate(), submitted, v.amount(), v.taxAmount(),
                v.notes(), 0);
    }

    /** One shipment, or two partial ones for a bigger order that arrived over several days. */
    private List<Shipment> shipments(BigDecimal amount, StageDates stages) {
        LocalDate shipped = stages.actual(Stage.SHIPPED);
        if (shipped == null) {
            return List.of();
        }
        LocalDate delivered = stages.actual(Stage.DELIVERED);
        DemoNames.Carrier carrier = DemoNames.CARRIERS.get(r.nextInt(DemoNames.CARRIERS.size()));
        int gap = delivered == null ? 0 : (int) (delivered.toEpochDay() - shipped.toEpochDay());
        if (gap < 3 || amount.compareTo(Money.of(500_000)) < 0 || r.nextDouble() >= 0.25) {
            return List.of(shipment(shipped, delivered, carrier, "整批发货", Money.normalize(amount)));
        }
        BigDecimal first = amount.multiply(BigDecimal.valueOf(60 + r.nextInt(11)))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.DOWN).multiply(BigDecimal.valueOf(100));
        LocalDate secondShipped = shipped.plusDays(1 + r.nextInt(gap - 1));
        LocalDate firstDelivered = shipped.plusDays(1 + r.nextInt(gap));
        return List.of(shipment(shipped, firstDelivered, carrier, "第一批：主机设备", Money.normalize(first)),
                shipment(secondShipped, delivered, carrier, "第二批：辅机及备品备件", amount.subtract(first)));
    }

    private Shipment shipment(LocalDate shipped, LocalDate delivered, DemoNames.Carrier c, String what, BigDecimal amt) {
        return new Shipment(0, 0, shipped, delivered, c.prefix() + DemoNames.digits(r, c.digits()), c.name(), what,
                Money.normalize(amt), null, 0);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
