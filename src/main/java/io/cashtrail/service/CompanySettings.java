package io.cashtrail.service;

import io.cashtrail.domain.ValidationResult;
import io.cashtrail.store.Backups;
import io.cashtrail.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings that belong to the company's data rather than to one user's PC: the company name printed
 * on reports, the currency symbol shown with amounts, where backups go and how many are kept. Kept in
 * the database (app_setting) so that a backup restored on another PC carries them.
 */
public final class CompanySettings {
    static final String COMPANY_NAME = "company.name";
    static final String CURRENCY_SYMBOL = "company.currencySymbol";
    /** The symbol used until the user picks another one. */
    public static final String DEFAULT_CURRENCY_SYMBOL = "¥";
    static final String BACKUP_FOLDER = "backup.folder";
    static final String BACKUP_KEEP = "backup.keep";
    /** A note in the data folder naming a chosen backup folder, so a damaged database still finds it. */
    static final String BACKUP_NOTE = "backup-folder.txt";
    public static final int MAX_BACKUPS_KEPT = 365;

    private final Database db;

    CompanySettings(Database db) {
        this.db = db;
    }

    /** The company name, empty until the user sets one. */
    public String companyName() {
        return db.collections().setting(COMPANY_NAME).orElse("");
    }

    public void setCompanyName(String name) {
        db.collections().putSetting(COMPANY_NAME, name == null ? "" : name.strip());
    }

    public String currencySymbol() {
        return db.collections().setting(CURRENCY_SYMBOL).filter(s -> !s.isBlank()).orElse(DEFAULT_CURRENCY_SYMBOL);
    }

    /** Saves the symbol; blank means back to the default. */
    public void setCurrencySymbol(String symbol) {
        db.collections().putSetting(CURRENCY_SYMBOL, symbol == null ? "" : symbol.strip());
    }

    /** The folder backups go to: the chosen one, else {@code backups/} in the data folder. */
    public Path backupFolder() {
        return db.backups().folder();
    }

    /** True when the user chose a folder other than the default. */
    public boolean backupFolderChosen() {
        return chosenBackupFolder().isPresent();
    }

    public int backupsKept() {
        return db.backups().keep();
    }

    /**
     * Sends backups to {@code folder} (null or blank: back to the default) after checking that a file
     * can be written there; refuses with a {@link ValidationException} on the field "backupFolder".
     */
    public void setBackupFolder(Path folder) {
        Path chosen = folder == null || folder.toString().isBlank() ? null : folder.toAbsolutePath().normalize();
        if (chosen != null && !writable(chosen)) {
            throw new ValidationException(new ValidationResult().error("backupFolder", "settings2.backup.notWritable",
                    chosen));
        }
        db.collections().putSetting(BACKUP_FOLDER, chosen == null ? "" : chosen.toString());
        writeNote(chosen);
        applyBackupSettings();
    }

    /** How many backups are kept (1 to {@value #MAX_BACKUPS_KEPT}); refuses on the field "backupKeep". */
    public void setBackupsKept(int count) {
        if (count < 1 || count > MAX_BACKUPS_KEPT) {
            throw new ValidationException(new ValidationResult().error("backupKeep", "settings2.backup.badKeep", 1,
                    MAX_BACKUPS_KEPT));
        }
        db.collections().putSetting(BACKUP_KEEP, String.valueOf(count));
        applyBackupSettings();
    }

    /** Points the backups at the stored folder and count; called when the workspace opens. */
    void applyBackupSettings() {
        int keep = db.collections().setting(BACKUP_KEEP).flatMap(CompanySettings::integer).orElse(Backups.KEEP);
        db.backups().configure(chosenBackupFolder().orElse(null), keep);
    }

    private Optional<Path> chosenBackupFolder() {
        return db.collections().setting(BACKUP_FOLDER).filter(s -> !s.isBlank()).map(Path::of);
    }

    private static Optional<Integer> integer(String s) {
        try {
            return Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean writable(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".cashtrail-write-test", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private void writeNote(Path chosen) {
        Path note = db.dataDir().resolve(BACKUP_NOTE);
        try {
            if (chosen == null) {
                Files.deleteIfExists(note);
            } else {
                Files.writeString(note, chosen.toString(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + note + ": " + e.getMessage(), e);
        }
    }

    /** The chosen backup folder noted in a data folder, readable while the database is closed or damaged. */
    static Optional<Path> notedBackupFolder(Path dataDir) {
        Path note = dataDir.resolve(BACKUP_NOTE);
        try {
            return Files.isRegularFile(note) ? Optional.of(Files.readString(note, StandardCharsets.UTF_8).strip())
                    .filter(s -> !s.isBlank()).map(Path::of) : Optional.empty();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }
}
