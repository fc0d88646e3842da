package io.cashtrail.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

/**
 * Backups of a data folder: H2 {@code SCRIPT ... COMPRESSION ZIP} files in {@code backups/} (or a
 * folder the user chose), the newest ten (or as many as chosen) kept. They are named
 * {@code *.ctbackup} (a zip inside) so the installers can associate the extension with Cashtrail
 * without claiming every .zip; older {@code .zip} backups still count. Restoring checks the file,
 * keeps the current database aside and replays the script.
 */
public final class Backups {
    public static final int KEEP = 10;
    /** The extension of backup files, associated with the app by the installers. */
    public static final String EXTENSION = ".ctbackup";
    private static final String LEGACY_EXTENSION = ".zip";
    private static final String PREFIX = "cashtrail-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path dataDir;
    private volatile Path chosenFolder;
    private volatile int keep = KEEP;

    public Backups(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The default folder: {@code backups/} inside the data folder. */
    public static Path defaultFolder(Path dataDir) {
        return dataDir.resolve("backups");
    }

    public Path folder() {
        Path chosen = chosenFolder;
        return chosen != null ? chosen : defaultFolder(dataDir);
    }

    public int keep() {
        return keep;
    }

    /** Where backups go (null: the default folder) and how many are kept (at least one). */
    public void configure(Path folderOrNull, int keepCount) {
        this.chosenFolder = folderOrNull == null ? null : folderOrNull.toAbsolutePath().normalize();
        this.keep = Math.max(1, keepCount);
    }

    Path write(Connection c, String reason) {
        try {
            Files.createDirectories(folder());
            Path file = folder().resolve(PREFIX + LocalDateTime.now().format(STAMP) + "-" + reason + EXTENSION);
            try (Statement st = c.createStatement()) {
                st.execute("SCRIPT TO " + quote(file) + " COMPRESSION ZIP");
            }
            prune();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a backup into " + folder() + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        }
    }

    /** Backups, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.getFileName().toString().startsWith(PREFIX) && isBackupName(p))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBackupName(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(EXTENSION) || name.endsWith(LEGACY_EXTENSION);
    }

    public Optional<Path> newest() {
        return list().stream().findFirst();
    }

    /** True when no backup was made today (the app makes one a day at start). */
    public boolean dailyDue(LocalDate today) {
        String todayStamp = PREFIX + today.format(DateTimeFormatter.BASIC_ISO_DATE);
        return list().stream().noneMatch(p -> p.getFileName().toString().startsWith(todayStamp));
    }

    private void prune() throws IOException {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }

    /** Whether a file is a backup written by Cashtrail (a zipped H2 script with our tables). */
    public static boolean isCashtrailBackup(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            if (zip.getNextEntry() == null) {
                return false;
            }
            byte[] head = zip.readNBytes(4 * 1024 * 1024);
            String text = new String(head, StandardCharsets.UTF_8);
            return text.contains("\"flyway_schema_history\"") && text.contains("\"SALES_ORDER\"")
                    && text.contains("\"CUSTOMER\"");
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Replaces the database of {@code dataDir} by the content of {@code backup}. The data folder must
     * not be open; the current database file is renamed (kept) and its new name returned.
     */
    public static Optional<Path> restore(Path dataDir, Path backup) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (!isCashtrailBackup(backup)) {
            throw new IllegalArgumentException("Not a Cashtrail backup: " + backup);
        }
        try (DataLock ignored = DataLock.acquire(dir)) {
            Path current = Database.dbFile(dir);
            Optional<Path> keptAside = Optional.empty();
            if (Files.exists(current)) {
                Path aside = dir.resolve(Database.DB_NAME + "-before-restore-" + LocalDateTime.now().format(STAMP)
                        + ".mv.db");
                Files.move(current, aside, StandardCopyOption.ATOMIC_MOVE);
                keptAside = Optional.of(aside);
            }
            Files.deleteIfExists(dir.resolve(Database.DB_NAME + ".trace.db"));
            try (Connection c = DriverManager.getConnection(Database.jdbcUrl(dir), "sa", "");
                    Statement st = c.createStatement()) {
                st.execute("RUNSCRIPT FROM " + quote(backup.toAbsolutePath()) + " COMPRESSION ZIP");
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                Files.deleteIfExists(current);
                if (keptAside.isPresent()) {
                    Files.move(keptAside.get(), current);
                }
                throw new IllegalStateException("The backup could not be restored: " + e.getMessage(), e);
            }
            return keptAside;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String quote(Path file) {
        return "'" + file.toString().replace("'", "''") + "'";
    }
}
