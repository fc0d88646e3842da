package io.cashtrail.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Phase;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDate;
import io.cashtrail.domain.StageDates;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.OrderDetail;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.common.UiContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline as a user drives it, on a workspace filled through the services: scroll, zoom,
 * hover, double-click to open, drag the end of a planned bar to replan (with the confirmation of
 * the money that moves), then undo.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineScreenTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private Path dir;
    private Workspace ws;
    private UiContext ctx;
    private TimelineScreen screen;
    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private long orderId;
    private long acceptanceId;
    private long retentionId;
    private long advanceId;

    @Start
    void start(javafx.stage.Stage stage) throws IOException {
        Messages.use(Messages.ENGLISH);
        dir = Files.createTempDirectory("cashtrail-timeline-test");
        ZoneId zone = ZoneId.systemDefault();
        ws = Workspace.open(dir.resolve("data"), Clock.fixed(TODAY.atTime(12, 0).atZone(zone).toInstant(), zone));
        seed();
        ctx = io.cashtrail.ui.TestUi.context(ws, io.cashtrail.ui.TestUi.navigator(opened::add), dir);
        screen = new TimelineScreen(ctx);
        Scene scene = new Scene((javafx.scene.Parent) screen.view(), 1260, 740);
        scene.getStylesheets().add(TimelineScreen.class.getResource("/io/cashtrail/ui/cashtrail.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        screen.onShow();
    }

    /** One customer with a cut-off day, one contract, the order under test and 30 others to scroll through. */
    private void seed() {
        Customer c = ws.customers().save(Customer.named("华东电力设备有限公司").withInvoiceCutoffDay(25));
        Contract k = ws.customers().save(Contract.of("HT-2026-001", c.id(), LocalDate.of(2026, 5, 1),
                Money.of(1_000_000), "张伟"));
        EnumMap<Stage, StageDate> m = new EnumMap<>(Stage.class);
        m.put(Stage.CONTRACT_SIGNED, new StageDate(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1)));
        m.put(Stage.PRODUCTION_START, new StageDate(LocalDate.of(2026, 7, 1), null));
        m.put(Stage.PRODUCTION_FINISH, new StageDate(LocalDate.of(2026, 7, 20), null));
        m.put(Stage.SHIPPED, new StageDate(LocalDate.of(2026, 7, 25), null));
        m.put(Stage.DELIVERED, new StageDate(LocalDate.of(2026, 7, 30), null));
        m.put(Stage.ACCEPTED, new StageDate(LocalDate.of(2026, 8, 20), null));
        m.put(Stage.INVOICED, new StageDate(LocalDate.of(2026, 8, 22), null));
        m.put(Stage.PAID, new StageDate(LocalDate.of(2026, 9, 30), null));
        Order o = ws.orders().save(Order.of(k.id(), "HT-2026-001-01", Money.of(1_000_000), "张伟")
                .withStages(StageDates.of(m)));
        orderId = o.id();
        advanceId = installment(1, "Advance", 300_000, "contract_signed", 0, LocalDate.of(2026, 5, 1));
        acceptanceId = installment(2, "Acceptance", 600_000, "accepted", 10, LocalDate.of(2026, 8, 30));
        retentionId = installment(3, "Retention", 100_000, "accepted", 365, LocalDate.of(2027, 8, 20));
        for (int i = 0; i < 30; i++) {
            EnumMap<Stage, StageDate> s = new EnumMap<>(Stage.class);
            s.put(Stage.PRODUCTION_START, new StageDate(LocalDate.of(2026, 1, 1).plusDays(i), null));
            s.put(Stage.PRODUCTION_FINISH, new StageDate(LocalDate.of(2026, 2, 1).plusDays(i), null));
            ws.orders().save(Order.of(k.id(), String.format("HT-2026-001-%02d", i + 2), Money.of(1000), "王芳")
                    .withStages(StageDates.of(s)));
        }
    }

    private long installment(int seq, String label, long amount, String trigger, int offset, LocalDate due) {
        return ws.orders().save(new Installment(0, orderId, seq, label, null, Money.of(amount), trigger, offset, due,
                null, 0)).id();
    }

    @AfterEach
    void close() throws Exception {
        waitUntil(() -> !ctx.work().busyProperty().get());
        ctx.work().shutdown();
        ws.close();
        ctx.prefs().removeNode();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private TimelineView view() {
        return screen.timeline();
    }

    private void loaded() {
        waitUntil(() -> screen.model().orderCount() == 31 && !ctx.work().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows July 2026 at 10 px per day with the order under test in the first row. */
    private void focusOnOrder() {
        WaitForAsyncUtils.asyncFx(() -> {
            screen.model().setSortBy(TimelineModel.SortBy.AMOUNT);
            view().rowsChanged();
            view().geometry().setPxPerDay(10);
            view().geometry().scrollTo(LocalDate.of(2026, 6, 20), 0);
            view().geometry().setScrollY(0);
            view().redraw();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.model().indexOf(orderId)).isZero();
    }

    /** Screen point of a canvas point. */
    private Point2D screen(double x, double y) {
        return view().canvas().localToScreen(x, y);
    }

    private double row0(double dy) {
        return view().geometry().rowTop(0) + dy;
    }

    @Test
    void scrollsZoomsHoversAndOpensAnOrderByDoubleClick(FxRobot robot) {
        loaded();
        TimelineGeometry g = view().geometry();
        // vertical wheel scroll
        // (Monocle sends tiny wheel deltas of inverted sign, so only a change is checked)
        WaitForAsyncUtils.asyncFx(() -> view().scrollBy(0, 100));
        WaitForAsyncUtils.waitForFxEvents();
        double y0 = g.scrollY();
        assertThat(y0).isEqualTo(100);
        robot.moveTo(screen(g.tableWidth() + 200, 300));
        robot.scroll(3, VerticalDirection.DOWN);
        waitUntil(() -> g.scrollY() != y0);
        assertThat(view().state().hover.row()).isEqualTo(g.rowAt(300));
        // horizontal by keyboard, zoom by button, ctrl+wheel and keys
        robot.clickOn(view().canvas());
        double x0 = g.scrollX();
        robot.type(KeyCode.RIGHT);
        assertThat(g.scrollX()).isGreaterThan(x0);
        double px = g.pxPerDay();
        robot.clickOn("#timeline-zoom-in");
        assertThat(g.pxPerDay()).isCloseTo(px * 1.25, org.assertj.core.data.Offset.offset(1e-9));
        robot.moveTo(screen(g.tableWidth() + 300, 300));
        double px2 = g.pxPerDay();
        // Monocle's robot does not put ctrl on wheel events, so the ctrl+wheel event is fired directly
        double anchorX = g.tableWidth() + 300;
        LocalDate under = g.xToDate(anchorX);
        WaitForAsyncUtils.asyncFx(() -> javafx.event.Event.fireEvent(view().canvas(), new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, anchorX, 300, 0, 0, false, true, false, false, false, false,
                0, 120, 0, 120, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        waitUntil(() -> g.pxPerDay() > px2);
        assertThat(g.xToDate(anchorX)).isEqualTo(under);
        robot.type(KeyCode.MINUS);
        assertThat(g.pxPerDay()).isLessThan(px2 * 1.5);
        robot.clickOn("#timeline-fit");
        LocalDate first = screen.model().first();
        assertThat(g.xToDate(g.tableWidth() + 1)).isBeforeOrEqualTo(first);

        focusOnOrder();
        // hover over the production plan bar
        robot.moveTo(screen(g.dateToX(LocalDate.of(2026, 7, 10)), row0(TimelineGeometry.PLAN_TOP + 3)));
        Label tip = view().tooltip();
        waitUntil(tip::isVisible);
        assertThat(tip.getText()).contains("HT-2026-001-01", Messages.get("timeline.phase.production"),
                "2026-07-01", "2026-07-20", Messages.get("timeline.state.planned"));
        // hover over the acceptance installment
        robot.moveTo(screen(g.dateToX(LocalDate.of(2026, 8, 30)) + 5, row0(TimelineGeometry.INSTALLMENT_Y)));
        waitUntil(() -> tip.getText().contains("Acceptance") && tip.getText().contains("¥600,000.00"));

        robot.doubleClickOn(screen(g.dateToX(LocalDate.of(2026, 7, 10)), row0(TimelineGeometry.PLAN_TOP + 3)),
                MouseButton.PRIMARY);
        waitUntil(() -> opened.contains(orderId));
        // keyboard: Enter opens the selected row
        opened.clear();
        robot.type(KeyCode.DOWN).type(KeyCode.UP).type(KeyCode.ENTER);
        waitUntil(() -> opened.contains(orderId));
    }

    @Test
    void growsWithTheFontSizeSettingAndStillHitsWhatIsUnderTheMouse(FxRobot robot) {
        loaded();
        try {
            robot.interact(() -> io.cashtrail.ui.common.FontScale.set(ctx.prefs(), 150));
            focusOnOrder();
            TimelineGeometry g = view().geometry();
            assertThat(g.width()).isCloseTo(view().canvas().getWidth() / 1.5, org.assertj.core.data.Offset.offset(0.01));
            // the production plan bar, where it is drawn at 150 %
            double x = g.dateToX(LocalDate.of(2026, 7, 10)) * 1.5;
            double y = row0(TimelineGeometry.PLAN_TOP + 3) * 1.5;
            robot.moveTo(screen(x, y));
            Label tip = view().tooltip();
            waitUntil(() -> tip.isVisible() && tip.getText().contains(Messages.get("timeline.phase.production")));
            assertThat(tip.getText()).contains("HT-2026-001-01", "2026-07-01", "2026-07-20");
        } finally {
            robot.interact(() -> io.cashtrail.ui.common.FontScale.set(ctx.prefs(), io.cashtrail.ui.common.FontScale.DEFAULT));
        }
    }

    @Test
    void draggingThePlanEndReplansLaterStagesAndInstallmentsAfterConfirmationAndUndoRestores(FxRobot robot) {
        loaded();
        focusOnOrder();
        TimelineGeometry g = view().geometry();
        Point2D end = screen(g.dateEndX(LocalDate.of(2026, 7, 20)) - 1, row0(TimelineGeometry.PLAN_TOP + 4));
        robot.moveTo(end).press(MouseButton.PRIMARY).moveBy(20, 0).moveBy(30, 0).release(MouseButton.PRIMARY);

        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = ((Label) dialog.getContent()).getText();
        assertThat(text).contains(Messages.get("timeline.replan.move", "¥600,000.00", "2026-08", "2026-09"))
                .contains("2026-07-20 → 2026-07-25").contains("2026-08-30 → 2026-09-04");
        robot.clickOn((Button) dialog.lookupButton(dialog.getButtonTypes().stream()
                .filter(b -> b.getText().equals(Messages.get("common.yes"))).findFirst().orElseThrow()));

        waitUntil(() -> detail().order().stages().planned(Stage.PRODUCTION_FINISH).equals(LocalDate.of(2026, 7, 25)));
        StageDates s = detail().order().stages();
        assertThat(s.planned(Stage.PRODUCTION_START)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(s.planned(Stage.SHIPPED)).isEqualTo(LocalDate.of(2026, 7, 30));
        assertThat(s.planned(Stage.ACCEPTED)).isEqualTo(LocalDate.of(2026, 8, 25));
        assertThat(s.planned(Stage.PAID)).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(due(acceptanceId)).isEqualTo(LocalDate.of(2026, 9, 4));
        assertThat(due(retentionId)).isEqualTo(LocalDate.of(2027, 8, 25));
        assertThat(due(advanceId)).isEqualTo(LocalDate.of(2026, 5, 1));
        // the reloaded timeline shows the new plan
        waitUntil(() -> {
            int i = screen.model().indexOf(orderId);
            return i >= 0 && screen.model().rows().get(i).phase(Phase.PRODUCTION).plan().end()
                    .equals(LocalDate.of(2026, 7, 25));
        });

        Button undo = robot.lookup("#timeline-undo").queryAs(Button.class);
        waitUntil(() -> !undo.isDisabled());
        robot.clickOn(undo);
        waitUntil(() -> detail().order().stages().planned(Stage.PRODUCTION_FINISH).equals(LocalDate.of(2026, 7, 20)));
        assertThat(detail().order().stages().planned(Stage.PAID)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(due(acceptanceId)).isEqualTo(LocalDate.of(2026, 8, 30));
        assertThat(due(retentionId)).isEqualTo(LocalDate.of(2027, 8, 20));
        waitUntil(undo::isDisabled);
    }

    @Test
    void exportsTheVisibleTimelineAsPng(FxRobot robot) throws IOException {
        loaded();
        Path png = dir.resolve("timeline.png");
        WaitForAsyncUtils.asyncFx(() -> screen.exportPng(png));
        WaitForAsyncUtils.waitForFxEvents();
        byte[] head = Files.readAllBytes(png);
        assertThat(head.length).isGreaterThan(1000);
        assertThat(new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private OrderDetail detail() {
        return ws.orders().detail(orderId);
    }

    private LocalDate due(long installmentId) {
        return detail().installments().stream().filter(i -> i.id() == installmentId).findFirst().orElseThrow()
                .dueDate();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }
}
