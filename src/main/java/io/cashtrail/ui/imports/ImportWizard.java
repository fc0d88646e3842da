package io.cashtrail.ui.imports;

import io.cashtrail.domain.ImportRun;
import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.plan.PlannedRow;
import io.cashtrail.service.ImportFile;
import io.cashtrail.service.ImportPreview;
import io.cashtrail.service.ImportRefusal;
import io.cashtrail.service.ImportService;
import io.cashtrail.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The import wizard (file, sheets, header and columns, kind, preview, import) in one window with
 * Back / Next / Cancel. Every service call runs off the FX thread; long ones show a progress bar
 * with a Stop button that cancels the read or plan within a second.
 */
public final class ImportWizard {
    private static final int STEPS = 6;

    private final UiContext ctx;
    private final ImportService imports;
    private final Stage stage = new Stage();
    private final Label title = new Label();
    private final ScrollPane content = new ScrollPane();
    private final Button back = new Button(Messages.get("wizard.back"));
    private final Button next = new Button(Messages.get("wizard.next"));
    private final Button cancel = new Button(Messages.get("common.cancel"));
    private final Label error = new Label();

    private Path path;
    private ImportFile file;
    private SheetsStep sheets;
    private MappingStep mapping;
    private KindStep kind;
    private PreviewStep preview;
    private int step;
    private volatile boolean stopRequested;
    /** True while a read of the file runs: closing the file then waits for it to end. */
    private boolean working;

    private ImportWizard(UiContext ctx, Window owner) {
        this.ctx = ctx;
        this.imports = ctx.workspace().imports();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Messages.get("wizard.title"));
        title.getStyleClass().add("screen-title");
        title.setId("wizard-stepTitle");
        title.setWrapText(true);
        content.setFitToWidth(true);
        content.setPadding(new Insets(8));
        error.setId("wizard-error");
        error.setWrapText(true);
        error.getStyleClass().addAll("field-message", "error");
        error.setManaged(false);
        error.setVisible(false);
        back.setId("wizard-back");
        next.setId("wizard-next");
        cancel.setId("wizard-cancel");
        next.setDefaultButton(true);
        cancel.setCancelButton(true);
        back.setOnAction(e -> back());
        next.setOnAction(e -> next());
        cancel.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, back, next, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox top = new VBox(6, title, error);
        BorderPane root = new BorderPane(content, top, null, buttons, null);
        root.setPadding(new Insets(12));
        BorderPane.setMargin(buttons, new Insets(10, 0, 0, 0));
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(io.cashtrail.ui.common.FontScale.scaled(1000), screen.getWidth() * 0.92),
                Math.min(io.cashtrail.ui.common.FontScale.scaled(660), screen.getHeight() * 0.9));
        io.cashtrail.ui.common.WindowState.keepOnScreen(stage);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            stopRequested = true;
            if (!working) {
                closeFile();
            }
        });
    }

    /** Opens the wizard with a file, or first asks for one (null); nothing happens if the user cancels. */
    public static void open(UiContext ctx, Window owner, Path fileOrNull) {
        Path chosen = fileOrNull != null ? fileOrNull : FileSources.choose(owner);
        if (chosen == null) {
            return;
        }
        ImportWizard w = new ImportWizard(ctx, owner);
        w.path = chosen;
        w.stage.show();
        w.openFile(null);
    }

    /** Lets the user drop a spreadsheet on the window to import it. */
    public static void installDropTarget(UiContext ctx, Scene scene) {
        FileSources.acceptDrops(scene, file -> open(ctx, scene.getWindow(), file));
    }

    /** The import history with "Undo last import". */
    public static void showHistory(UiContext ctx, Window owner) {
        ImportHistoryWindow.open(ctx, owner);
    }

    // ---- steps ----

    private void show(int number, String titleKey, Node body) {
        step = number;
        title.setText(Messages.get("wizard.step", number, STEPS, Messages.get(titleKey)));
        content.setContent(body);
        content.setFitToHeight(number == 5);
        hideError();
        back.setDisable(number <= 2 || number == STEPS);
        next.setDisable(false);
        next.setText(Messages.get(number == 5 ? "wizard.import" : "wizard.next"));
    }

    private void openFile(String password) {
        show(1, "wizard.step.file", new Label(Messages.get("wizard.file", path)));
        back.setDisable(true);
        busy(Messages.get("wizard.opening", path.getFileName()), () -> imports.open(path, password, stop()), f -> {
            file = f;
            sheets = new SheetsStep(f.sheets());
            show(2, "wizard.step.sheets", sheets.view());
        }, t -> {
            show(1, "wizard.step.file", new Label(Messages.get("wizard.file", path)));
            back.setDisable(true);
            ImportRefusal r = Refusals.find(t);
            if (Refusals.isPasswordQuestion(r)) {
                boolean wrong = r.key().endsWith(".wrong_password");
                Refusals.askPassword(stage, path.getFileName().toString(), wrong)
                        .ifPresentOrElse(this::openFile, () -> fail(t));
            } else {
                fail(t);
            }
        });
    }

    private void next() {
        switch (step) {
            case 1 -> openFile(null);
            case 2 -> analyze();
            case 3 -> {
                kind = new KindStep(mapping.analysis());
                show(4, "wizard.step.kind", kind.view());
            }
            case 4 -> plan();
            case 5 -> importRows();
            default -> { }
        }
    }

    private void back() {
        switch (step) {
            case 3 -> show(2, "wizard.step.sheets", sheets.view());
            case 4 -> show(3, "wizard.step.mapping", mapping.view());
            case 5 -> show(4, "wizard.step.kind", kind.view());
            default -> { }
        }
    }

    private void analyze() {
        List<Integer> chosen = sheets.selected();
        if (chosen.isEmpty()) {
            showError(Messages.get("wizard.sheets.none"));
            return;
        }
        Node body = sheets.view();
        busy(Messages.get("wizard.reading"), () -> imports.setUp(file, chosen.get(0), null, null, stop()), s -> {
            mapping = new MappingStep(s, false, this::useHeader);
            show(3, "wizard.step.mapping", mapping.view());
        }, t -> {
            show(2, "wizard.step.sheets", body);
            fail(t);
        });
    }

    /** The user points at another header row: the sheet is analysed again there. */
    private void useHeader(int row) {
        Node body = mapping.view();
        int sheet = mapping.setup().sheet();
        busy(Messages.get("wizard.reading"), () -> imports.setUp(file, sheet, row, null, stop()), s -> {
            mapping = new MappingStep(s, true, this::useHeader);
            show(3, "wizard.step.mapping", mapping.view());
        }, t -> {
            show(3, "wizard.step.mapping", body);
            fail(t);
        });
    }

    private void plan() {
        List<Integer> chosen = sheets.selected();
        SheetAnalysis analysis = mapping.analysis();
        RecordKind k = kind.kind();
        busy(Messages.get("wizard.planning"), () -> imports.plan(file, chosen, analysis, k, stop()), p -> {
            preview = new PreviewStep(p, defaultProfileName(chosen.get(0)), this::correct);
            show(5, "wizard.step.preview", preview.view());
            next.setDisable(!p.importable());
        }, t -> {
            show(4, "wizard.step.kind", kind.view());
            fail(t);
        });
    }

    /** The profile name offered: the profile the mapping came from, else the sheet's name (the file's for "Sheet1"). */
    private String defaultProfileName(int sheet) {
        if (mapping.setup().profile() != null) {
            return mapping.setup().profile().name();
        }
        String name = file.sheets().get(sheet).name().strip();
        if (name.isEmpty() || name.matches("(?i)(sheet|工作表|表)\\s*\\d*")) {
            String f = path.getFileName().toString();
            int dot = f.lastIndexOf('.');
            return dot > 0 ? f.substring(0, dot) : f;
        }
        return name;
    }

    /** A problem row's cells corrected in the preview: the plan is made again and the row shows its new status. */
    private void correct(PlannedRow row, Map<Integer, String> cells) {
        ImportPreview before = preview.preview();
        busy(Messages.get("importwiz.correction.busy", row.row()), () -> imports.correct(before, row, cells, stop()), p -> {
            preview.update(p, row);
            show(5, "wizard.step.preview", preview.view());
            next.setDisable(!p.importable());
        }, t -> {
            show(5, "wizard.step.preview", preview.view());
            next.setDisable(!before.importable());
            fail(t);
        });
    }

    private void importRows() {
        ImportPreview p = preview.preview();
        int excluded = preview.excludedCount();
        var include = preview.include();
        String profileName = preview.profileName();
        setBusy(Messages.get("wizard.importing"), false);
        ctx.work().write(Messages.get("wizard.importing"), () -> imports.apply(p, include, profileName), run -> {
            ctx.events().fireChanged();
            done(p, run, excluded);
        }, t -> {
            show(5, "wizard.step.preview", preview.view());
            fail(t);
        });
    }

    private void done(ImportPreview p, ImportRun run, int excluded) {
        ResultStep result = new ResultStep(ctx, stage, imports, p, run, excluded);
        show(6, "wizard.step.done", result.view());
        next.setVisible(false);
        next.setManaged(false);
        cancel.setText(Messages.get("common.close"));
    }

    // ---- background work with progress and stop ----

    private BooleanSupplier stop() {
        return () -> stopRequested;
    }

    /** Runs a service call off the FX thread while the content shows progress with a Stop button. */
    private <T> void busy(String message, Callable<T> work, Consumer<T> ok, Consumer<Throwable> failed) {
        stopRequested = false;
        working = true;
        setBusy(message, true);
        ctx.work().read(message, () -> {
            try {
                return new Outcome<>(work.call(), null);
            } catch (Throwable e) {
                return new Outcome<T>(null, e);
            }
        }, o -> {
            working = false;
            boolean abandoned = !stage.isShowing();
            if (abandoned || stopRequested) {
                if (o.value() instanceof AutoCloseable c && o.value() != file) {
                    closeQuietly(c);
                }
            }
            if (abandoned) {
                closeFile();
            } else if (stopRequested) {
                stopped();
            } else if (o.error() != null) {
                failed.accept(o.error());
            } else {
                ok.accept(o.value());
            }
        });
    }

    private void setBusy(String message, boolean stoppable) {
        content.setContent(Progress.view(message, stoppable, () -> stopRequested = true));
        back.setDisable(true);
        next.setDisable(true);
    }

    private void stopped() {
        int was = step;
        switch (was) {
            case 2 -> show(2, "wizard.step.sheets", sheets.view());
            case 3 -> show(3, "wizard.step.mapping", mapping.view());
            case 4 -> show(4, "wizard.step.kind", kind.view());
            case 5 -> show(5, "wizard.step.preview", preview.view());
            default -> show(1, "wizard.step.file", new Label(Messages.get("wizard.file", path)));
        }
        showError(Messages.get("wizard.stopped"));
    }

    private void fail(Throwable t) {
        ImportRefusal r = Refusals.find(t);
        if (r != null) {
            showError(r.getLocalizedMessage());
            if (step == 1) {
                next.setDisable(true);
            }
        } else {
            Refusals.show(stage, t);
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
        error.setManaged(true);
    }

    private void hideError() {
        error.setVisible(false);
        error.setManaged(false);
    }

    private void closeFile() {
        ImportFile f = file;
        file = null;
        if (f != null) {
            ctx.work().read("close", () -> {
                f.close();
                return null;
            }, v -> { });
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // nothing was imported from it; the reader's resources are gone either way
        }
    }

    private record Outcome<T>(T value, Throwable error) {
    }
}
