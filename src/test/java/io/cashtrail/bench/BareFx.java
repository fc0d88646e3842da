package io.cashtrail.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline of {@code bench/run startup}: a bare JavaFX window with one label, started the same
 * way as the app; prints {@code bare_fx_ms=N} (process start to the frame after the window is shown) and exits.
 */
public final class BareFx {
    private BareFx() {
    }

    /** A plain main (like the app's launcher) so JavaFX loads from the class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The one-label window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Cashtrail"), 1280, 760));
        stage.show();
        Platform.runLater(() -> {
            long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                    .orElse(ManagementFactory.getRuntimeMXBean().getStartTime());
            System.out.println("bare_fx_ms=" + (System.currentTimeMillis() - start));
            System.out.flush();
            Platform.exit();
        });
        }
    }
}
