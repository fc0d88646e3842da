package io.cashtrail.ui.imports;

import io.cashtrail.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where the wizard's file comes from: a file chooser for spreadsheets, or one file dropped on a window. */
final class FileSources {
    private FileSources() {
    }

    /** Asks for a spreadsheet; null when the user cancels. */
    static Path choose(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("wizard.chooseFile"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("wizard.fileFilter"),
                "*.xlsx", "*.xlsm", "*.xls", "*.csv", "*.txt", "*.XLSX", "*.XLSM", "*.XLS", "*.CSV", "*.TXT"));
        File f = fc.showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }

    /** Accepts a single dropped file anywhere on the scene and hands it over after the drop ends. */
    static void acceptDrops(Scene scene, Consumer<Path> dropped) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (files.size() == 1) {
                e.setDropCompleted(true);
                e.consume();
                Path file = files.get(0).toPath();
                Platform.runLater(() -> dropped.accept(file));
            }
        });
    }
}
