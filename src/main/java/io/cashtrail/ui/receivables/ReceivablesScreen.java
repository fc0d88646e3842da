package io.cashtrail.ui.receivables;

import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.AgingReport;
import io.cashtrail.service.CollectionsSnapshot;
import io.cashtrail.service.ForecastReport;
import io.cashtrail.ui.common.Screen;
import io.cashtrail.ui.common.UiContext;
import io.cashtrail.ui.export.ExportAction;
import io.cashtrail.ui.export.Exportable;
import io.cashtrail.ui.export.TemplateBox;
import java.time.LocalDate;
import java.time.YearMonth;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Receivables as of a date: the tree by customer or salesperson down to installments, the aging
 * table (due or invoice basis, day or year buckets) and the 12-month forecast. The snapshot is read
 * once per show or data change; changing the date or a choice only recomputes from it.
 */
public final class ReceivablesScreen implements Screen, Exportable {
    private final UiContext ctx;
    private final VBox root = new VBox(8);
    private final DatePicker asOf = new DatePicker();
    private final ToggleGroup groupBy = new ToggleGroup();
    private final ToggleButton byCustomer = new ToggleButton(Messages.get("receivables.byCustomer"));
    private final ToggleButton byOwner = new ToggleButton(Messages.get("receivables.byOwner"));
    private final ComboBox<AgingReport.Basis> basis = new ComboBox<>();
    private final ComboBox<Boolean> yearly = new ComboBox<>();
    private final Label totals = new Label();
    private final Label filterLabel = new Label();
    private final Button clearFilter = new Button(Messages.get("receivables.filter.clear"));
    private final HBox filterBar = new HBox(8, filterLabel, clearFilter);
    private final ReceivablesTable tree;
    private final FigureTable agingTable = new FigureTable("receivables-aging", Messages.get("receivables.empty"));
    private final FigureTable forecastTable = new FigureTable("receivables-forecast",
            Messages.get("receivables.empty"));
    private final TabPane tabs = new TabPane();
    private final Tab linesTab = new Tab(Messages.get("receivables.tab.lines"));
    private final Tab agingTab = new Tab(Messages.get("receivables.tab.aging"));
    private final Tab forecastTab = new Tab(Messages.get("receivables.tab.forecast"));
    private final ExportAction export;
    private final TemplateBox layout;
    private CollectionsSnapshot snapshot;
    private DrillDown filter;
    private ReceivablesFigures figures;
    private int generation;
    private boolean updating;

    public ReceivablesScreen(UiContext ctx) {
        this.ctx = ctx;
        this.tree = new ReceivablesTable(ctx.navigator()::openOrder);
        this.export = new ExportAction(ctx, "receivables");
        this.layout = new TemplateBox("receivables-aging-layout", export::templateChooser);
        io.cashtrail.ui.common.TableState.remember(tree.view(), ctx.prefs(), "receivables.tree.columns");
        Label title = new Label(Messages.get("receivables.title"));
        title.getStyleClass().add("screen-title");
        DateConverter.apply(asOf);
        asOf.setId("receivables-asof");
        asOf.setValue(ctx.workspace().today());
        asOf.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(130));
        asOf.valueProperty().addListener((o, a, b) -> changed());
        byCustomer.setId("receivables-by-customer");
        byOwner.setId("receivables-by-owner");
        byCustomer.setToggleGroup(groupBy);
        byOwner.setToggleGroup(groupBy);
        byCustomer.setSelected(true);
        groupBy.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                changed();
            }
        });
        Label asOfLabel = new Label(Messages.get("receivables.asOf"));
        Label byLabel = new Label(Messages.get("receivables.groupBy"));
        Button exportButton = new Button(Messages.get("export.button"));
        exportButton.setId("receivables-export");
        exportButton.setOnAction(e -> exportView());
        FlowPane bar = new FlowPane(10, 6, title, asOfLabel, asOf, byLabel, new HBox(byCustomer, byOwner),
                exportButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        totals.setId("receivables-totals");
        totals.setWrapText(true);
        filterLabel.setId("receivables-filter");
        clearFilter.setId("receivables-filter-clear");
        clearFilter.setOnAction(e -> {
            filter = null;
            changed();
        });
        filterBar.setAlignment(Pos.CENTER_LEFT);
        filterBar.getStyleClass().add("receivables-filter-bar");
        showFilter();
        buildTabs();
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(bar, export.view(), totals, filterBar, tabs);
        root.setPadding(new Insets(10));
        ctx.events().onChange(() -> {
            if (root.getScene() != null) {
                load();
            } else {
                snapshot = null;
            }
        });
    }

    private void buildTabs() {
        basis.setId("receivables-basis");
        basis.setItems(FXCollections.observableArrayList(AgingReport.Basis.values()));
        basis.setConverter(converter(b -> Messages.get("aging.basis." + b.name())));
        basis.setValue(AgingReport.Basis.DUE);
        basis.valueProperty().addListener((o, a, b) -> changed());
        yearly.setId("receivables-buckets");
        yearly.setItems(FXCollections.observableArrayList(false, true));
        yearly.setConverter(converter(y -> Messages.get(y ? "aging.buckets.yearly" : "aging.buckets.default")));
        yearly.setValue(false);
        yearly.valueProperty().addListener((o, a, b) -> changed());
        Label daysHint = new Label(Messages.get("aging.hint"));
        daysHint.getStyleClass().add("hint");
        FlowPane agingBar = new FlowPane(10, 6, new Label(Messages.get("aging.basis")), basis,
                new Label(Messages.get("aging.buckets")), yearly, new Label(Messages.get("export.layout")),
                layout.view(), daysHint);
        agingBar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(agingTable.view(), Priority.ALWAYS);
        VBox agingBox = new VBox(8, agingBar, agingTable.view());
        agingBox.setPadding(new Insets(8, 0, 0, 0));
        agingTab.setContent(agingBox);
        Label hint = new Label(Messages.get("forecast.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox.setVgrow(forecastTable.view(), Priority.ALWAYS);
        VBox forecastBox = new VBox(8, hint, forecastTable.view());
        forecastBox.setPadding(new Insets(8, 0, 0, 0));
        forecastTab.setContent(forecastBox);
        linesTab.setContent(tree.view());
        for (Tab t : new Tab[] {linesTab, agingTab, forecastTab}) {
            t.setClosable(false);
        }
        linesTab.setId("receivables-tab-lines");
        agingTab.setId("receivables-tab-aging");
        forecastTab.setId("receivables-tab-forecast");
        tabs.setId("receivables-tabs");
        tabs.getTabs().addAll(linesTab, agingTab, forecastTab);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        load();
    }

    /**
     * Shows the rows behind a dashboard figure (as of today, due basis, default buckets) on the
     * matching tab, with a "showing: …" bar to go back to everything.
     */
    public void show(DrillDown d) {
        updating = true;
        try {
            filter = d == null || d.kind() == DrillDown.Kind.OUTSTANDING ? null : d;
            asOf.setValue(ctx.workspace().today());
            basis.setValue(AgingReport.Basis.DUE);
            yearly.setValue(false);
        } finally {
            updating = false;
        }
        tabs.getSelectionModel().select(d != null && d.kind() == DrillDown.Kind.FORECAST_MONTH ? forecastTab
                : linesTab);
        if (snapshot == null) {
            load();
        } else {
            changed();
        }
    }

    /** Re-reads the data (a data change or the screen shown again). */
    public void load() {
        int gen = ++generation;
        ctx.work().read(Messages.get("receivables.loading"), () -> ctx.workspace().collections().load(), s -> {
            if (gen == generation) {
                snapshot = s;
                changed();
            }
        });
    }

    private void changed() {
        showFilter();
        if (updating || snapshot == null) {
            return;
        }
        LocalDate date = asOf.getValue() == null ? ctx.workspace().today() : asOf.getValue();
        ReceivablesFigures.Choice c = new ReceivablesFigures.Choice(date,
                byOwner.isSelected() ? ForecastReport.GroupBy.OWNER : ForecastReport.GroupBy.CUSTOMER,
                basis.getValue(), Boolean.TRUE.equals(yearly.getValue()), filter);
        CollectionsSnapshot snap = snapshot;
        int gen = ++generation;
        ctx.work().read(Messages.get("receivables.computing"),
                () -> ReceivablesFigures.compute(ctx.workspace().collections(), snap, c), f -> {
                    if (gen == generation) {
                        apply(f, c);
                    }
                });
    }

    private void apply(ReceivablesFigures f, ReceivablesFigures.Choice c) {
        this.figures = f;
        tree.show(f.tree(), c.filter() != null);
        String groupHeader = Messages.get(c.by() == ForecastReport.GroupBy.OWNER ? "receivables.byOwner"
                : "receivables.byCustomer");
        agingTable.show(groupHeader, f.agingHeaders(), f.agingRows());
        forecastTable.show(groupHeader, f.forecastHeaders(), f.forecastRows());
        ReceivableRow sum = f.tree().getValue();
        totals.setText(Messages.get("receivables.totals", Formats.money(sum.outstanding()),
                Formats.money(sum.overdue()), Formats.money(sum.pending())));
    }

    private void showFilter() {
        boolean on = filter != null;
        filterBar.setVisible(on);
        filterBar.setManaged(on);
        if (on) {
            filterLabel.setText(Messages.get("receivables.filter", describe(filter)));
        }
    }

    private static String describe(DrillDown d) {
        return switch (d.kind()) {
            case OVERDUE -> Messages.get("receivables.filter.overdue");
            case AGING_BUCKET -> Messages.get("receivables.filter.bucket", java.util.Optional.ofNullable(
                    io.cashtrail.domain.Aging.bucketForKey(d.key())).map(Buckets::label).orElse(d.key()));
            case LATE_STAGE -> Messages.get("receivables.filter.lateStage",
                    Messages.get("stage." + d.key().toLowerCase(java.util.Locale.ROOT)));
            case FORECAST_MONTH -> Messages.get("receivables.filter.month",
                    "overdue".equals(d.key()) ? Messages.get("forecast.overdue") : YearMonth.parse(d.key()).toString());
            default -> "";
        };
    }

    /**
     * Exports what the selected tab shows: the receivable lines, the aging (in the chosen layout; a
     * template means .xlsx) or the forecast, as of the chosen date and grouping.
     */
    @Override
    public void exportView() {
        LocalDate date = asOf.getValue() == null ? ctx.workspace().today() : asOf.getValue();
        ForecastReport.GroupBy by = byOwner.isSelected() ? ForecastReport.GroupBy.OWNER
                : ForecastReport.GroupBy.CUSTOMER;
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        ReceivablesExport.View view = tab == agingTab ? ReceivablesExport.View.AGING
                : tab == forecastTab ? ReceivablesExport.View.FORECAST : ReceivablesExport.View.LINES;
        io.cashtrail.service.TableExport filtered = view == ReceivablesExport.View.LINES && filter != null
                && figures != null ? FilteredLines.table(figures.tree(), Messages.get(by == ForecastReport.GroupBy.OWNER
                        ? "receivables.byOwner" : "receivables.byCustomer"), describe(filter)) : null;
        ReceivablesExport.run(export, root.getScene().getWindow(), view, date, by, basis.getValue(),
                Boolean.TRUE.equals(yearly.getValue()), layout.selection(), filtered);
    }

    /** The export action (tests put fakes in its seams). */
    public ExportAction export() {
        return export;
    }

    /** The figures on screen (for tests and the digest): null before the first computation. */
    ReceivablesFigures figures() {
        return figures;
    }
}
