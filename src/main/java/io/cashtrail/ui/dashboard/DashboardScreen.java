package io.cashtrail.ui.dashboard;

import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Stage;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.common.Screen;
import io.cashtrail.ui.common.UiContext;
import io.cashtrail.ui.orders.OrdersViewModel;
import io.cashtrail.ui.receivables.DrillDown;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The dashboard: money figures on top (outstanding, overdue, expected and collected this month,
 * orders late per next step), today's actions in the centre, aging and forecast charts below.
 * Clicking a figure or a bar asks for the rows behind it through {@link #setOnDrillDown}.
 */
public final class DashboardScreen implements Screen {
    private final UiContext ctx;
    private final VBox root = new VBox(8);
    private final Label digest = new Label();
    private final Label outstanding = value("dashboard-outstanding");
    private final Label overdue = value("dashboard-overdue");
    private final Label expected = value("dashboard-expected");
    private final Label collected = value("dashboard-collected");
    private final FlowPane lateStages = new FlowPane(4, 0);
    private final TodayView today;
    private final DashboardCharts charts = new DashboardCharts(this::drill);
    private Consumer<DrillDown> onDrillDown = d -> { };
    private final java.util.List<Runnable> onFilled = new java.util.ArrayList<>();
    private boolean stale = true;
    private LocalDate loadedFor;
    private int generation;

    public DashboardScreen(UiContext ctx, OrdersViewModel orders) {
        this.ctx = ctx;
        this.today = new TodayView(ctx);
        Label title = new Label(Messages.get("dashboard.title"));
        title.getStyleClass().add("screen-title");
        digest.setId("dashboard-digest");
        digest.getStyleClass().add("hint");
        digest.setWrapText(true);
        HBox head = new HBox(14, title, digest);
        head.setAlignment(Pos.BASELINE_LEFT);
        overdue.getStyleClass().add("late");
        lateStages.setId("dashboard-late-stages");
        lateStages.setAlignment(Pos.CENTER_LEFT);
        Node cards = cards(List.of(
                card("dashboard.kpi.outstanding", outstanding, () -> drill(DrillDown.of(DrillDown.Kind.OUTSTANDING))),
                card("dashboard.kpi.overdue", overdue, () -> drill(DrillDown.of(DrillDown.Kind.OVERDUE))),
                card("dashboard.kpi.expectedMonth", expected, () -> drill(new DrillDown(DrillDown.Kind.FORECAST_MONTH,
                        YearMonth.from(ctx.workspace().today()).toString()))),
                card("dashboard.kpi.collectedMonth", collected, null)), List.of(outstanding, overdue, expected, collected));
        Label lateTitle = new Label(Messages.get("dashboard.kpi.lateStages"));
        lateTitle.getStyleClass().add("kpi-label");
        lateStages.getChildren().add(lateTitle);
        HBox chartRow = new HBox(8, charts.agingChart(), charts.forecastChart());
        HBox.setHgrow(charts.agingChart(), Priority.ALWAYS);
        HBox.setHgrow(charts.forecastChart(), Priority.ALWAYS);
        chartRow.setMinHeight(0);
        SplitPane split = new SplitPane(today.view(), chartRow);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        split.setId("dashboard-split");
        io.cashtrail.ui.common.SplitState.remember(split, ctx.prefs(), "dashboard.split");
        SplitPane.setResizableWithParent(chartRow, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(head, cards, lateStages, split);
        root.setPadding(new Insets(10));
        orders.onLoaded(this::showLateStages);
        if (orders.loadedProperty().get()) {
            showLateStages(orders.summaries());
        }
        ctx.events().onChange(() -> {
            stale = true;
            if (root.getScene() != null) {
                load();
            }
        });
    }

    /**
     * Receives what a click on a figure or chart bar asks to see (see {@link DrillDown} for the kinds
     * and keys); the main window connects it to the receivables screen's {@code show(DrillDown)}.
     */
    /** Called on the FX thread each time freshly computed figures have been put on the screen. */
    public void addOnFilled(Runnable handler) {
        onFilled.add(handler);
    }

    /** The start-up digest ("5 actions today, ¥1.2M at risk this month") of the figures on screen. */
    public String digestText() {
        return digest.getText();
    }

    public void setOnDrillDown(Consumer<DrillDown> handler) {
        this.onDrillDown = handler == null ? d -> { } : handler;
    }

    private void drill(DrillDown d) {
        onDrillDown.accept(d);
    }

    private static Label value(String id) {
        Label l = new Label("…");
        l.setId(id);
        l.getStyleClass().add("kpi-value");
        l.setMinWidth(Region.USE_PREF_SIZE); // an amount is never cut
        return l;
    }

    /**
     * The four figures side by side, or two by two when the window is too narrow for them all (a
     * large font size in a laptop's window), so that no amount is cut.
     */
    private static Node cards(List<Region> cards, List<Label> values) {
        GridPane grid = new GridPane();
        grid.setId("dashboard-kpis");
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setMinWidth(0);
        int[] columns = {0};
        Runnable arrange = () -> {
            double widest = 0; // the cards share the width equally, so each needs the widest one's minimum
            for (Region c : cards) {
                widest = Math.max(widest, c.minWidth(-1));
            }
            double needed = cards.size() * widest + (cards.size() - 1) * grid.getHgap();
            int n = grid.getWidth() > 0 && grid.getWidth() < needed ? 2 : cards.size();
            if (n == columns[0]) {
                return;
            }
            columns[0] = n;
            grid.getChildren().clear();
            grid.getColumnConstraints().clear();
            for (int i = 0; i < n; i++) {
                ColumnConstraints c = new ColumnConstraints();
                c.setPercentWidth(100.0 / n);
                c.setHgrow(Priority.ALWAYS);
                c.setFillWidth(true);
                grid.getColumnConstraints().add(c);
            }
            for (int i = 0; i < cards.size(); i++) {
                grid.add(cards.get(i), i % n, i / n);
            }
        };
        arrange.run();
        grid.widthProperty().addListener(o -> arrange.run());
        for (Label value : values) {
            value.textProperty().addListener(o -> arrange.run());
        }
        return grid;
    }

    private Region card(String key, Node value, Runnable onClick) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("kpi-label");
        label.setWrapText(true);
        VBox box = new VBox(label, value);
        box.getStyleClass().addAll("kpi-card", "dashboard-kpi");
        box.setMaxWidth(Double.MAX_VALUE);
        if (onClick != null) {
            box.getStyleClass().add("kpi-clickable");
            box.setOnMouseClicked(e -> onClick.run());
            io.cashtrail.ui.common.LazyTooltip.install(box, () -> Messages.get("dashboard.kpi.hint"));
        }
        return box;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        if (stale || !ctx.workspace().today().equals(loadedFor)) {
            load();
        }
    }

    /** Reads the collections data and recomputes every figure off the FX thread. */
    public void load() {
        stale = false;
        int gen = ++generation;
        // the day too is asked off the FX thread: at start-up the workspace may still be opening
        ctx.work().read(Messages.get("dashboard.computing"), () -> {
            LocalDate day = ctx.workspace().today();
            return Map.entry(day, DashboardFigures.compute(ctx.workspace().collections(), day));
        }, r -> {
            if (gen == generation) {
                loadedFor = r.getKey();
                show(r.getValue(), r.getKey());
            }
        });
    }

    private void show(DashboardFigures f, LocalDate day) {
        outstanding.setText(Formats.money(f.outstanding()));
        overdue.setText(Formats.money(f.overdue()));
        expected.setText(Formats.money(f.expectedThisMonth()));
        collected.setText(Formats.money(f.collectedThisMonth()));
        digest.setText(TodayDigest.text(f.actions(), day));
        today.setActions(f.actions());
        charts.show(f.aging(), f.forecast());
        onFilled.forEach(Runnable::run);
        ctx.work().write(Messages.get("dashboard.computing"), () -> {
            ctx.workspace().collections().markSeen(f.actions(), day);
            return Boolean.TRUE;
        }, ok -> { });
    }

    private void showLateStages(List<OrderSummary> orders) {
        Map<Stage, Integer> late = DashboardFigures.lateByStage(orders, ctx.workspace().today());
        lateStages.getChildren().retainAll(lateStages.getChildren().get(0));
        if (late.isEmpty()) {
            lateStages.getChildren().add(new Label(Messages.get("dashboard.kpi.noneLate")));
            return;
        }
        late.forEach((stage, n) -> {
            Hyperlink link = new Hyperlink(Messages.get("dashboard.lateStage",
                    Messages.get("stage." + stage.key()), String.valueOf(n)));
            link.setId("dashboard-late-" + stage.key());
            link.setOnAction(e -> drill(new DrillDown(DrillDown.Kind.LATE_STAGE, stage.name())));
            lateStages.getChildren().add(link);
        });
    }
}
