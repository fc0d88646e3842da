package io.cashtrail.store;

import java.nio.file.Path;

/** The database file exists but cannot be read; it is left untouched so it can be rescued. */
public class DatabaseDamagedException extends RuntimeException {
    private final Path file;

    public DatabaseDamagedException(Path file, Throwable cause) {
        super("The database file cannot be opened (damaged?): " + file, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
