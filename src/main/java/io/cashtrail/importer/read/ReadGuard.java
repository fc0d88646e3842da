package io.cashtrail.importer.read;

import io.cashtrail.importer.read.ImportRefusedException.Reason;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Watches one read: cancellation, wall time spent reading (not in the sink), row and cell limits; hands rows to the caller's sink;
 * and turns every failure of a parser (any Throwable, including StackOverflowError and
 * OutOfMemoryError) into an {@link ImportRefusedException}, so a hostile file can never crash the app.
 */
final class ReadGuard {
    private final Limits limits;
    private final BooleanSupplier cancelled;
    private long deadline;
    private int ticks;
    private int rows;
    private long cells;

    ReadGuard(Limits limits, BooleanSupplier cancelled) {
        this.limits = limits;
        this.cancelled = cancelled == null ? () -> false : cancelled;
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
    }

    Limits limits() {
        return limits;
    }

    /** Called often (per XML element, per CSV record, per cell): stops when cancelled or too slow. */
    void tick() {
        if (cancelled.getAsBoolean()) {
            throw new Stop(null);
        }
        if ((++ticks & 255) == 0 && System.nanoTime() - deadline > 0) {
            throw new Stop(Reason.TOO_SLOW);
        }
    }

    /** Counts a row against the limits and gives it to the sink; stops the read when the sink says so. */
    void deliver(RowSink sink, SheetRow row) {
        tick();
        if (System.nanoTime() - deadline > 0) {
            throw new Stop(Reason.TOO_SLOW);
        }
        if (++rows > limits.maxRowsPerSheet()) {
            throw new Stop(Reason.TOO_LARGE);
        }
        cells += row.cells().size();
        if (cells > limits.maxCellsPerSheet()) {
            throw new Stop(Reason.TOO_LARGE);
        }
        boolean more;
        long before = System.nanoTime();
        try {
            more = sink.accept(row);
        } catch (RuntimeException | Error e) {
            throw new SinkFailure(e);
        }
        deadline += System.nanoTime() - before; // the time limit is the parser's: the caller's work (e.g. writing rows) does not count

        if (!more) {
            throw new Stop(null);
        }
    }

    /** A body of reading code that may throw anything. */
    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    /** Runs a read; returns normally when stopped by the sink or by cancellation. */
    static void run(Body body) throws ImportRefusedException {
        try {
            body.run();
        } catch (Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof Stop stop) {
                    if (stop.reason == null) {
                        return;
                    }
                    throw new ImportRefusedException(stop.reason, "limit reached while reading");
                }
                if (c instanceof SinkFailure f) {
                    throwUnchecked(f.getCause());
                }
                if (c.getCause() == c) {
                    break;
                }
            }
            throw refusal(t);
        }
    }

    /** Maps any throwable from a parser to a refusal (DAMAGED unless it already carries a reason). */
    static ImportRefusedException refusal(Throwable t) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof ImportRefusedException r) {
                return r;
            }
        }
        return new ImportRefusedException(Reason.DAMAGED, t.getClass().getSimpleName() + ": " + t.getMessage(), t);
    }

    /**
     * Runs an opaque library step (e.g. building an HSSF workbook, decrypting) on a daemon thread,
     * giving up with TOO_SLOW after {@code max}. The step's own refusals pass through; anything
     * else it throws becomes DAMAGED.
     */
    static <T> T bounded(Duration max, Callable<T> step) throws ImportRefusedException {
        return bounded(max, null, step);
    }

    /**
     * As {@link #bounded(Duration, Callable)}, also giving up within {@link #POLL_MILLIS} once
     * {@code cancelled} (may be null) says so, with a {@link ReadCancelledException}. A step given up
     * on keeps running on its daemon thread (interrupted); what it returns then is closed.
     */
    static <T> T bounded(Duration max, BooleanSupplier cancelled, Callable<T> step) throws ImportRefusedException {
        if (cancelled != null && cancelled.getAsBoolean()) {
            throw new ReadCancelledException();
        }
        Abandonable<T> work = new Abandonable<>(step);
        FutureTask<T> task = new FutureTask<>(work);
        Thread worker = new Thread(null, task, "cashtrail-import-step", 16L * 1024 * 1024);
        worker.setDaemon(true);
        worker.start();
        long deadline = System.nanoTime() + max.toNanos();
        try {
            while (true) {
                if (cancelled != null && cancelled.getAsBoolean()) {
                    worker.interrupt();
                    work.abandon();
                    throw new ReadCancelledException();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException();
                }
                try {
                    return task.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException slice) {
                    // look at the cancel flag and the deadline again
                }
            }
        } catch (TimeoutException e) {
            worker.interrupt();
            work.abandon();
            throw new ImportRefusedException(Reason.TOO_SLOW, "gave up after " + max.toSeconds() + " s");
        } catch (InterruptedException e) {
            worker.interrupt();
            work.abandon();
            Thread.currentThread().interrupt();
            throw new ImportRefusedException(Reason.TOO_SLOW, "interrupted");
        } catch (ExecutionException e) {
            throw refusal(e.getCause() == null ? e : e.getCause());
        }
    }

    /** How often a bounded step's caller looks at the cancel flag. */
    static final long POLL_MILLIS = 100;

    /** A step whose result is closed when it arrives after the caller gave up on it. */
    private static final class Abandonable<T> implements Callable<T> {
        private final Callable<T> step;
        private boolean abandoned;
        private T value;

        Abandonable(Callable<T> step) {
            this.step = step;
        }

        @Override
        public T call() throws Exception {
            T v = step.call();
            synchronized (this) {
                if (abandoned) {
                    closeLate(v);
                } else {
                    value = v;
                }
            }
            return v;
        }

        synchronized void abandon() {
            abandoned = true;
            if (value != null) {
                closeLate(value);
                value = null;
            }
        }

        private static void closeLate(Object value) {
            if (value instanceof org.apache.poi.openxml4j.opc.OPCPackage pkg) {
                pkg.revert();
            } else if (value instanceof AutoCloseable c) {
                XlsxReader.closeQuietly(c);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void throwUnchecked(Throwable t) throws E {
        throw (E) t;
    }

    /** Ends a read early: reason null means the caller asked (cancel or sink returned false). */
    static final class Stop extends RuntimeException {
        final Reason reason;

        Stop(Reason reason) {
            super(reason == null ? "stopped" : reason.name(), null, false, false);
            this.reason = reason;
        }
    }

    /** Carries an exception thrown by the caller's sink through the parser, to be rethrown as is. */
    static final class SinkFailure extends RuntimeException {
        SinkFailure(Throwable cause) {
            super(cause);
        }
    }
}
