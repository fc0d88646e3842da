package io.cashtrail.ui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;

/** Tells screens that data changed (a save, a delete, an import), so they reload what they show. */
public final class DataEvents {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Notifies every listener on the FX thread. */
    public void fireChanged() {
        if (Platform.isFxApplicationThread()) {
            listeners.forEach(Runnable::run);
        } else {
            Platform.runLater(() -> listeners.forEach(Runnable::run));
        }
    }
}
