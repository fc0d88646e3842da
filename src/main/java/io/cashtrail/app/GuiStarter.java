package io.cashtrail.app;

import io.cashtrail.ui.shell.CashtrailApp;
import java.nio.file.Path;
import javafx.application.Application;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts the JavaFX application on a data folder; returns when the last window closes. A file given
 * on the command line (a backup opened from the file manager) is handed to the app, which offers to
 * restore it once the main window shows.
 */
final class GuiStarter {
    private GuiStarter() {
    }

    static int start(Path dataDir, Path openFile) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        CashtrailApp.configure(dataDir, AppPaths.logFile(dataDir), Launcher.dataDirFixed());
        CashtrailApp.openEarly();
        CashtrailApp.openAtStart(openFile);
        Application.launch(CashtrailApp.class);
        return 0;
    }
}
