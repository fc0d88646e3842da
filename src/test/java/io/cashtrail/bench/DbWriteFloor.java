package io.cashtrail.bench;

import io.cashtrail.service.Workspace;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What writing an import's records costs H2 alone, for {@code bench/run import}: a fresh data folder
 * (the app's schema), then as many customers, contracts, orders and payments as the import created,
 * inserted with plain JDBC batches of 1,000 in one transaction, committed, {@code CHECKPOINT SYNC}.
 * No reading, parsing, planning or history: any import of the file writes at least this.
 */
final class DbWriteFloor {
    private static final int BATCH = 1_000;

    private DbWriteFloor() {
    }

    /** Milliseconds to write {@code counts} rows (customer, contract, sales_order, payment) as above. */
    static long measure(Map<String, Integer> counts) throws Exception {
        Path dir = Files.createTempDirectory("cashtrail-importbench-floor-");
        try {
            try (Workspace ws = Workspace.open(dir)) {
                // the schema only; the app's own connection settings below
            }
            String url = "jdbc:h2:file:" + dir.resolve("cashtrail").toString().replace('\\', '/')
                    + ";CACHE_SIZE=" + Math.max(8192, Math.min(65536, Runtime.getRuntime().maxMemory() / 8 / 1024));
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                c.setAutoCommit(false);
                long t0 = System.nanoTime();
                int customers = Math.max(1, counts.get("customer"));
                insert(c, "INSERT INTO customer (name) VALUES (?)", counts.get("customer"), (ps, i) ->
                        ps.setString(1, "杭州电力有限公司" + i + "分公司"));
                int contracts = Math.max(1, counts.get("contract"));
                insert(c, "INSERT INTO contract (contract_no, customer_id, title, signed_date, amount, tax_rate, owner,"
                        + " payment_terms, notes) VALUES (?,?,?,?,?,?,?,?,?)", counts.get("contract"), (ps, i) -> {
                            ps.setString(1, String.format("HT-%d-%06d", 2016 + i % 9, i));
                            ps.setLong(2, 1 + i % customers);
                            ps.setString(3, "离心泵" + (i % 20 + 1) + "台");
                            ps.setObject(4, day(i));
                            ps.setBigDecimal(5, BigDecimal.valueOf(10_000_00L + i * 37L, 2));
                            ps.setBigDecimal(6, new BigDecimal("13.00"));
                            ps.setString(7, "张伟");
                            ps.setString(8, "预付30%，发货60%，质保10%");
                            ps.setString(9, "联系人: 王工 13800000000");
                        });
                int orders = Math.max(1, counts.get("sales_order"));
                insert(c, "INSERT INTO sales_order (contract_id, order_no, description, amount, owner,"
                        + " actual_contract_signed, actual_shipped, actual_accepted, actual_invoiced)"
                        + " VALUES (?,?,?,?,?,?,?,?,?)", counts.get("sales_order"), (ps, i) -> {
                            ps.setLong(1, 1 + i % contracts);
                            ps.setString(2, String.format("HT-%d-%06d", 2016 + i % 9, i));
                            ps.setString(3, "离心泵" + (i % 20 + 1) + "台");
                            ps.setBigDecimal(4, BigDecimal.valueOf(10_000_00L + i * 37L, 2));
                            ps.setString(5, "张伟");
                            ps.setObject(6, day(i));
                            ps.setObject(7, i % 5 == 0 ? null : day(i).plusDays(40));
                            ps.setObject(8, i % 3 == 0 ? day(i).plusDays(100) : null);
                            ps.setObject(9, i % 2 == 0 ? day(i).plusDays(120) : null);
                        });
                insert(c, "INSERT INTO payment (order_id, customer_id, received_date, amount, method)"
                        + " VALUES (?,?,?,?,?)", counts.get("payment"), (ps, i) -> {
                            ps.setLong(1, 1 + i % orders);
                            ps.setLong(2, 1 + i % customers);
                            ps.setObject(3, day(i).plusDays(10));
                            ps.setBigDecimal(4, BigDecimal.valueOf(3_000_00L + i * 11L, 2));
                            ps.setString(5, "TRANSFER");
                        });
                c.commit();
                try (var st = c.createStatement()) {
                    st.execute("CHECKPOINT SYNC");
                }
                return (System.nanoTime() - t0) / 1_000_000;
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private interface Row {
        void set(PreparedStatement ps, int i) throws SQLException;
    }

    private static void insert(Connection c, String sql, int rows, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= rows; i++) {
                row.set(ps, i);
                ps.addBatch();
                if (i % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static LocalDate day(int i) {
        return LocalDate.of(2016, 1, 1).plusDays(i % 3000);
    }
}
