package io.cashtrail.ui.shell;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import javafx.application.Platform;

/**
 * For {@code bench/run startup}: with {@code -Dcashtrail.startupProbe=true} the app prints
 * {@code startup_ms=N} (from the JVM's process start to the main window shown with the first screen's
 * figures on it, after the frame that shows them) and exits. Off by default; costs nothing then.
 */
final class StartupProbe {
    private int partsLeft;

    /** @param parts how many loads (each reported by {@link #partDone}) fill the first screen */
    StartupProbe(int parts) {
        this.partsLeft = parts;
    }

    static boolean enabled() {
        return Boolean.getBoolean("cashtrail.startupProbe");
    }

    /** Called on the FX thread when one load has been shown; after the last, prints on the next pulse and exits. */
    void partDone() {
        if (--partsLeft != 0) {
            return;
        }
        Platform.runLater(() -> {
            System.out.println("startup_ms=" + millisSinceProcessStart());
            System.out.flush();
            Platform.exit();
        });
    }

    /** Milliseconds since the OS started this process (falls back to the JVM's own start time). */
    static long millisSinceProcessStart() {
        long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElse(ManagementFactory.getRuntimeMXBean().getStartTime());
        return System.currentTimeMillis() - start;
    }
}
