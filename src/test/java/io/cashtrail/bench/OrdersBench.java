package io.cashtrail.bench;

import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Stage;
import io.cashtrail.store.Database;
import io.cashtrail.ui.orders.OrderRow;
import io.cashtrail.ui.orders.OrdersViewModel;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@code bench/run orders}: 100,000 orders in a temporary data folder, then the figures of the
 * orders screen: load (database to rows), sort by amount, one filter keystroke, heap after load.
 * Baselines in the same run: sorting through per-cell value wrappers (what a TableView's default
 * sort does) and filtering by re-normalizing every field on each keystroke.
 */
public final class OrdersBench {
    private static final int ORDERS = 100_000;
    private static final String[] CITIES = {"杭州", "上海", "宁波", "苏州", "南京", "合肥", "武汉", "成都", "西安", "广州"};
    private static final String[] KINDS = {"电力", "石化", "机械", "环保", "水务", "钢铁", "港务", "热电"};
    private static final String[] OWNERS = {"张伟", "王芳", "李娜", "刘洋", "陈杰", "杨静", "赵磊", "黄强"};

    private OrdersBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("cashtrail-bench-");
        try (Database db = Database.open(dir)) {
            long t0 = System.nanoTime();
            generate(db, ORDERS);
            System.out.println("generate_ms=" + ms(t0));
        }
        // reopen, as a user starting the app: the first load after opening is what is measured
        try (Database db = Database.open(dir)) {
            long t1 = System.nanoTime();
            List<OrderSummary> summaries = db.orders().summaries();
            long queryMs = ms(t1);
            List<OrderRow> rows = OrdersViewModel.toRows(summaries, LocalDate.now());
            long loadMs = ms(t1);
            System.out.println("orders_query_ms=" + queryMs);

            ObservableList<OrderRow> source = FXCollections.observableArrayList(rows);
            FilteredList<OrderRow> filtered = new FilteredList<>(source);
            SortedList<OrderRow> sorted = new SortedList<>(filtered);
            Comparator<OrderRow> byAmount = Comparator.comparing(OrderRow::amount);
            Comparator<OrderRow> byCustomer = Comparator.comparing(OrderRow::customer);

            long sortMs = median(() -> {
                sorted.setComparator(null);
                long s = System.nanoTime();
                sorted.setComparator(byAmount);
                return ms(s);
            });
            Comparator<OrderRow> viaCells = Comparator.comparing(r -> new ReadOnlyObjectWrapper<>(r.amount()).get());
            long sortBaseline = median(() -> {
                sorted.setComparator(null);
                long s = System.nanoTime();
                sorted.setComparator(viaCells.thenComparing(r -> new ReadOnlyObjectWrapper<>(r.customer()).get()));
                return ms(s);
            });
            sorted.setComparator(byCustomer);
            String[] keys = {"杭", "杭州", "杭州电", "王", "HT2024"};
            long filterMs = median(() -> {
                long worst = 0;
                for (String k : keys) {
                    filtered.setPredicate(null);
                    long s = System.nanoTime();
                    filtered.setPredicate(OrdersViewModel.predicate(k, false, null));
                    worst = Math.max(worst, ms(s));
                }
                return worst;
            });
            long filterBaseline = median(() -> {
                long worst = 0;
                for (String k : keys) {
                    filtered.setPredicate(null);
                    long s = System.nanoTime();
                    filtered.setPredicate(r -> naive(r).contains(k.toLowerCase()));
                    worst = Math.max(worst, ms(s));
                }
                return worst;
            });
            filtered.setPredicate(null);
            System.gc();
            Thread.sleep(200);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            System.out.println("orders=" + rows.size());
            System.out.println("orders_load_ms=" + loadMs);
            System.out.println("sort_ms=" + sortMs);
            System.out.println("sort_via_cell_wrappers_baseline_ms=" + sortBaseline);
            System.out.println("filter_ms=" + filterMs);
            System.out.println("filter_naive_baseline_ms=" + filterBaseline);
            System.out.println("heap_mb=" + heapMb);
            if (sorted.size() != ORDERS) {
                throw new IllegalStateException("lost rows");
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static String naive(OrderRow r) {
        return (r.contractNo() + " " + r.orderNo() + " " + r.customer() + " " + r.owner() + " " + r.currentStage())
                .toLowerCase().replace(" ", "");
    }

    private interface Measure {
        long run();
    }

    private static long median(Measure m) {
        long[] v = new long[7];
        for (int i = 0; i < v.length; i++) {
            v[i] = m.run();
        }
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Bulk rows through batches (the benchmark measures reading, not 100,000 single inserts). */
    static void generate(Database db, int orders) {
        Random rnd = new Random(42);
        LocalDate start = LocalDate.now().minusYears(3);
        db.jdbi().useTransaction(h -> {
            int customers = 2000;
            PreparedBatch cb = h.prepareBatch("INSERT INTO customer (name, invoice_cutoff_day) VALUES (:n, :d)");
            for (int i = 0; i < customers; i++) {
                cb.bind("n", CITIES[i % CITIES.length] + KINDS[i % KINDS.length] + "设备有限公司" + i)
                        .bind("d", i % 3 == 0 ? 25 : null).add();
            }
            cb.execute();
            List<Long> customerIds = h.createQuery("SELECT id FROM customer ORDER BY id").mapTo(Long.class).list();
            PreparedBatch kb = h.prepareBatch("INSERT INTO contract (contract_no, customer_id, signed_date, amount,"
                    + " owner) VALUES (:no, :c, :d, :a, :o)");
            int contracts = orders / 2;
            for (int i = 0; i < contracts; i++) {
                kb.bind("no", "HT" + (2023 + i % 3) + "-" + String.format("%06d", i))
                        .bind("c", customerIds.get(rnd.nextInt(customerIds.size())))
                        .bind("d", start.plusDays(rnd.nextInt(1000))).bind("a", amount(rnd).multiply(BigDecimal.valueOf(2)))
                        .bind("o", OWNERS[i % OWNERS.length]).add();
            }
            kb.execute();
            List<Long> contractIds = h.createQuery("SELECT id FROM contract ORDER BY id").mapTo(Long.class).list();
            StringBuilder cols = new StringBuilder();
            StringBuilder vals = new StringBuilder();
            for (Stage s : Stage.values()) {
                cols.append(", planned_").append(s.key()).append(", actual_").append(s.key());
                vals.append(", :p").append(s.ordinal()).append(", :a").append(s.ordinal());
            }
            PreparedBatch ob = h.prepareBatch("INSERT INTO sales_order (contract_id, order_no, amount, owner" + cols
                    + ") VALUES (:c, :no, :amt, :o" + vals + ")");
            LocalDate today = LocalDate.now();
            for (int i = 0; i < orders; i++) {
                long contract = contractIds.get(i / 2);
                LocalDate d = start.plusDays(rnd.nextInt(1000));
                int reached = rnd.nextInt(Stage.values().length + 1);
                ob.bind("c", contract).bind("no", "DD" + String.format("%07d", i)).bind("amt", amount(rnd))
                        .bind("o", OWNERS[rnd.nextInt(OWNERS.length)]);
                for (Stage s : Stage.values()) {
                    d = d.plusDays(5 + rnd.nextInt(40));
                    LocalDate actual = s.ordinal() < reached && !d.isAfter(today) ? d.plusDays(rnd.nextInt(10)) : null;
                    ob.bind("p" + s.ordinal(), d).bind("a" + s.ordinal(), actual != null && actual.isAfter(today)
                            ? today : actual);
                }
                ob.add();
                if (i % 5000 == 4999) {
                    ob.execute();
                }
            }
            ob.execute();
            List<Long> orderIds = h.createQuery("SELECT id FROM sales_order ORDER BY id").mapTo(Long.class).list();
            PreparedBatch pb = h.prepareBatch("INSERT INTO payment (order_id, customer_id, received_date, amount,"
                    + " method) VALUES (:o, :c, :d, :a, 'BANK_TRANSFER')");
            for (int i = 0; i < orderIds.size(); i += 2) {
                pb.bind("o", orderIds.get(i)).bind("c", customerIds.get(0)).bind("d", today.minusDays(rnd.nextInt(500)))
                        .bind("a", amount(rnd).divide(BigDecimal.TEN)).add();
                if (i % 10000 == 0) {
                    pb.execute();
                }
            }
            pb.execute();
        });
    }

    private static BigDecimal amount(Random rnd) {
        return BigDecimal.valueOf(50_000_00L + (long) (rnd.nextDouble() * 5_000_000_00L), 2);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
