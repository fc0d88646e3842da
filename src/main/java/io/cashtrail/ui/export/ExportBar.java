package io.cashtrail.ui.export;

import io.cashtrail.i18n.Messages;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;

/**
 * The strip a screen shows under its toolbar while an export runs (what is written, a bar, Stop)
 * and after it (where it went, open file / open folder, or "export cancelled"). Hidden otherwise.
 */
final class ExportBar {
    private final FlowPane box = new FlowPane(10, 4);
    private final Label status = new Label();
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Button stop = new Button(Messages.get("export.stop"));
    private final Button openFile = new Button(Messages.get("export.openFile"));
    private final Button openFolder = new Button(Messages.get("export.openFolder"));
    private final Button dismiss = new Button("×");
    private boolean running;

    ExportBar(String prefix) {
        box.setId(prefix + "-export-bar");
        status.setId(prefix + "-export-status");
        status.setWrapText(true);
        bar.setId(prefix + "-export-progress");
        bar.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(160));
        stop.setId(prefix + "-export-stop");
        openFile.setId(prefix + "-export-open-file");
        openFolder.setId(prefix + "-export-open-folder");
        dismiss.setId(prefix + "-export-dismiss");
        dismiss.getStyleClass().add("export-dismiss");
        dismiss.setOnAction(e -> hide());
        box.getChildren().addAll(status, bar, stop, openFile, openFolder, dismiss);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("export-bar");
        hide();
    }

    Node view() {
        return box;
    }

    void running(String fileName, Runnable onStop) {
        running = true;
        status.setText(Messages.get("export.running", fileName));
        bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        stop.setDisable(false);
        stop.setOnAction(e -> onStop.run());
        show(true, bar, stop);
    }

    void progress(double fraction) {
        if (running) {
            bar.setProgress(fraction < 0 ? ProgressBar.INDETERMINATE_PROGRESS : fraction);
        }
    }

    void stopping() {
        stop.setDisable(true);
        status.setText(Messages.get("export.stopping"));
    }

    void done(Path file, Runnable onOpenFile, Runnable onOpenFolder) {
        running = false;
        status.setText(Messages.get("export.done", file.toAbsolutePath()));
        openFile.setOnAction(e -> onOpenFile.run());
        openFolder.setOnAction(e -> onOpenFolder.run());
        show(true, openFile, openFolder, dismiss);
    }

    void cancelled() {
        running = false;
        status.setText(Messages.get("export.cancelled"));
        show(true, dismiss);
    }

    void hide() {
        running = false;
        show(false);
    }

    private void show(boolean visible, Node... shown) {
        box.setVisible(visible);
        box.setManaged(visible);
        for (Node n : box.getChildren()) {
            boolean on = n == status || java.util.Arrays.asList(shown).contains(n);
            n.setVisible(on);
            n.setManaged(on);
        }
    }
}
