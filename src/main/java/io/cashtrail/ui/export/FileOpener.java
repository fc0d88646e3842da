package io.cashtrail.ui.export;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an exported file or its folder with the desktop's own program. Every call is guarded and
 * runs on a background thread: where the platform cannot open files (headless, no desktop), the
 * caller is told on the FX thread and shows the path instead; nothing ever crashes.
 */
final class FileOpener {
    private static final Logger LOG = LoggerFactory.getLogger(FileOpener.class);

    private FileOpener() {
    }

    static boolean supported() {
        try {
            return !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        } catch (Throwable t) {
            return false;
        }
    }

    /** Opens {@code target} (a file or a folder); {@code failed} runs on the FX thread if it could not. */
    static void open(Path target, Consumer<Path> failed) {
        if (!supported()) {
            failed.accept(target);
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Desktop.getDesktop().open(target.toFile());
            } catch (Throwable e) {
                LOG.info("Could not open {}: {}", target, e.toString());
                Platform.runLater(() -> failed.accept(target));
            }
        }, "cashtrail-open");
        t.setDaemon(true);
        t.start();
    }
}
