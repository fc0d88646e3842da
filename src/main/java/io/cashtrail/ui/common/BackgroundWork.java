package io.cashtrail.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work off the FX thread: reads on a small pool, writes on one writer thread (in order). Only
 * the success/failure callbacks touch the UI, on the FX thread. The status bar binds to
 * {@link #busyProperty()} and {@link #messageProperty()}.
 */
public final class BackgroundWork {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private final ExecutorService readers = Executors.newFixedThreadPool(2, daemon("cashtrail-read"));
    private final ExecutorService writer = Executors.newSingleThreadExecutor(daemon("cashtrail-write"));
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final AtomicInteger running = new AtomicInteger();
    private Consumer<Throwable> errorHandler = t -> LOG.error("Background work failed", t);

    public void setErrorHandler(Consumer<Throwable> handler) {
        this.errorHandler = handler;
    }

    /** Loads something in the background; {@code onSuccess} runs on the FX thread. */
    public <T> Task<T> read(String message, Callable<T> work, Consumer<T> onSuccess) {
        return submit(readers, message, work, onSuccess, errorHandler);
    }

    /** Saves something on the writer thread; failures go to {@code onFailure} (on the FX thread). */
    public <T> Task<T> write(String message, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(writer, message, work, onSuccess, onFailure == null ? errorHandler : onFailure);
    }

    public <T> Task<T> write(String message, Callable<T> work, Consumer<T> onSuccess) {
        return write(message, work, onSuccess, null);
    }

    private <T> Task<T> submit(ExecutorService exec, String msg, Callable<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        started(msg);
        task.setOnSucceeded(e -> {
            finished();
            if (onSuccess != null) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            finished();
            Throwable t = task.getException();
            LOG.warn("{} failed", msg, t);
            onFailure.accept(t);
        });
        task.setOnCancelled(e -> finished());
        exec.submit(task);
        return task;
    }

    private void started(String msg) {
        running.incrementAndGet();
        busy.set(true);
        message.set(msg);
    }

    private void finished() {
        if (running.decrementAndGet() <= 0) {
            running.set(0);
            busy.set(false);
            message.set("");
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void shutdown() {
        readers.shutdown();
        writer.shutdown();
        try {
            writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
