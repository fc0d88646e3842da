package io.cashtrail.service;

import io.cashtrail.store.Backups;
import io.cashtrail.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** Backups and restores of a data folder, shared by the app, its dialogs and the command line. */
public final class Maintenance {
    /** Extension of backup files ({@code .ctbackup}); older backups end in {@code .zip}. */
    public static final String BACKUP_EXTENSION = Backups.EXTENSION;

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
        try {
            return Backups.restore(dataDir, backup);
        } catch (io.cashtrail.store.DatabaseInUseException e) {
            throw new WorkspaceException(WorkspaceException.Reason.IN_USE, dataDir, e);
        }
    }

    /**
     * Moves a damaged database file aside (renamed, never deleted) so the folder can start afresh;
     * returns the new name of the damaged file.
     */
    public static Optional<Path> setAsideDamaged(Path dataDir) {
        Path file = io.cashtrail.store.Database.dbFile(dataDir);
        if (!java.nio.file.Files.exists(file)) {
            return Optional.empty();
        }
        Path aside = dataDir.resolve("cashtrail-damaged-"
                + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".mv.db");
        try {
            java.nio.file.Files.move(file, aside);
            return Optional.of(aside);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot move the damaged file " + file + ": " + e.getMessage(), e);
        }
    }

    public static boolean isBackup(Path file) {
        return Backups.isCashtrailBackup(file);
    }

    /** The newest backup of a closed (perhaps damaged) data folder, in the chosen backup folder or the default. */
    public static Optional<Path> newestBackup(Path dataDir) {
        Backups backups = new Backups(dataDir);
        Optional<Path> noted = CompanySettings.notedBackupFolder(dataDir);
        if (noted.isPresent()) {
            backups.configure(noted.get(), Backups.KEEP);
            Optional<Path> there = backups.newest();
            if (there.isPresent()) {
                return there;
            }
        }
        return new Backups(dataDir).newest();
    }
}
