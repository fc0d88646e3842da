package io.cashtrail.ui.export;

import io.cashtrail.service.ExportProgress;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;

/**
 * Adapts an export's progress to the FX thread: updates are coalesced (at most one pending
 * runLater), and Stop sets a flag the report engine checks.
 */
final class UiProgress implements ExportProgress {
    private final DoubleConsumer show;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile double fraction = -1;
    private volatile boolean stopped;

    UiProgress(DoubleConsumer show) {
        this.show = show;
    }

    @Override
    public void progress(long done, long total) {
        fraction = total > 0 ? Math.min(1.0, Math.max(0.0, (double) done / total)) : -1;
        if (queued.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                queued.set(false);
                show.accept(fraction);
            });
        }
    }

    @Override
    public boolean cancelled() {
        return stopped || Thread.currentThread().isInterrupted();
    }

    void stop() {
        stopped = true;
    }
}
