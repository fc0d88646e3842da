package io.cashtrail.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database of one data folder: locks the folder, backs up and migrates the schema
 * (Flyway), and hands out the stores. No network port is ever opened.
 */
public final class Database implements AutoCloseable {
    public static final String DB_NAME = "cashtrail";
    static final List<String> TABLES = List.of("customer", "contract", "sales_order", "shipment", "invoice",
            "installment", "payment", "payment_allocation", "action_state", "app_setting", "payment_term", "payment_term_line",
            "change_log", "import_run", "import_change");
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /**
     * The newest migration under db/migration (DatabaseTest keeps it equal to the files). When the
     * database already records it as applied, opening skips Flyway, whose start-up costs most of a
     * second on a cold JVM.
     */
    public static final int SCHEMA_VERSION = 6;

    private final Path dataDir;
    private final DataLock lock;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final Backups backups;
    private final OrderStore orders;
    private final ContractStore contracts;
    private final CustomerStore customers;
    private final ShipmentStore shipments;
    private final InvoiceStore invoices;
    private final InstallmentStore installments;
    private final PaymentStore payments;
    private final History history;
    private final CollectionsStore collections;
    private final PaymentTermStore paymentTerms;
    private final ImportLog imports;
    private final ImportProfileStore importProfiles;

    private Database(Path dataDir, DataLock lock, JdbcConnectionPool pool) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.backups = new Backups(dataDir);
        this.orders = new OrderStore(jdbi);
        this.contracts = new ContractStore(jdbi, orders);
        this.customers = new CustomerStore(jdbi, contracts);
        this.shipments = new ShipmentStore(jdbi);
        this.invoices = new InvoiceStore(jdbi);
        this.installments = new InstallmentStore(jdbi);
        this.payments = new PaymentStore(jdbi);
        this.history = new History(jdbi, new ImportedCreations(Map.of("customer", customers, "contract", contracts,
                "order", orders, "shipment", shipments, "invoice", invoices, "installment", installments,
                "payment", payments)));
        this.collections = new CollectionsStore(jdbi);
        this.paymentTerms = new PaymentTermStore(jdbi);
        this.imports = new ImportLog(jdbi);
        this.importProfiles = new ImportProfileStore(jdbi);
    }

    /**
     * Opens (creating if needed) the database in {@code dataDir}: takes the folder lock, makes a
     * backup before any pending schema migration of an existing database, then migrates.
     *
     * @throws DatabaseInUseException another process or window has the folder open
     * @throws DatabaseDamagedException the file exists but cannot be read (it is left as it is)
     */
    public static Database open(Path dataDir) {
        return open(dataDir, new String[0]);
    }

    /** Opens with extra migration locations (tests use this to simulate a schema upgrade). */
    static Database open(Path dataDir, String... extraLocations) {
        Path dir = dataDir.toAbsolutePath().normalize();
        DataLock lock = DataLock.acquire(dir);
        try {
            JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl(dir), "sa", "");
            pool.setMaxConnections(8);
            try {
                checkReadable(dir, pool);
                int applied = appliedVersion(pool);
                if (extraLocations.length > 0 || applied != SCHEMA_VERSION) {
                    migrate(dir, pool, applied != NO_HISTORY, extraLocations);
                }
            } catch (RuntimeException | SQLException e) {
                pool.dispose();
                throw e instanceof DatabaseDamagedException d ? d
                        : e instanceof RuntimeException r && !(e instanceof org.flywaydb.core.api.FlywayException) ? r
                        : new DatabaseDamagedException(dbFile(dir), e);
            }
            return new Database(dir, lock, pool);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Migrates; with {@code hasHistory} false (no flyway_schema_history: nothing applied, so nothing
     * to back up) without first asking Flyway what is pending, which would resolve every migration
     * twice on a fresh data folder.
     */
    private static void migrate(Path dir, JdbcConnectionPool pool, boolean hasHistory, String... extraLocations)
            throws SQLException {
        Flyway flyway = flyway(pool, extraLocations);
        if (!hasHistory) {
            flyway.migrate();
            return;
        }
        var info = flyway.info();
        MigrationInfo[] pending = info.pending();
        if (info.current() != null && pending.length > 0) {
            Backups b = new Backups(dir);
            LOG.info("Backing up before migrating the schema to {}", pending[pending.length - 1].getVersion());
            try (var c = pool.getConnection()) {
                b.write(c, "before-migration");
            }
        }
        flyway.migrate();
    }

    /** {@link #appliedVersion} of a database without Flyway's history table (a new one). */
    static final int NO_HISTORY = -2;

    /**
     * The newest schema version Flyway recorded as successfully applied; {@link #NO_HISTORY} when
     * its history table does not exist, -1 when it records none, a failed one, or a version that is
     * not a plain number (then Flyway decides).
     */
    static int appliedVersion(JdbcConnectionPool pool) {
        try (var c = pool.getConnection(); var st = c.createStatement()) {
            try (var t = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_NAME = 'flyway_schema_history'")) {
                if (!t.next() || t.getInt(1) == 0) {
                    return NO_HISTORY; // a new database (asking for the table would leave an H2 trace file)
                }
            }
            var rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL");
            int max = -1;
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return -1;
                }
                max = Math.max(max, Integer.parseInt(rs.getString(1)));
            }
            return max;
        } catch (SQLException | NumberFormatException e) {
            return -1;
        }
    }

    private static void checkReadable(Path dir, JdbcConnectionPool pool) {
        boolean existed = Files.exists(dbFile(dir));
        try (var c = pool.getConnection(); var st = c.createStatement()) {
            st.execute("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES");
        } catch (SQLException | RuntimeException e) {
            if (existed) {
                throw new DatabaseDamagedException(dbFile(dir), e);
            }
            throw new IllegalStateException("Cannot create the database in " + dir + ": " + e.getMessage(), e);
        }
    }

    static Flyway flyway(javax.sql.DataSource ds, String... extraLocations) {
        String[] locations = new String[extraLocations.length + 1];
        locations[0] = "classpath:db/migration";
        System.arraycopy(extraLocations, 0, locations, 1, extraLocations.length);
        return Flyway.configure().dataSource(ds).locations(locations).load();
    }

    static String jdbcUrl(Path dir) {
        String path = dir.resolve(DB_NAME).toString().replace('\\', '/');
        if (path.contains(";")) {
            throw new IllegalArgumentException("The data folder path must not contain ';': " + dir);
        }
        return "jdbc:h2:file:" + path + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + cacheKb(Runtime.getRuntime().maxMemory());
    }

    /** H2's page cache: 64 MB, but at most an eighth of the heap (a small heap must keep room for an import). */
    static long cacheKb(long maxHeapBytes) {
        return Math.max(8192, Math.min(65536, maxHeapBytes / 8 / 1024));
    }

    public static Path dbFile(Path dataDir) {
        return dataDir.resolve(DB_NAME + ".mv.db");
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path file() {
        return dbFile(dataDir);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public CustomerStore customers() {
        return customers;
    }

    public ContractStore contracts() {
        return contracts;
    }

    public OrderStore orders() {
        return orders;
    }

    public ShipmentStore shipments() {
        return shipments;
    }

    public InvoiceStore invoices() {
        return invoices;
    }

    public InstallmentStore installments() {
        return installments;
    }

    public PaymentStore payments() {
        return payments;
    }

    public History history() {
        return history;
    }

    public PaymentTermStore paymentTerms() {
        return paymentTerms;
    }

    public ImportLog imports() {
        return imports;
    }

    public ImportProfileStore importProfiles() {
        return importProfiles;
    }

    public CollectionsStore collections() {
        return collections;
    }

    public Backups backups() {
        return backups;
    }

    /** Writes a compressed SQL backup into {@code backups/} and keeps the newest ten. */
    public Path backup(String reason) {
        return jdbi.withHandle(h -> backups.write(h.getConnection(), reason));
    }

    /** The applied schema version, e.g. "1". */
    public String schemaVersion() {
        int v = appliedVersion(pool);
        if (v >= 0) {
            return String.valueOf(v);
        }
        MigrationInfo current = flyway(pool).info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    /** Rows per table, in schema order. */
    public Map<String, Integer> rowCounts() {
        return jdbi.withHandle(h -> {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (String t : TABLES) {
                m.put(t, h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Integer.class).one());
            }
            return m;
        });
    }

    /** Whether no table holds a row; plain JDBC that stops at the first row (asked on every start). */
    public boolean isEmpty() {
        try (var c = pool.getConnection(); var st = c.createStatement()) {
            for (String t : TABLES) {
                try (var rs = st.executeQuery("SELECT 1 FROM " + t + " LIMIT 1")) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + dbFile(dataDir), e);
        }
    }

    @Override
    public void close() {
        // closing the last connection closes the embedded database cleanly (DB_CLOSE_DELAY=0)
        pool.dispose();
        lock.close();
    }
}
