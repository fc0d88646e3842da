package io.cashtrail.ui.timeline;

import io.cashtrail.domain.Phase;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ReplanPreview;
import io.cashtrail.service.TimelineOrder;
import io.cashtrail.service.TimelineService;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.Screen;
import io.cashtrail.ui.common.UiContext;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The stage timeline screen: filters, grouping, sorting, zoom and export in the toolbar, the
 * canvas view below. Loads off the FX thread; a dragged plan bar is previewed by the service,
 * confirmed with the money that moves between months, saved, and can be undone.
 */
public final class TimelineScreen implements Screen {
    private final UiContext ctx;
    private final TimelineModel model = new TimelineModel();
    private final TimelineView view;
    private final BorderPane root = new BorderPane();
    private final ComboBox<String> owner = new ComboBox<>();
    private final ComboBox<Long> customer = new ComboBox<>();
    private final Map<Long, String> customerNames = new TreeMap<>();
    private final Label count = new Label();
    private final Button undo = new Button(Messages.get("timeline.undo"));
    private boolean loadedOnce;

    public TimelineScreen(UiContext ctx) {
        this.ctx = ctx;
        LocalDate today = ctx.workspace().today();
        view = new TimelineView(model, today);
        view.setColumnTitles(Messages.get("timeline.col.order"), Messages.get("timeline.col.customer"),
                Messages.get("timeline.col.amount"), Messages.get("timeline.col.outstanding"));
        view.setOnOpen(id -> ctx.navigator().openOrder(id));
        view.setOnReplan(this::replan);
        view.setOnModelChanged(this::updateCount);
        root.setId("timeline-screen");
        root.setTop(toolbar());
        root.setCenter(view);
        BorderPane.setMargin(view, new Insets(6, 0, 0, 0));
        root.setPadding(new Insets(10));
        // a hidden screen is not in a scene: it reloads when shown again (onShow)
        ctx.events().onChange(() -> {
            if (root.getScene() != null) {
                reload();
            }
        });
        updateCount();
    }

    private Node toolbar() {
        Label title = new Label(Messages.get("timeline.title"));
        title.getStyleClass().add("screen-title");
        TextField filter = new TextField();
        filter.setId("timeline-filter");
        filter.setPromptText(Messages.get("timeline.filter.prompt"));
        filter.setPrefColumnCount(16);
        filter.textProperty().addListener((o, a, b) -> changed(() -> model.setText(b)));
        owner.setId("timeline-owner");
        owner.getItems().add(null);
        owner.setButtonCell(cell(null, "timeline.filter.allOwners"));
        owner.setCellFactory(lv -> cell(null, "timeline.filter.allOwners"));
        owner.valueProperty().addListener((o, a, b) -> changed(() -> model.setOwner(b)));
        customer.setId("timeline-customer");
        customer.getItems().add(null);
        customer.setButtonCell(cell(customerNames, "timeline.filter.allCustomers"));
        customer.setCellFactory(lv -> cell(customerNames, "timeline.filter.allCustomers"));
        customer.valueProperty().addListener((o, a, b) -> changed(() -> model.setCustomerId(b)));
        customer.setMaxWidth(io.cashtrail.ui.common.FontScale.scaled(220));
        CheckBox late = new CheckBox(Messages.get("timeline.filter.late"));
        late.setId("timeline-late-only");
        late.selectedProperty().addListener((o, a, b) -> changed(() -> model.setLateOnly(b)));
        CheckBox risk = new CheckBox(Messages.get("timeline.filter.risk"));
        risk.setId("timeline-risk-only");
        risk.setTooltip(new Tooltip(Messages.get("timeline.filter.risk.tip")));
        risk.selectedProperty().addListener((o, a, b) -> changed(() -> model.setRiskOnly(b)));
        count.setId("timeline-count");

        ComboBox<TimelineModel.GroupBy> group = new ComboBox<>(FXCollections.observableArrayList(
                TimelineModel.GroupBy.values()));
        group.setId("timeline-group");
        group.setValue(TimelineModel.GroupBy.NONE);
        group.setButtonCell(enumCell("timeline.group."));
        group.setCellFactory(lv -> enumCell("timeline.group."));
        group.valueProperty().addListener((o, a, b) -> changed(() -> model.setGroupBy(b)));
        ComboBox<TimelineModel.SortBy> sort = new ComboBox<>(FXCollections.observableArrayList(
                TimelineModel.SortBy.values()));
        sort.setId("timeline-sort");
        sort.setValue(TimelineModel.SortBy.START);
        sort.setButtonCell(enumCell("timeline.sort."));
        sort.setCellFactory(lv -> enumCell("timeline.sort."));
        sort.valueProperty().addListener((o, a, b) -> changed(() -> model.setSortBy(b)));
        CheckBox baseline = new CheckBox(Messages.get("timeline.baseline"));
        baseline.setId("timeline-baseline");
        baseline.setTooltip(new Tooltip(Messages.get("timeline.baseline.tip")));
        baseline.selectedProperty().addListener((o, a, b) -> view.setBaseline(b));
        Button zoomOut = button("timeline-zoom-out", "−", "timeline.zoomOut", () -> view.zoom(0.8));
        Button zoomIn = button("timeline-zoom-in", "+", "timeline.zoomIn", () -> view.zoom(1.25));
        Button fit = button("timeline-fit", Messages.get("timeline.fit"), null, view::fitAll);
        Button today = button("timeline-today", Messages.get("timeline.today"), null, view::showToday);
        undo.setId("timeline-undo");
        undo.setOnAction(e -> undo());
        undo.setDisable(true);
        Button png = button("timeline-export", Messages.get("timeline.export"), null, this::exportPng);
        Button print = button("timeline-print", Messages.get("timeline.print"), null, this::print);

        FlowPane row1 = new FlowPane(10, 6, title, filter, owner, customer, late, risk, count);
        row1.setAlignment(Pos.CENTER_LEFT);
        FlowPane row2 = new FlowPane(8, 6, new Label(Messages.get("timeline.groupBy")), group,
                new Label(Messages.get("timeline.sortBy")), sort, baseline, zoomOut, zoomIn, fit, today, undo, png,
                print);
        row2.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, row1, row2, TimelineLegend.build());
        return box;
    }

    private void changed(Runnable change) {
        change.run();
        view.rowsChanged();
        updateCount();
    }

    private Button button(String id, String text, String tipKey, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        if (tipKey != null) {
            b.setTooltip(new Tooltip(Messages.get(tipKey)));
        }
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <T> ListCell<T> cell(Map<T, String> names, String noneKey) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get(noneKey)
                        : names == null ? item.toString() : names.getOrDefault(item, item.toString()));
            }
        };
    }

    private static <E extends Enum<E>> ListCell<E> enumCell(String prefix) {
        return new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : Messages.get(prefix + item.name().toLowerCase(java.util.Locale.ROOT)));
            }
        };
    }

    private void updateCount() {
        count.setText(Messages.get("timeline.count", model.shownCount(), model.orderCount()));
        view.setEmptyText(Messages.get(!loadedOnce ? "common.loading"
                : model.orderCount() == 0 ? "timeline.empty" : "timeline.noMatch"));
    }

    /** Loads every order off the FX thread and builds the rows there too. */
    public void reload() {
        TimelineService service = ctx.workspace().timeline();
        LocalDate today = ctx.workspace().today();
        ctx.work().read(Messages.get("timeline.loading"), () -> {
            List<TimelineOrder> orders = service.load();
            return new Loaded(orders, TimelineModel.toRows(orders, today));
        }, l -> accept(l, today));
    }

    private record Loaded(List<TimelineOrder> orders, List<TimelineRow> rows) {
    }

    private void accept(Loaded l, LocalDate today) {
        TreeSet<String> owners = new TreeSet<>();
        customerNames.clear();
        for (TimelineOrder o : l.orders()) {
            if (o.owner() != null && !o.owner().isBlank()) {
                owners.add(o.owner());
            }
            customerNames.put(o.customerId(), o.customerName());
        }
        String keepOwner = owner.getValue();
        owner.getItems().setAll(owners);
        owner.getItems().add(0, null);
        owner.setValue(keepOwner != null && owners.contains(keepOwner) ? keepOwner : null);
        Long keepCustomer = customer.getValue();
        java.text.Collator collator = java.text.Collator.getInstance(Messages.locale());
        List<Long> ids = new java.util.ArrayList<>(customerNames.keySet());
        ids.sort((a, b) -> collator.compare(customerNames.get(a), customerNames.get(b)));
        customer.getItems().setAll(ids);
        customer.getItems().add(0, null);
        customer.setValue(keepCustomer != null && customerNames.containsKey(keepCustomer) ? keepCustomer : null);
        view.setToday(today);
        boolean first = !loadedOnce;
        loadedOnce = true;
        model.setRows(l.rows());
        view.rowsChanged();
        updateCount();
        undo.setDisable(!ctx.workspace().timeline().canUndo());
        if (first) {
            view.showToday();
        }
    }

    // ---- replan ----

    private void replan(TimelineRow row, Phase phase, LocalDate start, LocalDate end) {
        long orderId = row.order().orderId();
        TimelineService service = ctx.workspace().timeline();
        ctx.work().read(Messages.get("timeline.replan.previewing"), () -> {
            try {
                return new Previewed(service.preview(orderId, phase, start, end), null);
            } catch (RuntimeException e) {
                return new Previewed(null, e);
            }
        }, p -> {
            if (p.failure() != null) {
                view.clearDrag();
                Dialogs.error(window(), p.failure());
            } else {
                confirm(p.preview());
            }
        });
    }

    private record Previewed(ReplanPreview preview, RuntimeException failure) {
    }

    private void confirm(ReplanPreview p) {
        Window w = window();
        if (!p.isValid()) {
            Dialogs.warning(w, Messages.get("timeline.replan.title"), ReplanText.errors(p));
            view.clearDrag();
            return;
        }
        if (!Dialogs.confirm(w, Messages.get("timeline.replan.title"), ReplanText.describe(p))) {
            view.clearDrag();
            return;
        }
        TimelineService service = ctx.workspace().timeline();
        ctx.work().write(Messages.get("timeline.replan.saving"), () -> {
            service.apply(p);
            return null;
        }, v -> {
            undo.setDisable(!service.canUndo());
            ctx.events().fireChanged();
        }, t -> {
            view.clearDrag();
            Dialogs.error(w, t);
            reload();
        });
    }

    private void undo() {
        TimelineService service = ctx.workspace().timeline();
        undo.setDisable(true);
        ctx.work().write(Messages.get("timeline.undo.saving"), () -> {
            service.undoLast();
            return null;
        }, v -> ctx.events().fireChanged(), t -> {
            Dialogs.error(window(), t);
            reload();
        });
    }

    // ---- export ----

    private WritableImage snapshot() {
        return view.canvas().snapshot(null, null);
    }

    private void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("timeline.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName(Messages.get("timeline.export.file", LocalDate.now().toString()));
        File f = chooser.showSaveDialog(window());
        if (f != null) {
            exportPng(f.toPath());
        }
    }

    /** Writes the visible timeline to a PNG file (also used by tests). */
    public void exportPng(java.nio.file.Path file) {
        try {
            TimelineExport.writePng(snapshot(), file);
        } catch (java.io.IOException e) {
            Dialogs.error(window(), e);
        }
    }

    private void print() {
        TimelineExport.print(snapshot(), window());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        reload();
        view.canvas().requestFocus();
    }

    public TimelineView timeline() {
        return view;
    }

    public TimelineModel model() {
        return model;
    }
}
