package io.cashtrail.service;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Opens the data folder on a background thread while the JavaFX toolkit starts, so the two (each
 * most of a second on a cold JVM) overlap. The launcher starts it as soon as it knows the folder; the
 * GUI's start-up flow takes the result once; any later open (after a restore, another folder) opens
 * directly.
 */
public final class EarlyOpen {
    private static CompletableFuture<Workspace> pending;
    private static Path pendingDir;
    private static boolean pendingHadDatabase;

    private EarlyOpen() {
    }

    /**
     * Whether {@code dataDir} held a database before this start opened it (not a first start there):
     * the GUI then shows its window before the open has finished. Asked before the open began, as
     * opening a new folder creates the file.
     */
    public static synchronized boolean hadDatabase(Path dataDir) {
        return dataDir.equals(pendingDir) ? pendingHadDatabase
                : java.nio.file.Files.isRegularFile(io.cashtrail.store.Database.dbFile(dataDir));
    }

    /** Starts opening {@code dataDir} unless that is already under way. */
    public static void start(Path dataDir) {
        start(dataDir, () -> { });
    }

    /**
     * Starts opening {@code dataDir} unless that is already under way; {@code first} runs on the
     * opening thread before anything is logged (the launcher sets up logging there, off the main thread).
     */
    public static synchronized void start(Path dataDir, Runnable first) {
        if (dataDir.equals(pendingDir)) {
            return;
        }
        pendingDir = dataDir;
        pendingHadDatabase = java.nio.file.Files.isRegularFile(io.cashtrail.store.Database.dbFile(dataDir));
        pending = CompletableFuture.supplyAsync(() -> {
            first.run();
            org.slf4j.LoggerFactory.getLogger(EarlyOpen.class).info("Cashtrail starting on data folder {}", dataDir);
            return Workspace.open(dataDir);
        }, r -> {
            Thread t = new Thread(r, "cashtrail-early-open");
            t.setDaemon(true);
            t.start();
        });
    }

    /**
     * The opening under way for {@code dataDir} (not taken: {@link #take} still returns it), or null.
     * The GUI builds its main window on it while the database opens.
     */
    public static synchronized CompletableFuture<Workspace> pending(Path dataDir) {
        return dataDir.equals(pendingDir) ? pending : null;
    }

    /** The workspace opened early for {@code dataDir}, else one opened now; failures as Workspace.open throws them. */
    public static Workspace take(Path dataDir) {
        CompletableFuture<Workspace> f;
        synchronized (EarlyOpen.class) {
            f = dataDir.equals(pendingDir) ? pending : null;
            if (pending != null && f == null) {
                pending.thenAccept(Workspace::close); // opened for a folder no longer wanted
            }
            pending = null;
            pendingDir = null;
        }
        if (f == null) {
            return Workspace.open(dataDir);
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
