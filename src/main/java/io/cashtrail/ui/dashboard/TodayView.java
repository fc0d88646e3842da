package io.cashtrail.ui.dashboard;

import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Action;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.UiContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Today": the actions the service raised, most urgent and most money first, for one salesperson
 * (remembered in the preferences) or everyone; each can be opened, snoozed or marked done.
 */
final class TodayView {
    static final String OWNER_PREF = "today.owner";
    private final UiContext ctx;
    private final VBox root = new VBox(6);
    private final ObservableList<Action> all = FXCollections.observableArrayList();
    private final FilteredList<Action> shown = new FilteredList<>(all);
    private final TableView<Action> table = new TableView<>(shown);
    private final ComboBox<String> owner = new ComboBox<>();
    private final CheckBox showClosed = new CheckBox(Messages.get("today.showClosed"));
    private final Label count = new Label();
    private boolean filling;
    private javafx.scene.control.Tooltip flaggedTip; // one for all severity cells, made on the first hover

    TodayView(UiContext ctx) {
        this.ctx = ctx;
        Label title = new Label(Messages.get("today.title"));
        title.getStyleClass().add("section-title");
        owner.setId("today-owner");
        owner.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? Messages.get("today.owner.everyone") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        owner.getItems().setAll("");
        owner.setValue(ctx.prefs().get(OWNER_PREF, ""));
        owner.valueProperty().addListener((o, a, b) -> {
            if (!filling) {
                ctx.prefs().put(OWNER_PREF, b == null ? "" : b);
                applyFilter();
            }
        });
        showClosed.setId("today-show-closed");
        showClosed.selectedProperty().addListener((o, a, b) -> applyFilter());
        count.setId("today-count");
        count.getStyleClass().add("hint");
        FlowPane bar = new FlowPane(10, 4, title, new Label(Messages.get("today.owner.label")), owner, showClosed,
                count);
        bar.setAlignment(Pos.CENTER_LEFT);
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(bar, table);
    }

    Node view() {
        return root;
    }

    TableView<Action> table() {
        return table;
    }

    /** Shows a new list of actions (already sorted by the service). */
    void setActions(List<Action> actions) {
        filling = true;
        try {
            String chosen = ctx.prefs().get(OWNER_PREF, "");
            TreeSet<String> owners = new TreeSet<>();
            actions.stream().map(Action::owner).filter(Objects::nonNull).filter(s -> !s.isBlank()).forEach(owners::add);
            if (!chosen.isEmpty()) {
                owners.add(chosen);
            }
            owner.getItems().setAll("");
            owner.getItems().addAll(owners);
            owner.setValue(chosen);
        } finally {
            filling = false;
        }
        all.setAll(actions);
        applyFilter();
    }

    private void applyFilter() {
        String who = owner.getValue() == null ? "" : owner.getValue();
        boolean closed = showClosed.isSelected();
        shown.setPredicate(a -> (who.isEmpty() || who.equals(a.owner()))
                && (closed || a.state() == Action.State.OPEN));
        count.setText(Messages.get("today.count", String.valueOf(shown.size())));
    }

    private void buildTable() {
        table.setId("today-table");
        table.setPlaceholder(new Label(Messages.get("today.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Action, Action> sev = col("today.col.severity", a -> a, 80);
        sev.setCellFactory(c -> new SeverityCell());
        TableColumn<Action, String> order = col("today.col.order", a -> a.orderNo() + "\n" + a.customer(), 165);
        TableColumn<Action, Action> money = col("today.col.money", a -> a, 120);
        money.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Action a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : Formats.money(a.money()) + "\n" + Formats.date(a.dueDate()));
            }
        });
        money.getStyleClass().add("money-cell");
        TableColumn<Action, Action> buttons = col("today.col.actions", a -> a, 185);
        buttons.setCellFactory(c -> new ButtonsCell());
        buttons.setMinWidth(buttonsWidth());
        TableColumn<Action, String> what = col("today.col.next",
                a -> ActionTexts.rule(a) + "\n" + ActionTexts.suggestion(a) + stateText(a), 260);
        what.setCellFactory(c -> new WrappingCell());
        table.getColumns().addAll(List.of(sev, order, money, buttons, what));
        io.cashtrail.ui.common.TableState.remember(table, ctx.prefs(), "today.columns");
        io.cashtrail.ui.common.ColumnFit.install(table);
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<Action> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    ctx.navigator().openOrder(row.getItem().orderId());
                }
            });
            return row;
        });
    }

    /** Text that wraps to the column width, so the row grows instead of cutting the next step off. */
    private static final class WrappingCell extends TableCell<Action, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell() {
            text.getStyleClass().add("today-next-text");
            setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            tableColumnProperty().addListener((o, a, col) -> {
                if (col != null) {
                    text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                }
            });
        }

        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            text.setText(empty || s == null ? "" : s);
            setGraphic(empty ? null : text);
        }
    }

    private static String stateText(Action a) {
        return switch (a.state()) {
            case SNOOZED -> "\n" + Messages.get("today.state.snoozed", Formats.date(a.snoozedUntil()));
            case DONE -> "\n" + Messages.get("today.state.done");
            default -> "";
        };
    }

    private static <T> TableColumn<Action, T> col(String key, Function<Action, T> f, double width) {
        TableColumn<Action, T> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** Severity as a coloured shape with its word, plus the manager flag. */
    private final class SeverityCell extends TableCell<Action, Action> {
        SeverityCell() {
            setOnMouseEntered(e -> {
                if (getItem() != null && getItem().flagged() && getTooltip() == null) {
                    if (flaggedTip == null) {
                        flaggedTip = new javafx.scene.control.Tooltip(Messages.get("today.flagged.tip"));
                    }
                    setTooltip(flaggedTip);
                }
            });
        }

        @Override
        protected void updateItem(Action a, boolean empty) {
            super.updateItem(a, empty);
            getStyleClass().removeAll("today-sev-HIGH", "today-sev-MEDIUM", "today-sev-LOW");
            if (empty || a == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            getStyleClass().add("today-sev-" + a.severity().name());
            setText(ActionTexts.severity(a.severity()) + (a.flagged() ? "\n" + Messages.get("today.flagged") : ""));
            if (!a.flagged()) {
                setTooltip(null);
            }
        }
    }

    /** Open, Snooze…, Done… for one action. */
    private final class ButtonsCell extends TableCell<Action, Action> {
        private final Button open = button("today.open", "today-open-button");
        private final Button snooze = button("today.snooze", "today-snooze-button");
        private final Button done = button("today.done", "today-done-button");
        private final HBox box = new HBox(3, open, snooze, done);

        ButtonsCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            open.setOnAction(e -> ctx.navigator().openOrder(getItem().orderId()));
            snooze.setOnAction(e -> snooze(getItem()));
            done.setOnAction(e -> done(getItem()));
        }

        @Override
        protected void updateItem(Action a, boolean empty) {
            super.updateItem(a, empty);
            setGraphic(empty || a == null ? null : box);
            if (a != null) {
                snooze.setDisable(a.state() != Action.State.OPEN);
                done.setDisable(a.state() == Action.State.DONE);
            }
        }
    }

    /**
     * The row's three buttons side by side at the user's font size, so the column never cuts them:
     * each button's text at 0.88 em plus 0.4 em padding each side (.today-row-button in
     * cashtrail.css) and its border, 3 px between them, the cell's padding.
     */
    private static double buttonsWidth() {
        double em = io.cashtrail.ui.common.FontScale.em();
        double size = 0.88 * em;
        double width = 2 * 3 + em;
        for (String key : List.of("today.open", "today.snooze", "today.done")) {
            width += io.cashtrail.ui.common.ColumnFit.textWidth(Messages.get(key), size, false) + 0.8 * size + 2;
        }
        return Math.ceil(width);
    }

    private static Button button(String key, String styleClass) {
        Button b = new Button(Messages.get(key));
        b.getStyleClass().addAll(styleClass, "today-row-button");
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    void snooze(Action a) {
        LocalDate today = ctx.workspace().today();
        ActionDialogs.snooze(root.getScene().getWindow(), a, today).ifPresent(until -> write(() ->
                ctx.workspace().collections().snooze(a, until, today)));
    }

    void done(Action a) {
        LocalDate today = ctx.workspace().today();
        ActionDialogs.done(root.getScene().getWindow(), a).ifPresent(note -> write(() ->
                ctx.workspace().collections().done(a, note, today)));
    }

    private void write(Runnable r) {
        ctx.work().write(Messages.get("today.saving"), () -> {
            r.run();
            return Boolean.TRUE;
        }, ok -> ctx.events().fireChanged(), t -> Dialogs.error(root.getScene().getWindow(), t));
    }
}
