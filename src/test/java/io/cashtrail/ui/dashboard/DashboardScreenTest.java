package io.cashtrail.ui.dashboard;

import static io.cashtrail.ui.CollectionsFixture.TODAY;
import static io.cashtrail.ui.CollectionsFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.InstallmentStatus;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Action;
import io.cashtrail.service.CollectionsService;
import io.cashtrail.service.ReceivableLine;
import io.cashtrail.ui.CollectionsFixture;
import io.cashtrail.ui.orders.OrdersViewModel;
import io.cashtrail.ui.receivables.DrillDown;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {
    private CollectionsFixture fx;
    private DashboardScreen screen;
    private final List<DrillDown> drills = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Messages.use(Messages.ENGLISH);
        fx = new CollectionsFixture(Files.createTempDirectory("cashtrail-dash").resolve("data"));
        OrdersViewModel orders = new OrdersViewModel(fx.ctx);
        screen = new DashboardScreen(fx.ctx, orders);
        screen.setOnDrillDown(drills::add);
        Scene scene = new Scene((Parent) screen.view(), 1200, 800);
        scene.getStylesheets().add(DashboardScreen.class.getResource("/io/cashtrail/ui/cashtrail.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
        orders.reload();
        screen.onShow();
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    private List<Action> openActions() {
        CollectionsService svc = fx.ws.collections();
        return svc.actions(svc.load(), TODAY, svc.actionSettings()).stream()
                .filter(a -> a.state() == Action.State.OPEN).toList();
    }

    @SuppressWarnings("unchecked")
    private TableView<Action> table(FxRobot robot) {
        return robot.lookup("#today-table").queryAs(TableView.class);
    }

    private List<String> shownKeys(FxRobot robot) {
        return table(robot).getItems().stream().map(Action::key).toList();
    }

    @Test
    void listsTheServicesActionsMostUrgentFirstAndNarrowsToOneSalesperson(FxRobot robot) {
        List<String> expected = openActions().stream().map(Action::key).toList();
        assertThat(expected).hasSizeGreaterThan(2);
        waitUntil(() -> shownKeys(robot).equals(expected));
        assertThat(table(robot).getItems()).extracting(Action::rule).contains(Action.Rule.NOT_INVOICED,
                Action.Rule.PAYMENT_OVERDUE, Action.Rule.SHIPPED_NO_SIGNOFF);

        @SuppressWarnings("unchecked")
        ComboBox<String> owner = robot.lookup("#today-owner").queryAs(ComboBox.class);
        assertThat(owner.getItems()).containsExactly("", "李强", "王芳");
        robot.interact(() -> owner.setValue("李强"));
        waitUntil(() -> !table(robot).getItems().isEmpty()
                && table(robot).getItems().stream().allMatch(a -> a.owner().equals("李强")));
        assertThat(shownKeys(robot)).isEqualTo(expected.stream()
                .filter(k -> openActions().stream().anyMatch(a -> a.key().equals(k) && a.owner().equals("李强")))
                .toList());
        assertThat(fx.ctx.prefs().get(TodayView.OWNER_PREF, "")).as("remembered").isEqualTo("李强");
    }

    @Test
    void aNarrowWindowCutsNeitherTheTitlesNorTheRowButtons(FxRobot robot) {
        waitUntil(() -> !table(robot).getItems().isEmpty());
        io.cashtrail.ui.AppHarness.atWidth(robot, robot.lookup("#today-table").query().getScene().getWindow(), 760,
                () -> narrowTableKeepsTitlesAndButtons(robot));
    }

    private void narrowTableKeepsTitlesAndButtons(FxRobot robot) {
        javafx.scene.Node buttons = robot.lookup(".today-open-button").nth(0).query().getParent();
        waitUntil(() -> {
            javafx.scene.control.TableColumn<Action, ?> column = table(robot).getColumns().get(3);
            return column.getWidth() >= ((javafx.scene.layout.Region) buttons).prefWidth(-1);
        });
        assertThat(robot.lookup("#today-table .column-header .label .text").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).noneMatch(t -> t.endsWith("…") || t.endsWith("..."));
    }

    @Test
    void snoozeHidesTheActionUntilTheChosenDate(FxRobot robot) {
        waitUntil(() -> !table(robot).getItems().isEmpty());
        Action first = table(robot).getItems().get(0);
        robot.clickOn(robot.lookup(".today-snooze-button").nth(0).queryButton());
        robot.clickOn("#today-snooze-ok");
        waitUntil(() -> !shownKeys(robot).contains(first.key()) && !table(robot).getItems().isEmpty());
        CollectionsService svc = fx.ws.collections();
        Action after = svc.actions(svc.load(), TODAY, svc.actionSettings()).stream()
                .filter(a -> a.key().equals(first.key())).findFirst().orElseThrow();
        assertThat(after.state()).isEqualTo(Action.State.SNOOZED);
        assertThat(after.snoozedUntil()).isEqualTo(TODAY.plusDays(3));
        Action again = svc.actions(svc.load(), TODAY.plusDays(3), svc.actionSettings()).stream()
                .filter(a -> a.key().equals(first.key())).findFirst().orElseThrow();
        assertThat(again.state()).as("back on the snooze date").isEqualTo(Action.State.OPEN);

        robot.clickOn("#today-show-closed");
        waitUntil(() -> shownKeys(robot).contains(first.key()));
    }

    @Test
    void doneHidesTheActionAndKeepsTheNoteInTheOrdersHistory(FxRobot robot) {
        waitUntil(() -> !table(robot).getItems().isEmpty());
        Action first = table(robot).getItems().get(0);
        robot.clickOn(robot.lookup(".today-done-button").nth(0).queryButton());
        robot.clickOn("#today-done-note").write("called Mr Zhang");
        robot.clickOn("#today-done-ok");
        waitUntil(() -> !shownKeys(robot).contains(first.key()) && !table(robot).getItems().isEmpty());
        assertThat(fx.ws.orders().detail(first.orderId()).history())
                .anySatisfy(h -> assertThat(h.newValue()).isEqualTo("called Mr Zhang"));
    }

    @Test
    void figuresMatchTheServiceAndClicksAskForTheRowsBehindThem(FxRobot robot) {
        CollectionsService svc = fx.ws.collections();
        List<ReceivableLine> lines = svc.lines(svc.load(), TODAY);
        BigDecimal overdue = lines.stream().filter(l -> l.status() == InstallmentStatus.OVERDUE)
                .map(ReceivableLine::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal open = lines.stream().map(ReceivableLine::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
        waitUntil(() -> robot.lookup("#dashboard-overdue").queryAs(Label.class).getText()
                .equals(Formats.money(overdue)));
        assertThat(robot.lookup("#dashboard-outstanding").queryAs(Label.class).getText())
                .isEqualTo(Formats.money(open));
        assertThat(robot.lookup("#dashboard-digest").queryAs(Label.class).getText())
                .isEqualTo(TodayDigest.text(openActions(), TODAY));

        robot.clickOn("#dashboard-overdue");
        assertThat(drills).containsExactly(DrillDown.of(DrillDown.Kind.OVERDUE));
        waitUntil(() -> robot.lookup("#dashboard-late-delivered").tryQuery().isPresent());
        robot.clickOn("#dashboard-late-delivered");
        assertThat(drills).last().isEqualTo(new DrillDown(DrillDown.Kind.LATE_STAGE, "DELIVERED"));

        waitUntil(() -> !table(robot).getItems().isEmpty());
        robot.clickOn(robot.lookup(".today-open-button").nth(0).queryButton());
        assertThat(fx.opened).containsExactly(table(robot).getItems().get(0).orderId());
    }

    @Test
    void chartsShowTheReportsAndAClickOnABarAsksForItsRows(FxRobot robot) {
        BarsChart aging = robot.lookup("#dashboard-aging-chart").queryAs(BarsChart.class);
        BarsChart forecast = robot.lookup("#dashboard-forecast-chart").queryAs(BarsChart.class);
        waitUntil(() -> !aging.bars().isEmpty() && !forecast.bars().isEmpty());
        CollectionsService svc = fx.ws.collections();
        var snap = svc.load();
        var report = svc.aging(snap, TODAY, io.cashtrail.service.AgingReport.Basis.DUE, snap.agingBuckets(),
                io.cashtrail.service.ForecastReport.GroupBy.CUSTOMER);
        assertThat(aging.bars()).extracting(BarsChart.Bar::value)
                .containsExactlyElementsOf(report.buckets().stream().map(report.totals()::get).toList());
        assertThat(aging.bars().get(0).late()).isFalse(); // not yet due
        assertThat(aging.bars().subList(1, aging.bars().size())).allMatch(BarsChart.Bar::late);
        assertThat(forecast.bars().get(0).late()).isTrue(); // overdue first, in red
        assertThat(forecast.bars()).hasSize(13);
        assertThat(forecast.title()).startsWith("Expected cash, ");

        int bucket = 1;
        var b = aging.barBounds(bucket);
        var onScreen = aging.localToScreen(b.getCenterX(), b.getMinY() + b.getHeight() / 2 - 2);
        robot.moveTo(onScreen).moveBy(1, 0);
        waitUntil(() -> aging.tipShown() != null);
        assertThat(aging.tipShown()).isEqualTo(aging.bars().get(bucket).label() + ": "
                + Formats.money(aging.bars().get(bucket).value()));
        robot.clickOn(onScreen);
        assertThat(drills).containsExactly(new DrillDown(DrillDown.Kind.AGING_BUCKET,
                report.buckets().get(bucket).key()));

        var first = forecast.barBounds(0);
        robot.clickOn(forecast.localToScreen(first.getCenterX(), first.getMaxY() - 1));
        assertThat(drills).last().isEqualTo(new DrillDown(DrillDown.Kind.FORECAST_MONTH, "overdue"));
    }
}
