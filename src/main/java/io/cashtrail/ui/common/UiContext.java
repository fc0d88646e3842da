package io.cashtrail.ui.common;

import io.cashtrail.service.Workspace;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.prefs.Preferences;

/**
 * What every screen needs: the open workspace, background work, navigation, change events, prefs.
 *
 * <p>At start-up the main window is built while the database is still opening (bench/run startup):
 * the workspace may then arrive later, and {@link #workspace()} waits for it. Loads run on the
 * background thread, so only they wait; the window starts them once the workspace is there.
 */
public final class UiContext {
    private final CompletableFuture<Workspace> workspace;
    private final BackgroundWork work;
    private final Navigator navigator;
    private final DataEvents events;
    private final Preferences prefs;
    private final Path logFile;

    public UiContext(Workspace workspace, BackgroundWork work, Navigator navigator, DataEvents events,
            Preferences prefs, Path logFile) {
        this(CompletableFuture.completedFuture(Objects.requireNonNull(workspace)), work, navigator, events, prefs,
                logFile);
    }

    /** A context whose workspace is still being opened. */
    public UiContext(CompletableFuture<Workspace> workspace, BackgroundWork work, Navigator navigator,
            DataEvents events, Preferences prefs, Path logFile) {
        this.workspace = workspace;
        this.work = work;
        this.navigator = navigator;
        this.events = events;
        this.prefs = prefs;
        this.logFile = logFile;
    }

    /** The open workspace; waits while it is still being opened and rethrows a failure to open it. */
    public Workspace workspace() {
        try {
            return workspace.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    public BackgroundWork work() {
        return work;
    }

    public Navigator navigator() {
        return navigator;
    }

    public DataEvents events() {
        return events;
    }

    public Preferences prefs() {
        return prefs;
    }

    public Path logFile() {
        return logFile;
    }
}
