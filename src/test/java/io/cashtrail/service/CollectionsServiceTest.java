package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Aging;
import io.cashtrail.domain.AgingBucket;
import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.InstallmentStatus;
import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Payment;
import io.cashtrail.domain.PaymentRule;
import io.cashtrail.domain.PaymentTerms;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDate;
import io.cashtrail.domain.StageDates;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionsServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    @TempDir
    Path dir;
    private Workspace ws;
    private Order order;

    @BeforeEach
    void setUp() {
        ws = Workspace.open(dir);
        Customer cu = ws.customers().save(Customer.named("国网浙江").withInvoiceCutoffDay(25)
                .withPaymentRule(PaymentRule.endOfMonthPlus(30)));
        Contract c = ws.customers().save(Contract.of("HT-9", cu.id(), LocalDate.of(2026, 3, 1),
                new BigDecimal("1000000.01"), "王芳"));
        StageDates s = StageDates.NONE.with(Stage.CONTRACT_SIGNED, new StageDate(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 1)))
                .with(Stage.DELIVERED, new StageDate(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 5)))
                .with(Stage.ACCEPTED, new StageDate(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 10)));
        order = ws.orders().save(Order.of(c.id(), "HT-9-01", new BigDecimal("1000000.01"), "王芳").withStages(s));
        for (Installment i : PaymentTerms.threeSixOne().installments(order.id(), order.amount(), s)) {
            ws.orders().save(i);
        }
        ws.orders().save(Payment.of(order.id(), cu.id(), LocalDate.of(2026, 3, 20), new BigDecimal("300000.00")));
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    @Test
    void receivablesAgingAndActionsOfOneOrder() {
        CollectionsService svc = ws.collections();
        CollectionsSnapshot snap = svc.load();
        List<ReceivableLine> lines = svc.lines(snap, TODAY);
        assertThat(lines).extracting(ReceivableLine::status).containsExactly(InstallmentStatus.PAID,
                InstallmentStatus.OVERDUE, InstallmentStatus.DUE);
        assertThat(lines.get(1).outstanding()).isEqualByComparingTo("600000.01");

        AgingReport aging = svc.aging(snap, TODAY, AgingReport.Basis.DUE, Aging.defaultBuckets(),
                ForecastReport.GroupBy.CUSTOMER);
        assertThat(aging.total()).isEqualByComparingTo("700000.01");
        assertThat(aging.totals().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(aging.total());
        AgingBucket b31to60 = aging.buckets().get(2);
        assertThat(aging.totals().get(b31to60)).as("due 2026-10-10, 48 days before").isEqualByComparingTo("600000.01");

        AgingReport past = svc.aging(snap, LocalDate.of(2026, 3, 10), AgingReport.Basis.DUE, Aging.defaultBuckets(),
                ForecastReport.GroupBy.CUSTOMER);
        assertThat(past.total()).as("before the advance was paid and before acceptance").isEqualByComparingTo("300000.00");

        List<Action> actions = svc.actions(snap, TODAY, ActionSettings.DEFAULTS);
        assertThat(actions).extracting(Action::rule).contains(Action.Rule.NOT_INVOICED, Action.Rule.PAYMENT_OVERDUE);
        Action notInvoiced = actions.stream().filter(a -> a.rule() == Action.Rule.NOT_INVOICED).findFirst().orElseThrow();
        assertThat(notInvoiced.dueDate()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(notInvoiced.money()).isEqualByComparingTo("700000.01");
    }

    @Test
    void forecastPutsOverdueApartAndInvoiceNeedingMoneyAfterTheCutoffAndRule() {
        ws.orders().save(Invoice.of(order.id(), "00001234", LocalDate.of(2026, 11, 26), new BigDecimal("700000.01")));
        CollectionsService svc = ws.collections();
        ForecastReport f = svc.forecast(svc.load(), TODAY, 12, ForecastReport.GroupBy.OWNER);
        assertThat(f.months().get(0)).isEqualTo(YearMonth.of(2026, 11));
        ForecastReport.Row row = f.rows().get(0);
        assertThat(row.group()).isEqualTo("王芳");
        assertThat(row.overdue()).isEqualByComparingTo("600000.01");
        int oct2027 = f.months().indexOf(YearMonth.of(2027, 10));
        assertThat(row.perMonth().get(oct2027)).as("retention: due a year after acceptance (2026-10-10), invoiced"
                + " already, not paid before its due date").isEqualByComparingTo("100000.00");
        assertThat(row.total()).isEqualByComparingTo("700000.01");
        assertThat(f.total().total()).isEqualByComparingTo(row.total());
    }

    @Test
    void expectedInvoiceBookingPaymentAndWhatSlipsIfTheCutoffIsMissed() {
        Installment due = ws.orders().save(new Installment(0, order.id(), 4, "到货款", null, Money.of(50_000), "delivered",
                83, null, null, 0, true, false));
        Installment retention = ws.orders().detail(order.id()).installments().get(2);
        CollectionsService svc = ws.collections();
        var ex = svc.expectations(svc.load(), TODAY);
        var e = ex.get(due.id());
        assertThat(due.dueDate()).isEqualTo(TODAY);
        assertThat(e.invoice()).isEqualTo(TODAY);
        assertThat(e.accepted()).as("27th is after the cut-off on the 25th").isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(e.payment()).as("end of December + 30").isEqualTo(LocalDate.of(2027, 1, 30));
        assertThat(e.slip().deadline()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(e.slip().amount()).isEqualByComparingTo("50000");
        assertThat(e.slip().from()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(ex.get(retention.id()).payment()).isEqualTo(LocalDate.of(2027, 11, 30));
        assertThat(ex.get(retention.id()).slip()).as("nothing to invoice yet").isNull();
    }

    @Test
    void invoicedUnbilledAndShippedButNotReceivablePerOrder() {
        ws.orders().save(Invoice.of(order.id(), "00001234", LocalDate.of(2026, 11, 26), new BigDecimal("700000.01")));
        CollectionsService svc = ws.collections();
        CollectionsSnapshot snap = svc.load();
        var f = svc.orderFigures(snap, TODAY, svc.lines(snap, TODAY)).get(order.id());
        assertThat(f.invoiced()).isEqualByComparingTo("700000.01");
        assertThat(f.unbilled()).as("all three installments are due by contract").isEqualByComparingTo("300000.00");
        assertThat(f.shippedNotReceivable()).isEqualByComparingTo("0");
        var before = svc.orderFigures(snap, LocalDate.of(2026, 11, 1), svc.lines(snap, LocalDate.of(2026, 11, 1)))
                .get(order.id());
        assertThat(before.invoiced()).as("the invoice came later").isEqualByComparingTo("0");
        Invoice credit = new Invoice(0, order.id(), "红冲-1", io.cashtrail.domain.InvoiceKind.CREDIT_NOTE,
                LocalDate.of(2026, 11, 27), null, new BigDecimal("-100000.00"), null, null, 0);
        ws.orders().save(credit);
        CollectionsSnapshot again = svc.load();
        assertThat(svc.orderFigures(again, TODAY, svc.lines(again, TODAY)).get(order.id()).invoiced())
                .as("a credit note reduces what was invoiced").isEqualByComparingTo("600000.01");
    }

    @Test
    void snoozedAndDoneActionsAreRememberedAndDoneIsInTheOrderHistory() {
        CollectionsService svc = ws.collections();
        List<Action> actions = svc.actions(svc.load(), TODAY, ActionSettings.DEFAULTS);
        svc.markSeen(actions, TODAY.minusDays(10));
        Action first = actions.get(0);
        svc.done(first, "已电话催款", TODAY);
        Action second = actions.get(1);
        svc.snooze(second, TODAY.plusDays(3), TODAY);
        List<Action> again = svc.actions(svc.load(), TODAY, ActionSettings.DEFAULTS);
        assertThat(again).filteredOn(a -> a.key().equals(first.key())).extracting(Action::state)
                .containsExactly(Action.State.DONE);
        assertThat(again).filteredOn(a -> a.key().equals(second.key())).extracting(Action::state)
                .containsExactly(Action.State.SNOOZED);
        assertThat(again).filteredOn(a -> a.state() == Action.State.OPEN).allMatch(Action::flagged);
        assertThat(ws.orders().detail(order.id()).history()).anySatisfy(h -> assertThat(h.newValue())
                .isEqualTo("已电话催款"));
    }

    @Test
    void agingAndForecastAddUpToTheCentOverRandomPlansPaymentsAndCreditNotes() {
        for (long seed = 1; seed <= 3; seed++) {
            try (Workspace demo = Workspace.open(dir.resolve("demo" + seed))) {
                demo.loadDemoData(seed);
                java.util.Random rnd = new java.util.Random(seed);
                var orders = demo.orders().summaries();
                for (int k = 0; k < 15; k++) {
                    var o = orders.get(rnd.nextInt(orders.size()));
                    demo.orders().save(new Invoice(0, o.orderId(), "红冲" + k, io.cashtrail.domain.InvoiceKind.CREDIT_NOTE,
                            TODAY.minusDays(rnd.nextInt(400)), null,
                            BigDecimal.valueOf(-(1 + rnd.nextInt(5_000_000)), 2), null, null, 0));
                    demo.orders().save(Payment.of(o.orderId(), o.customerId(), TODAY.minusDays(rnd.nextInt(400)),
                            BigDecimal.valueOf(1 + rnd.nextInt(90_000_000), 2)));
                }
                CollectionsService svc = demo.collections();
                CollectionsSnapshot snap = svc.load();
                for (LocalDate asOf : List.of(TODAY, TODAY.minusDays(rnd.nextInt(700)))) {
                    BigDecimal open = svc.lines(snap, asOf).stream().map(ReceivableLine::outstanding)
                            .reduce(Money.ZERO, BigDecimal::add);
                    ForecastReport f = svc.forecast(snap, asOf, 12, ForecastReport.GroupBy.CUSTOMER);
                    assertThat(f.total().total()).isEqualByComparingTo(open);
                    assertThat(f.rows().stream().map(ForecastReport.Row::total).reduce(BigDecimal.ZERO, BigDecimal::add))
                            .isEqualByComparingTo(open);
                    for (AgingReport.Basis basis : AgingReport.Basis.values()) {
                        for (List<AgingBucket> buckets : List.of(Aging.defaultBuckets(), Aging.yearlyBuckets())) {
                            AgingReport a = svc.aging(snap, asOf, basis, buckets, ForecastReport.GroupBy.OWNER);
                            assertThat(a.totals().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                                    .isEqualByComparingTo(a.total());
                            assertThat(a.byGroup().values().stream().flatMap(m -> m.values().stream())
                                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(a.total());
                        }
                    }
                    BigDecimal triggered = svc.lines(snap, asOf).stream().filter(ReceivableLine::triggered)
                            .map(ReceivableLine::outstanding).reduce(Money.ZERO, BigDecimal::add);
                    assertThat(svc.aging(snap, asOf, AgingReport.Basis.DUE, Aging.defaultBuckets(),
                            ForecastReport.GroupBy.CUSTOMER).total()).isEqualByComparingTo(triggered);
                }
            }
        }
    }
}
