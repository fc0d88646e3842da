package io.cashtrail.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a file to the Cashtrail that already has the data folder open: a backup opened from the file
 * manager while the app runs starts a second process, which cannot open the folder (it is locked).
 * That process leaves a request in the folder's {@code open-requests/} and waits a moment; the
 * running app looks there twice a second, takes the request and offers the restore in its window.
 * Plain files (no socket, no port): it works the same on every OS and needs no firewall rule.
 */
public final class OpenRequests {
    static final String FOLDER = "open-requests";
    private static final String SUFFIX = ".request";
    private static final Logger LOG = LoggerFactory.getLogger(OpenRequests.class);

    private OpenRequests() {
    }

    /** Leaves a request to open {@code file} for the app that has {@code dataDir} open; returns the request. */
    public static Path post(Path dataDir, Path file) throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve(FOLDER));
        Path tmp = folder.resolve(UUID.randomUUID() + ".tmp");
        Files.writeString(tmp, file.toAbsolutePath().toString(), StandardCharsets.UTF_8);
        Path request = folder.resolve(System.currentTimeMillis() + "-" + UUID.randomUUID() + SUFFIX);
        return Files.move(tmp, request, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Waits until the running app has taken {@code request}; when it has not within {@code timeout}
     * (no Cashtrail window holds the folder, e.g. a command does), withdraws it and returns false.
     */
    public static boolean awaitTaken(Path request, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!Files.exists(request)) {
                return true;
            }
            Thread.sleep(100);
        }
        try {
            return !Files.deleteIfExists(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes (reads and deletes) the waiting requests of {@code dataDir}, oldest first. */
    public static List<Path> take(Path dataDir) {
        Path folder = dataDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path r : s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                try {
                    String target = Files.readString(r, StandardCharsets.UTF_8).strip();
                    Files.delete(r); // taken: the waiting process sees it gone
                    if (!target.isEmpty()) {
                        files.add(Path.of(target));
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Open request {} not readable", r, e);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list {}", folder, e);
        }
        return files;
    }

    /**
     * Takes the requests of {@code dataDir} twice a second on a daemon thread and passes each file to
     * {@code onFile} (on that thread); closing stops it, after a hand-over under way has finished.
     */
    public static AutoCloseable watch(Path dataDir, Consumer<Path> onFile) {
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cashtrail-open-requests");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(() -> take(dataDir).forEach(onFile), 0, 500, TimeUnit.MILLISECONDS);
        return () -> {
            poller.shutdown();
            if (!poller.awaitTermination(2, TimeUnit.SECONDS)) {
                poller.shutdownNow();
            }
        };
    }
}
