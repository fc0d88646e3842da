package io.cashtrail.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Payment;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDates;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migratesFromEmptyAndRoundTripsChineseTextAndCents() {
        try (Database db = Database.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(String.valueOf(Database.SCHEMA_VERSION));
            Customer cu = db.customers().insert(Customer.named("杭州汽轮动力集团有限公司").withInvoiceCutoffDay(25)
                    .withNotes("每月25日前开票"));
            Contract ct = db.contracts().insert(Contract.of("HT-2026-001", cu.id(), LocalDate.of(2026, 3, 1),
                    new BigDecimal("1234567.89"), "张伟"));
            Order o = db.orders().insert(Order.of(ct.id(), "HT-2026-001-01", new BigDecimal("600000.01"), "张伟")
                    .withStages(StageDates.NONE.withPlanned(Stage.SHIPPED, LocalDate.of(2026, 6, 30))
                            .withActual(Stage.CONTRACT_SIGNED, LocalDate.of(2026, 3, 1))));
            db.payments().insert(Payment.of(o.id(), cu.id(), LocalDate.of(2026, 3, 10), new BigDecimal("180000.00")));

            Customer back = db.customers().find(cu.id()).orElseThrow();
            assertThat(back.name()).isEqualTo("杭州汽轮动力集团有限公司");
            assertThat(back.invoiceCutoffDay()).isEqualTo(25);
            assertThat(back.notes()).isEqualTo("每月25日前开票");
            assertThat(back.createdAt()).isNotNull();
            assertThat(db.contracts().find(ct.id()).orElseThrow().amount()).isEqualByComparingTo("1234567.89");
            Order ob = db.orders().find(o.id()).orElseThrow();
            assertThat(ob.amount()).isEqualTo(Money.of("600000.01"));
            assertThat(ob.stages().planned(Stage.SHIPPED)).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(ob.stages().actual(Stage.CONTRACT_SIGNED)).isEqualTo(LocalDate.of(2026, 3, 1));

            List<OrderSummary> rows = db.orders().summaries();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).customerName()).isEqualTo("杭州汽轮动力集团有限公司");
            assertThat(rows.get(0).received()).isEqualTo(Money.of("180000.00"));
            assertThat(rows.get(0).outstanding()).isEqualTo(Money.of("420000.01"));

            Customer other = db.customers().insert(Customer.named("其他客户"));
            Contract oc = db.contracts().insert(Contract.of("HT-2026-002", other.id(), null, Money.of(5), "李娜"));
            db.orders().insert(Order.of(oc.id(), "X-1", Money.of(5), "李娜"));
            assertThat(db.orders().summaries()).hasSize(2);
            assertThat(db.orders().summariesForCustomer(cu.id())).singleElement()
                    .satisfies(s -> assertThat(s.received()).isEqualTo(Money.of("180000.00")));
            assertThat(db.orders().summariesForCustomer(other.id())).extracting(OrderSummary::orderNo)
                    .containsExactly("X-1");
        }
    }

    @Test
    void schemaVersionConstantIsTheNewestMigrationFileAndOpeningSkipsFlywayOnlyWhenApplied() throws Exception {
        int newest;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).as("Database.SCHEMA_VERSION must name the newest migration").isEqualTo(newest);
        try (Database db = Database.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(String.valueOf(newest));
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(String.valueOf(newest));
            assertThat(db.rowCounts()).containsKey("customer");
        }
    }

    @Test
    void anExistingDatabaseLosesItsDuplicateIndexesAndKeepsItsDataAndOneIndexPerForeignKey() throws Exception {
        // a data folder as version 5 left it, with data in it
        var pool = org.h2.jdbcx.JdbcConnectionPool.create(Database.jdbcUrl(dir), "sa", "");
        try {
            org.flywaydb.core.Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("5")
                    .load().migrate();
            try (var c = pool.getConnection(); var st = c.createStatement()) {
                st.execute("INSERT INTO customer (name) VALUES ('中石化')");
                assertThat(indexesByColumns(c).values()).anyMatch(names -> names.size() > 1);
            }
        } finally {
            pool.dispose();
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(String.valueOf(Database.SCHEMA_VERSION));
            assertThat(db.customers().all()).extracting(Customer::name).containsExactly("中石化");
            db.jdbi().useHandle(h -> {
                var c = h.getConnection();
                assertThat(indexesByColumns(c)).allSatisfy((columns, names) ->
                        assertThat(names).as("indexes on " + columns).hasSize(1));
                // every foreign key still has an index of its own to check and look up by
                try (var rs = c.createStatement().executeQuery("SELECT constraint_name, index_name"
                        + " FROM information_schema.table_constraints WHERE constraint_type = 'FOREIGN KEY'"
                        + " AND table_schema = 'PUBLIC'")) {
                    int keys = 0;
                    while (rs.next()) {
                        keys++;
                        assertThat(rs.getString(2)).as(rs.getString(1)).isNotNull();
                    }
                    assertThat(keys).isGreaterThan(5);
                }
            });
        }
    }

    /** "TABLE(col,col)" to the names of the indexes on exactly those columns, in that order. */
    private static java.util.Map<String, List<String>> indexesByColumns(java.sql.Connection c) throws java.sql.SQLException {
        java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
        try (var rs = c.createStatement().executeQuery("SELECT i.table_name, i.index_name,"
                + " LISTAGG(k.column_name, ',') WITHIN GROUP (ORDER BY k.ordinal_position)"
                + " FROM information_schema.indexes i JOIN information_schema.index_columns k"
                + " ON k.index_name = i.index_name AND k.table_name = i.table_name AND k.table_schema = i.table_schema"
                + " WHERE i.table_schema = 'PUBLIC' GROUP BY i.table_name, i.index_name")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1) + "(" + rs.getString(3) + ")", k -> new java.util.ArrayList<>())
                        .add(rs.getString(2));
            }
        }
        return out;
    }

    @Test
    void laterSaveOfAStaleCopyIsRefusedNotOverwritten() {
        try (Database db = Database.open(dir)) {
            Customer cu = db.customers().insert(Customer.named("上海电气"));
            Customer a = db.customers().find(cu.id()).orElseThrow();
            Customer b = db.customers().find(cu.id()).orElseThrow();
            db.customers().update(a.withNotes("first"));
            assertThatThrownBy(() -> db.customers().update(b.withNotes("second")))
                    .isInstanceOf(StaleDataException.class);
            assertThat(db.customers().find(cu.id()).orElseThrow().notes()).isEqualTo("first");
        }
    }

    @Test
    void updatesAreRecordedInTheOrderHistory() {
        try (Database db = Database.open(dir)) {
            Customer cu = db.customers().insert(Customer.named("中石化"));
            Contract ct = db.contracts().insert(Contract.of("C1", cu.id(), null, Money.of(100), "李娜"));
            Order o = db.orders().insert(Order.of(ct.id(), "O1", Money.of(100), "李娜"));
            db.orders().update(o.withStages(o.stages().withActual(Stage.SHIPPED, LocalDate.of(2026, 5, 1))));
            var h = db.history().forOrder(o.id());
            assertThat(h).anySatisfy(e -> {
                assertThat(e.field()).isEqualTo("actual.shipped");
                assertThat(e.oldValue()).isNull();
                assertThat(e.newValue()).isEqualTo("2026-05-01");
            });
        }
    }

    @Test
    void deleteWithDependentsIsRefusedUnlessConfirmed() {
        try (Database db = Database.open(dir)) {
            Customer cu = db.customers().insert(Customer.named("客户甲"));
            Contract ct = db.contracts().insert(Contract.of("C1", cu.id(), null, Money.of(100), "王"));
            Order o = db.orders().insert(Order.of(ct.id(), "O1", Money.of(100), "王"));
            db.payments().insert(Payment.of(o.id(), cu.id(), LocalDate.of(2026, 1, 1), Money.of(10)));
            assertThatThrownBy(() -> db.customers().delete(cu.id())).isInstanceOf(DependentsExistException.class);
            assertThatThrownBy(() -> db.contracts().delete(ct.id())).isInstanceOf(DependentsExistException.class);
            assertThat(db.orders().count()).isEqualTo(1);
            db.customers().delete(cu.id(), true);
            assertThat(db.rowCounts()).containsEntry("customer", 0).containsEntry("sales_order", 0)
                    .containsEntry("payment", 0);
        }
    }

    @Test
    void duplicateContractNumberIsNamed() {
        try (Database db = Database.open(dir)) {
            Customer cu = db.customers().insert(Customer.named("客户乙"));
            db.contracts().insert(Contract.of("C1", cu.id(), null, Money.of(1), "王"));
            assertThatThrownBy(() -> db.contracts().insert(Contract.of("C1", cu.id(), null, Money.of(1), "王")))
                    .isInstanceOf(DuplicateKeyException.class);
        }
    }

    @Test
    void backupThenRestoreGivesBackExactlyTheSameData() throws Exception {
        Path backup;
        List<OrderSummary> before;
        java.util.Map<String, Integer> counts;
        try (Database db = Database.open(dir)) {
            Customer cu = db.customers().insert(Customer.named("北京燃气").withInvoiceCutoffDay(20));
            Contract ct = db.contracts().insert(Contract.of("BJ-1", cu.id(), LocalDate.of(2025, 1, 2),
                    new BigDecimal("99.99"), "赵"));
            Order o = db.orders().insert(Order.of(ct.id(), "BJ-1-A", new BigDecimal("99.99"), "赵"));
            db.payments().insert(Payment.of(o.id(), cu.id(), LocalDate.of(2025, 2, 1), new BigDecimal("0.01")));
            backup = db.backup("manual");
            before = db.orders().summaries();
            counts = db.rowCounts();
            db.customers().insert(Customer.named("after backup"));
        }
        assertThat(Backups.isCashtrailBackup(backup)).isTrue();
        var aside = Backups.restore(dir, backup);
        assertThat(aside).isPresent();
        assertThat(aside.get()).exists();
        try (Database db = Database.open(dir)) {
            assertThat(db.rowCounts()).isEqualTo(counts);
            assertThat(db.orders().summaries()).isEqualTo(before);
            Customer next = db.customers().insert(Customer.named("new after restore"));
            assertThat(next.id()).isGreaterThan(1);
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotABackup() throws Exception {
        Path bogus = dir.resolve("x.zip");
        Files.writeString(bogus, "hello");
        assertThatThrownBy(() -> Backups.restore(dir, bogus)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backsUpBeforeMigratingAnExistingDatabase() {
        try (Database db = Database.open(dir)) {
            db.customers().insert(Customer.named("迁移前的客户"));
            assertThat(db.backups().list()).isEmpty();
        }
        try (Database db = Database.open(dir, "classpath:db/testmigration")) {
            assertThat(db.schemaVersion()).isEqualTo("999");
            assertThat(db.backups().list()).singleElement()
                    .satisfies(p -> assertThat(p.getFileName().toString()).contains("before-migration"));
            assertThat(Backups.isCashtrailBackup(db.backups().list().get(0))).isTrue();
            assertThat(db.customers().all()).extracting(Customer::name).containsExactly("迁移前的客户");
        }
    }

    @Test
    void aNewDatabaseIsNotBackedUpBeforeItsFirstMigration() {
        try (Database db = Database.open(dir, "classpath:db/testmigration")) {
            assertThat(db.backups().list()).isEmpty();
        }
    }

    @Test
    void keepsOnlyTheNewestTenBackups() {
        try (Database db = Database.open(dir)) {
            for (int i = 0; i < 12; i++) {
                db.backup("t");
            }
            assertThat(db.backups().list()).hasSize(Backups.KEEP);
        }
    }

    @Test
    void damagedFileIsDetectedAndKept() throws Exception {
        try (Database db = Database.open(dir)) {
            db.customers().insert(Customer.named("x"));
        }
        Path file = Database.dbFile(dir);
        byte[] junk = new byte[(int) Files.size(file)];
        new java.util.Random(1).nextBytes(junk);
        Files.write(file, junk);
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(DatabaseDamagedException.class);
        assertThat(file).exists();
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void secondOpenInTheSameProcessIsRefused() {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(DatabaseInUseException.class)
                    .hasMessageContaining("already open");
        }
        try (Database again = Database.open(dir)) {
            assertThat(again.isEmpty()).isTrue();
        }
    }
}
