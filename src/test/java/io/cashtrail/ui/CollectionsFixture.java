package io.cashtrail.ui;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Payment;
import io.cashtrail.domain.PaymentRule;
import io.cashtrail.domain.PaymentTerms;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDate;
import io.cashtrail.domain.StageDates;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.common.UiContext;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two salespeople's orders made through the services, on a fixed "today": 王芳's accepted order with
 * an overdue payment and no invoice, 李强's order shipped three weeks ago without a sign-off.
 */
public final class CollectionsFixture {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    public final Workspace ws;
    public final UiContext ctx;
    public final List<Long> opened = new ArrayList<>();
    public Order wang;
    public Order li;

    public CollectionsFixture(Path dir) {
        ws = Workspace.open(dir, Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
        ctx = io.cashtrail.ui.TestUi.context(ws, io.cashtrail.ui.TestUi.navigator(opened::add), dir);
        Customer grid = ws.customers().save(Customer.named("国网浙江").withInvoiceCutoffDay(25)
                .withPaymentRule(PaymentRule.endOfMonthPlus(30)));
        StageDates accepted = StageDates.NONE.with(Stage.CONTRACT_SIGNED, on(2026, 3, 1))
                .with(Stage.DELIVERED, new StageDate(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 5)))
                .with(Stage.ACCEPTED, new StageDate(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 10)));
        wang = order(grid, "HT-9", "HT-9-01", "1000000.01", "王芳", accepted);
        ws.orders().save(Payment.of(wang.id(), grid.id(), LocalDate.of(2026, 3, 20), new BigDecimal("300000.00")));
        Customer steel = ws.customers().save(Customer.named("宝钢股份"));
        StageDates shipped = StageDates.NONE.with(Stage.CONTRACT_SIGNED, on(2026, 6, 1))
                .with(Stage.PRODUCTION_FINISH, on(2026, 10, 20)).with(Stage.SHIPPED, on(2026, 11, 5))
                .withPlanned(Stage.DELIVERED, LocalDate.of(2026, 11, 15));
        li = order(steel, "HT-20", "HT-20-01", "500000.00", "李强", shipped);
    }

    private static StageDate on(int y, int m, int d) {
        LocalDate date = LocalDate.of(y, m, d);
        return new StageDate(date, date);
    }

    private Order order(Customer cu, String contractNo, String orderNo, String amount, String owner, StageDates s) {
        Contract c = ws.customers().save(Contract.of(contractNo, cu.id(), s.actual(Stage.CONTRACT_SIGNED),
                new BigDecimal(amount), owner));
        Order o = ws.orders().save(Order.of(c.id(), orderNo, new BigDecimal(amount), owner).withStages(s));
        for (Installment i : PaymentTerms.threeSixOne().installments(o.id(), o.amount(), s)) {
            ws.orders().save(i);
        }
        return o;
    }

    public void close() throws Exception {
        waitUntil(() -> !ctx.work().busyProperty().get());
        ctx.work().shutdown();
        ws.close();
        ctx.prefs().removeNode();
    }

    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
