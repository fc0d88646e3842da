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

    /**
     * Sets up logging (logback reads its configuration) and sends java.util.logging (JavaFX's) there;
     * runs on the thread that opens the database, so the window's start does not wait for it.
     */
    static void bridgeJavaLogging() {
        org.slf4j.LoggerFactory.getILoggerFactory();
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.install();
        }
    }

    static int start(Path dataDir, Path openFile) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        // logging set-up and the database open run beside the toolkit's start
        io.cashtrail.service.EarlyOpen.start(dataDir, GuiStarter::bridgeJavaLogging);
        CashtrailApp.configure(dataDir, AppPaths.logFile(dataDir), Launcher.dataDirFixed());
        CashtrailApp.openAtStart(openFile);
        ClassDataSharing.refreshLater();
        Thread texts = new Thread(CashtrailApp::preload, "cashtrail-preload");
        texts.setDaemon(true);
        texts.start();
        Application.launch(CashtrailApp.class);
        return 0;
    }
}
