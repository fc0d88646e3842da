package io.cashtrail.ui.imports;

import io.cashtrail.domain.ImportRun;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ImportPreview;
import io.cashtrail.service.ImportService;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.UiContext;
import java.io.File;
import java.nio.file.Path;
import java.util.function.BiFunction;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The last step: what the import did (created / updated / unchanged / skipped / rejected) and, when
 * rows were rejected, a button saving them as a workbook with a column saying what is wrong.
 */
final class ResultStep {
    /** Asks where to save the problem rows; tests replace it (a native file dialog cannot be driven headless). */
    static BiFunction<Window, ImportPreview, Path> saveTarget = ResultStep::chooseTarget;
    private final VBox view = new VBox(10);

    ResultStep(UiContext ctx, Window owner, ImportService imports, ImportPreview preview, ImportRun run, int excluded) {
        Label summary = new Label(Messages.get("wizard.summary", run.fileName(), run.created(), run.updated(),
                run.unchanged(), run.skipped(), run.rejected()));
        summary.setId("wizard-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("section-title");
        view.getChildren().add(summary);
        if (run.profile() != null) {
            Label profile = new Label(Messages.get("importwiz.result.profile", run.profile()));
            profile.setId("importwiz-resultProfile");
            profile.setWrapText(true);
            view.getChildren().add(profile);
        }
        if (excluded > 0) {
            Label ex = new Label(Messages.get("wizard.summary.excluded", excluded));
            ex.setId("wizard-excluded");
            view.getChildren().add(ex);
        }
        if (preview.rejected() > 0) {
            Button save = new Button(Messages.get("wizard.saveProblems"));
            save.setId("wizard-saveProblems");
            save.setOnAction(e -> {
                Path target = saveTarget.apply(owner, preview);
                if (target != null) {
                    ctx.work().write(Messages.get("wizard.saveProblems"), () -> imports.writeProblems(preview, target),
                            n -> Dialogs.info(owner, Messages.get("wizard.saveProblems"),
                                    Messages.get("wizard.problemsSaved", n, target)),
                            t -> Refusals.show(owner, t));
                }
            });
            view.getChildren().add(save);
        }
    }

    static Path chooseTarget(Window owner, ImportPreview preview) {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("wizard.saveProblems"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        Path source = preview.file().path().toAbsolutePath();
        if (source.getParent() != null && source.getParent().toFile().isDirectory()) {
            fc.setInitialDirectory(source.getParent().toFile());
        }
        fc.setInitialFileName(Messages.get("wizard.saveProblems.file"));
        File f = fc.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    Node view() {
        return view;
    }
}
