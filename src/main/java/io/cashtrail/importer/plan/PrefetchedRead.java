package io.cashtrail.importer.plan;

import io.cashtrail.importer.read.ImportRefusedException;
import io.cashtrail.importer.read.SheetRow;
import io.cashtrail.importer.read.SpreadsheetReader;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Reads a sheet on a second thread while the calling thread plans and writes the rows read before
 * (a streaming import's two halves overlap on two cores). Each row is first turned by
 * {@code prepare} on the reading thread (the work that needs no database, in row order), then
 * passes through a small bounded queue, in order, so memory stays flat; the sink runs on the
 * caller's thread (the transaction's). The reader's (and {@code prepare}'s) refusals and failures
 * come out of {@link #read} as they would from the reader itself, after the rows before them;
 * a sink that fails or says stop ends the read, and so does {@code cancelled}, asked before each
 * row on the caller's thread (the caller sees it and gives up).
 */
final class PrefetchedRead {
    private static final int QUEUE_ROWS = 256;
    private static final Object END = new Object();

    private PrefetchedRead() {
    }

    /** Takes the prepared rows in order on the caller's thread; false stops the read. */
    interface Sink<T> {
        boolean accept(T row);
    }

    static <T> void read(SpreadsheetReader reader, int sheet, Function<SheetRow, T> prepare, Sink<T> sink,
            BooleanSupplier cancelled) throws ImportRefusedException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_ROWS);
        AtomicBoolean stop = new AtomicBoolean();
        Throwable[] failure = {null};
        Thread thread = new Thread(() -> {
            try {
                reader.read(sheet, row -> offer(queue, new Prepared<>(prepare.apply(row)), stop), stop::get);
            } catch (Throwable e) {
                failure[0] = e;
            } finally {
                offer(queue, END, stop);
            }
        }, "cashtrail-import-read");
        thread.setDaemon(true);
        thread.start();
        boolean stoppedHere = true;
        try {
            while (true) {
                Object o = queue.take();
                if (o == END) {
                    stoppedHere = false;
                    break;
                }
                // asked here, on the caller's thread (a check may need the caller's transaction)
                @SuppressWarnings("unchecked")
                T row = ((Prepared<T>) o).row;
                if (cancelled.getAsBoolean() || !sink.accept(row)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        } finally {
            stop.set(true);
            queue.clear();
            joinQuietly(thread);
        }
        if (stoppedHere || failure[0] == null) {
            return;
        }
        if (failure[0] instanceof ImportRefusedException e) {
            throw e;
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure[0]);
    }

    /** A prepared row in the queue (a prepared row may be null). */
    private record Prepared<T>(T row) {
    }

    /** Waits for room in the queue; false once the consumer has stopped. */
    private static boolean offer(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
