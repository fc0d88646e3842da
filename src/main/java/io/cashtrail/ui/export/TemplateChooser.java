package io.cashtrail.ui.export;

import java.nio.file.Path;
import javafx.stage.Window;

/** Asks for the user's own .xlsx template; null when cancelled. Tests supply the file. */
@FunctionalInterface
public interface TemplateChooser {
    Path choose(Window owner);
}
