package io.cashtrail.ui.imports;

import io.cashtrail.domain.ImportRun;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.common.ColumnFit;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.FontScale;
import io.cashtrail.ui.common.UiContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The import history (file, time, kind, profile, counts, undone) with "Undo last import": imports are
 * undone newest first, so the button always undoes the newest one not undone yet, after asking. A
 * second tab lists the saved mapping profiles, which can be deleted there.
 */
final class ImportHistoryWindow {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final UiContext ctx;
    private final Stage stage = new Stage();
    private final TableView<ImportRun> table = new TableView<>();
    private final Button undo = new Button(Messages.get("wizard.history.undo"));
    private final ProfilesPane profiles;

    private ImportHistoryWindow(UiContext ctx, Window owner) {
        this.ctx = ctx;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Messages.get("wizard.history.title"));
        table.setId("wizard-historyTable");
        table.getColumns().add(column("wizard.history.file", 160, ImportRun::fileName));
        TableColumn<ImportRun, String> when = column("wizard.history.time", 140, r -> time(r.startedAt()));
        double em = FontScale.em();
        when.setMinWidth(ColumnFit.textWidth(time(LocalDateTime.of(2026, 12, 28, 23, 59)), em,
                false) + em); // the time is never cut
        table.getColumns().add(when);
        table.getColumns().add(column("wizard.history.kind", 140, r -> kindName(r.recordKind())));
        table.getColumns().add(column("importwiz.history.profile", 110, r -> r.profile() == null ? "" : r.profile()));
        table.getColumns().add(count("wizard.history.created", ImportRun::created));
        table.getColumns().add(count("wizard.history.updated", ImportRun::updated));
        table.getColumns().add(count("wizard.history.unchanged", ImportRun::unchanged));
        table.getColumns().add(count("wizard.history.skipped", ImportRun::skipped));
        table.getColumns().add(count("wizard.history.rejected", ImportRun::rejected));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnFit.install(table); // whole titles where they fit; scrolls when even the minimums do not
        table.getColumns().add(column("wizard.history.undone", 70,
                r -> r.undone() ? Messages.get("wizard.history.yes") : ""));
        undo.setId("wizard-undoLast");
        io.cashtrail.ui.common.TableState.remember(table, ctx.prefs(), "imports.history.columns");
        undo.setOnAction(e -> undoLast());
        Button close = new Button(Messages.get("common.close"));
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, undo);
        buttons.setAlignment(Pos.CENTER_LEFT);
        BorderPane runs = new BorderPane(table, null, null, buttons, null);
        runs.setPadding(new Insets(8, 0, 0, 0));
        BorderPane.setMargin(buttons, new Insets(10, 0, 0, 0));
        profiles = new ProfilesPane(ctx, stage);
        Tab runsTab = new Tab(Messages.get("wizard.history.title"), runs);
        runsTab.setId("importwiz-historyTab");
        Tab profilesTab = new Tab(Messages.get("importwiz.profiles.title"), profiles.view());
        profilesTab.setId("importwiz-profilesTab");
        TabPane tabs = new TabPane(runsTab, profilesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(tabs, null, null, bottom, null);
        BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(FontScale.scaled(1080), screen.getWidth() * 0.95),
                Math.min(FontScale.scaled(460), screen.getHeight() * 0.9));
        io.cashtrail.ui.common.WindowState.keepOnScreen(stage);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    static void open(UiContext ctx, Window owner) {
        ImportHistoryWindow w = new ImportHistoryWindow(ctx, owner);
        w.stage.show();
        w.reload();
    }

    private void reload() {
        profiles.reload();
        undo.setDisable(true);
        ctx.work().read(Messages.get("wizard.history.title"), () -> ctx.workspace().imports().history(), runs -> {
            table.setItems(FXCollections.observableArrayList(runs));
            undo.setDisable(lastActive(runs).isEmpty());
        });
    }

    private static Optional<ImportRun> lastActive(List<ImportRun> runs) {
        return runs.stream().filter(r -> !r.undone()).findFirst();
    }

    private void undoLast() {
        Optional<ImportRun> last = lastActive(table.getItems());
        if (last.isEmpty()) {
            return;
        }
        ImportRun run = last.get();
        if (!Dialogs.confirmDestructive(stage, Messages.get("wizard.history.undo"),
                Messages.get("wizard.history.undoConfirm", run.fileName(), time(run.startedAt())))) {
            return;
        }
        undo.setDisable(true);
        ctx.work().write(Messages.get("wizard.history.undo"), () -> ctx.workspace().imports().undoLast(), done -> {
            ctx.events().fireChanged();
            Dialogs.info(stage, Messages.get("wizard.history.undo"),
                    Messages.get("wizard.history.undoDone", done.fileName()));
            reload();
        }, t -> {
            Refusals.show(stage, t);
            reload();
        });
    }

    private static String time(LocalDateTime t) {
        return t == null ? "" : Formats.date(t.toLocalDate()) + " " + TIME.format(t);
    }

    private static String kindName(String key) {
        String messageKey = "import.kind." + key;
        return Messages.has(messageKey) ? Messages.get(messageKey) : key;
    }

    private static TableColumn<ImportRun, Integer> count(String key, java.util.function.ToIntFunction<ImportRun> f) {
        TableColumn<ImportRun, Integer> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.applyAsInt(v.getValue())));
        c.setPrefWidth(FontScale.scaled(64)); // never narrower than its title (ColumnFit)
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** A text column; a value cut at the column's edge (a long file name) shows whole on hover. */
    private static TableColumn<ImportRun, String> column(String key, double width, Function<ImportRun, String> f) {
        TableColumn<ImportRun, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        c.setPrefWidth(FontScale.scaled(width));
        c.setCellFactory(col -> new FullTextCell<>());
        return c;
    }
}
