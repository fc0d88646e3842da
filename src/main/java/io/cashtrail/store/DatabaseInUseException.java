package io.cashtrail.store;

import java.nio.file.Path;

/** Another Cashtrail (window or command) already has this data folder open. */
public class DatabaseInUseException extends RuntimeException {
    public DatabaseInUseException(Path dataDir) {
        super("Cashtrail is already open on this data folder: " + dataDir);
    }
}
