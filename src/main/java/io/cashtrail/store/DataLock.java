package io.cashtrail.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a data folder (an OS file lock on {@code cashtrail.lock}), so that a second
 * window or command gets a clear refusal instead of a corrupt database. Released on close or exit.
 */
final class DataLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataLock acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel ch = FileChannel.open(dataDir.resolve("cashtrail.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                throw new DatabaseInUseException(dataDir);
            }
            return new DataLock(ch, l);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot use the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }
}
