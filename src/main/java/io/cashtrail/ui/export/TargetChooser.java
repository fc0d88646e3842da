package io.cashtrail.ui.export;

import io.cashtrail.service.ExportFormat;
import java.util.List;
import javafx.stage.Window;

/**
 * Asks where to save an export. The real one is a save dialog ({@link SaveDialogs}); tests supply
 * the file, since a native file chooser cannot be driven headless.
 */
@FunctionalInterface
public interface TargetChooser {
    /** The file and format, or null when the user cancelled. */
    ExportTarget choose(Window owner, String fileName, List<ExportFormat> formats);
}
