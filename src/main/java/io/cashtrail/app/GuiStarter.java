package io.cashtrail.app;

import io.cashtrail.ui.shell.CashtrailApp;
import java.nio.file.Path;
import javafx.application.Application;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Starts the JavaFX application on a data folder; returns when the last window closes. */
final class GuiStarter {
    private GuiStarter() {
    }

    static int start(Path dataDir) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        CashtrailApp.configure(dataDir, AppPaths.logFile(dataDir), Launcher.dataDirFixed());
        Application.launch(CashtrailApp.class);
        return 0;
    }
}
