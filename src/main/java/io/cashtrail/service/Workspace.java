package io.cashtrail.service;

import io.cashtrail.store.Database;
import io.cashtrail.store.DatabaseDamagedException;
import io.cashtrail.store.DatabaseInUseException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One open data folder and the services over it; what the GUI and the command line hold while they
 * run. Closing it releases the database and the folder lock.
 */
public final class Workspace implements AutoCloseable {
    private final Database db;
    private final Clock clock;
    private final OrderService orders;
    private final CustomerService customers;
    private final TimelineService timeline;
    private final CollectionsService collections;
    private final PaymentPlanService paymentPlans;
    private final ImportService imports;
    private final CompanySettings settings;
    private final ReportService reports;

    private Workspace(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.orders = new OrderService(db, clock);
        this.customers = new CustomerService(db, clock);
        this.timeline = new TimelineService(db, orders);
        this.collections = new CollectionsService(db);
        this.paymentPlans = new PaymentPlanService(db);
        this.imports = new ImportService(db);
        this.settings = new CompanySettings(db);
        settings.applyBackupSettings();
        this.reports = new ReportService(this);
    }

    /** Opens a data folder, translating lock and damage problems into {@link WorkspaceException}. */
    public static Workspace open(Path dataDir, Clock clock) {
        try {
            return new Workspace(Database.open(dataDir), clock);
        } catch (DatabaseInUseException e) {
            throw new WorkspaceException(WorkspaceException.Reason.IN_USE, dataDir, e);
        } catch (DatabaseDamagedException e) {
            throw new WorkspaceException(WorkspaceException.Reason.DAMAGED, dataDir, e);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new WorkspaceException(WorkspaceException.Reason.UNUSABLE, dataDir, e);
        }
    }

    public static Workspace open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone());
    }

    public OrderService orders() {
        return orders;
    }

    public CustomerService customers() {
        return customers;
    }

    public TimelineService timeline() {
        return timeline;
    }

    public PaymentPlanService paymentPlans() {
        return paymentPlans;
    }

    /** Importing legacy spreadsheets, the import history and undo. */
    public ImportService imports() {
        return imports;
    }

    /** Company name and currency symbol (stored with the data). */
    public CompanySettings settings() {
        return settings;
    }

    /** Reports and exports to xlsx, csv and pdf. */
    public ReportService reports() {
        return reports;
    }

    public CollectionsService collections() {
        return collections;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    public Path dataDir() {
        return db.dataDir();
    }

    public Path databaseFile() {
        return db.file();
    }

    public Path backupFolder() {
        return db.backups().folder();
    }

    public String schemaVersion() {
        return db.schemaVersion();
    }

    public Map<String, Integer> rowCounts() {
        return db.rowCounts();
    }

    public boolean isEmpty() {
        return db.isEmpty();
    }

    public Path backup(String reason) {
        return db.backup(reason);
    }

    public Optional<Path> dailyBackup() {
        return Maintenance.dailyBackup(db, today());
    }

    /** Fills the database with the demo set (Chinese companies, ~200 orders in every stage). */
    public DemoData.Result loadDemoData(long seed) {
        return DemoData.load(db, today(), seed);
    }

    /** For services added by later features; not for the UI or command line. */
    Database database() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
