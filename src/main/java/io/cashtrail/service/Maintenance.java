package io.cashtrail.service;

import io.cashtrail.store.Backups;
import io.cashtrail.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** Backups and restores of a data folder, shared by the app, its dialogs and the command line. */
public final class Maintenance {
    private Maintenance() {
    }

    /** The daily backup at start: made when none exists from today. */
    public static Optional<Path> dailyBackup(Database db, LocalDate today) {
        if (db.backups().dailyDue(today) && !db.isEmpty()) {
            return Optional.of(db.backup("daily"));
        }
        return Optional.empty();
    }

    /** Restores a backup into a data folder that is not open; returns where the old database was kept. */
    public static Optional<Path> restore(Path dataDir, Path backup) {
        return Backups.restore(dataDir, backup);
    }

    public static Optional<Path> newestBackup(Path dataDir) {
        return new Backups(dataDir).newest();
    }
}
