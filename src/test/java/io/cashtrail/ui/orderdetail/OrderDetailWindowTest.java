package io.cashtrail.ui.orderdetail;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Payment;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDates;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.OrderDetail;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class OrderDetailWindowTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    Workspace ws;
    UiContext ctx;
    javafx.stage.Stage owner;
    Contract contract;
    Order order;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.use(Messages.ENGLISH);
        ZoneId zone = ZoneId.systemDefault();
        ws = Workspace.open(dir.resolve("data"), Clock.fixed(TODAY.atStartOfDay(zone).toInstant(), zone));
        ctx = io.cashtrail.ui.TestUi.context(ws, io.cashtrail.ui.TestUi.noNavigation(), dir);
        Customer customer = ws.customers().save(Customer.named("华东重工机械有限公司"));
        contract = ws.customers().save(Contract.of("HT-2026-001", customer.id(), LocalDate.of(2026, 10, 8),
                Money.of(1_200_000), "张伟"));
        order = ws.orders().save(Order.of(contract.id(), "DD-01", Money.of(800_000), "张伟")
                .withStages(StageDates.NONE.withPlanned(Stage.SHIPPED, LocalDate.of(2026, 11, 30))));
        owner = stage;
        stage.setScene(new Scene(new Label("main window"), 300, 200));
        stage.show();
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != owner)
                .forEach(Window::hide));
        FxToolkit.cleanupStages();
        ctx.work().shutdown();
        ws.close();
    }

    private void openOrder(FxRobot robot) {
        robot.interact(() -> OrderDetailWindow.open(ctx, owner, order.id()));
        waitUntil(() -> "DD-01".equals(text(robot, "#order-orderNo")));
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        var node = robot.lookup(query).tryQuery();
        if (node.isEmpty()) {
            return null;
        }
        return node.get() instanceof TextInputControl t ? t.getText() : ((Label) node.get()).getText();
    }

    private static void typeDate(FxRobot robot, String pickerId, String text) {
        DatePicker p = robot.lookup(pickerId).queryAs(DatePicker.class);
        robot.interact(() -> p.getEditor().setText(text));
    }

    /** Opens the order, types dates into pickers ("#id", "date", …) and presses Save. */
    private void saveWithDates(FxRobot robot, String... pickerAndDate) {
        openOrder(robot);
        for (int i = 0; i < pickerAndDate.length; i += 2) {
            typeDate(robot, pickerAndDate[i], pickerAndDate[i + 1]);
        }
        robot.clickOn("#order-save");
    }

    private OrderDetail stored() {
        return ws.orders().detail(order.id());
    }

    @Test
    void savesTypedStageDatesWithHistory(FxRobot robot) {
        openOrder(robot);
        robot.clickOn(robot.lookup("#order-actual-shipped").queryAs(DatePicker.class).getEditor()).write("2026-11-20");
        typeDate(robot, "#order-planned-accepted", "2026/12/15");
        robot.clickOn("#order-save");

        waitUntil(() -> stored().order().version() == 1);
        OrderDetail d = stored();
        assertThat(d.order().stages().actual(Stage.SHIPPED)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(d.order().stages().planned(Stage.ACCEPTED)).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(d.history()).anyMatch(e -> e.field().equals("actual.shipped") && "2026-11-20".equals(e.newValue()));
        TableView<?> history = robot.lookup("#order-history-table").queryAs(TableView.class);
        waitUntil(() -> history.getItems().stream().map(r -> ((RowTable.Row<?>) r).values()[2])
                .anyMatch("Actual Shipped"::equals));
    }

    @Test
    void actualDateInTheFutureIsShownBesideItAndNothingIsSaved(FxRobot robot) {
        saveWithDates(robot, "#order-actual-shipped", Formats.date(TODAY.plusDays(10)));

        assertThat(text(robot, "#order-stage-msg-shipped")).contains(Messages.get("validation.actualInFuture"));
        assertThat(robot.lookup("#order-actual-shipped").query().getStyleClass()).contains("invalid");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().order().version()).isZero();
        assertThat(stored().order().stages().actual(Stage.SHIPPED)).isNull();
    }

    @Test
    void finishBeforeStartBlocksSaving(FxRobot robot) {
        saveWithDates(robot, "#order-planned-production_start", "2026-12-10",
                "#order-planned-production_finish", "2026-12-01");

        assertThat(text(robot, "#order-stage-msg-production_finish"))
                .contains(Messages.get("validation.finishBeforeStart"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().order().version()).isZero();
    }

    @Test
    void outOfOrderActualDateSavesWithAWarning(FxRobot robot) {
        saveWithDates(robot, "#order-actual-production_finish", "2026-11-20", "#order-actual-shipped", "2026-11-10");

        waitUntil(() -> stored().order().version() == 1);
        assertThat(stored().order().stages().actual(Stage.SHIPPED)).isEqualTo(LocalDate.of(2026, 11, 10));
        waitUntil(() -> text(robot, "#order-stage-msg-shipped").contains("Earlier than the previous stage"));
        assertThat(robot.lookup("#order-stage-msg-shipped").query().getStyleClass()).contains("warning");
    }

    @Test
    void paymentAddedThroughTheDialogUpdatesReceivedAndOutstanding(FxRobot robot) {
        openOrder(robot);
        assertThat(text(robot, "#order-received")).isEqualTo("¥0.00");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "order-payments-tab".equals(t.getId())).findFirst().orElseThrow()));
        robot.clickOn("#order-payments-add");
        robot.clickOn("#order-dialog-ok");
        assertThat(robot.lookup(".field-message").match(n -> n.isVisible()
                && Messages.get("validation.required").equals(((Label) n).getText())).tryQuery()).isPresent();
        assertThat(robot.lookup("#order-payment-amount").query().getStyleClass()).contains("invalid");

        typeDate(robot, "#order-payment-receivedDate", "2026-11-25");
        robot.clickOn("#order-payment-amount").write("300,000");
        robot.clickOn("#order-dialog-ok");

        waitUntil(() -> "¥300,000.00".equals(text(robot, "#order-received")));
        assertThat(text(robot, "#order-outstanding")).isEqualTo("¥500,000.00");
        Payment p = stored().payments().get(0);
        assertThat(p.customerId()).isEqualTo(contract.customerId());
        assertThat(p.amount()).isEqualByComparingTo("300000");
    }

    @Test
    void atTheLargestFontSizeTheDialogShowsItsWholeForm(FxRobot robot) {
        io.cashtrail.ui.AppHarness.atLargestFont(robot, ctx.prefs(), () -> {
            openOrder(robot);
            TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
            robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "order-payments-tab".equals(t.getId())).findFirst().orElseThrow()));
            robot.clickOn("#order-payments-add");
            javafx.scene.control.ScrollPane scroll = robot.lookup(".dialog-pane .scroll-pane")
                    .queryAs(javafx.scene.control.ScrollPane.class);
            waitUntil(() -> scroll.getViewportBounds().getHeight() > 0);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(scroll.getViewportBounds().getHeight()).as("no scrolling for six fields")
                    .isGreaterThanOrEqualTo(((javafx.scene.layout.Region) scroll.getContent()).getHeight() - 1);
            robot.clickOn("#order-dialog-cancel");
        });
    }

    @Test
    void staleSaveIsRefusedAndKeepsTheOtherChange(FxRobot robot) {
        openOrder(robot);
        ws.orders().save(stored().order().withNotes("changed on the command line"));
        robot.interact(() -> robot.lookup("#order-notes").queryAs(TextInputControl.class).setText("mine"));
        robot.clickOn("#order-save");

        waitUntil(() -> robot.lookup("#order-stale-alert").tryQuery().isPresent());
        DialogPane alert = robot.lookup("#order-stale-alert").queryAs(DialogPane.class);
        assertThat(((Label) alert.getContent()).getText()).isEqualTo(Messages.get("error.stale"));
        robot.clickOn(Messages.get("common.cancel"));
        assertThat(stored().order().notes()).isEqualTo("changed on the command line");
        assertThat(text(robot, "#order-notes")).isEqualTo("mine");
    }

    @Test
    void openNewSavesANewOrderOfTheContract(FxRobot robot) {
        robot.interact(() -> OrderDetailWindow.openNew(ctx, owner, contract.id()));
        waitUntil(() -> "HT-2026-001-2".equals(text(robot, "#order-orderNo")));
        assertThat(text(robot, "#order-amount")).isEqualTo("400,000.00");
        assertThat(ws.orders().forContract(contract.id())).hasSize(1);
        robot.interact(() -> robot.lookup("#order-description").queryAs(TextInputControl.class).setText("第二批"));
        robot.clickOn("#order-save");

        waitUntil(() -> ws.orders().forContract(contract.id()).size() == 2);
        Order created = ws.orders().forContract(contract.id()).get(1);
        assertThat(created.description()).isEqualTo("第二批");
        assertThat(created.stages().actual(Stage.CONTRACT_SIGNED)).isEqualTo(contract.signedDate());
        waitUntil(() -> !robot.lookup("#order-delete").query().isDisabled());
    }

    @Test
    void openingAnOpenOrderAgainReusesItsWindow(FxRobot robot) {
        openOrder(robot);
        int windows = Window.getWindows().size();
        robot.interact(() -> OrderDetailWindow.open(ctx, owner, order.id()));
        assertThat(Window.getWindows()).hasSize(windows);
    }

    @Test
    void deleteListsDependentsAndAsksAgain(FxRobot robot) {
        ws.orders().save(Payment.of(order.id(), contract.customerId(), LocalDate.of(2026, 11, 1), Money.of(1000)));
        openOrder(robot);
        robot.clickOn("#order-delete");
        robot.clickOn(Messages.get("common.yes"));
        waitUntil(() -> robot.lookup(l -> l instanceof Label lb && lb.getText() != null
                && lb.getText().contains(Messages.get("entity.payment", 1))).tryQuery().isPresent());
        robot.clickOn(Messages.get("common.yes"));

        waitUntil(() -> ws.orders().forContract(contract.id()).isEmpty());
        waitUntil(() -> robot.lookup("#order-save").tryQuery().isEmpty());
        assertThat(List.copyOf(Window.getWindows())).hasSize(1);
    }


    @Test
    void appliesAPaymentTermsTemplateReplacingThePlan(FxRobot robot) {
        ws.orders().save(io.cashtrail.domain.Installment.of(order.id(), 1, "旧计划", Money.of(800_000), null));
        openOrder(robot);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "order-installments-tab".equals(t.getId())).findFirst().orElseThrow()));
        robot.clickOn("#order-installments-template");
        waitUntil(() -> robot.lookup("#order-template-choice").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<io.cashtrail.domain.PaymentTerms> choice = robot.lookup("#order-template-choice")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> choice.getSelectionModel().select(0));
        assertThat(robot.lookup("#order-template-preview").queryAs(TableView.class).getItems()).hasSize(3);
        robot.clickOn("#order-template-ok");
        waitUntil(() -> ws.orders().detail(order.id()).installments().size() == 3);
        assertThat(ws.orders().detail(order.id()).installments()).extracting(io.cashtrail.domain.Installment::label)
                .containsExactly("预付款", "验收款", "质保金");
        assertThat(ws.orders().detail(order.id()).installments().stream().map(io.cashtrail.domain.Installment::amount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo("800000");
    }

    @Test
    void allocatesAPaymentByHandToALaterInstallment(FxRobot robot) {
        var a = ws.orders().save(io.cashtrail.domain.Installment.of(order.id(), 1, "预付款", Money.of(300_000),
                LocalDate.of(2026, 10, 1)));
        var b = ws.orders().save(io.cashtrail.domain.Installment.of(order.id(), 2, "发货款", Money.of(500_000),
                LocalDate.of(2026, 12, 1)));
        ws.orders().save(io.cashtrail.domain.Payment.of(order.id(), contract.customerId(), LocalDate.of(2026, 11, 20),
                Money.of(300_000)));
        openOrder(robot);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "order-payments-tab".equals(t.getId())).findFirst().orElseThrow()));
        TableView<?> payments = robot.lookup("#order-payments-table").queryAs(TableView.class);
        waitUntil(() -> payments.getItems().size() == 1);
        robot.interact(() -> payments.getSelectionModel().select(0));
        robot.clickOn("#order-payments-allocate");
        waitUntil(() -> robot.lookup("#order-allocate-" + b.id()).tryQuery().isPresent());
        robot.clickOn("#order-allocate-" + b.id()).write("300,000");
        robot.clickOn("#order-allocate-save");
        waitUntil(() -> ws.paymentPlans().manualAllocations().size() == 1);
        var snap = ws.collections().customerSnapshot(contract.customerId());
        var lines = ws.collections().lines(snap, TODAY);
        assertThat(lines).filteredOn(l -> l.installment().id() == b.id()).singleElement()
                .satisfies(l -> assertThat(l.allocated()).isEqualByComparingTo("300000"));
        assertThat(lines).filteredOn(l -> l.installment().id() == a.id()).singleElement()
                .satisfies(l -> assertThat(l.allocated()).isEqualByComparingTo("0"));
    }
}
