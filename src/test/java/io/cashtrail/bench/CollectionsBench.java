package io.cashtrail.bench;

import io.cashtrail.domain.Aging;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Stage;
import io.cashtrail.service.ActionSettings;
import io.cashtrail.service.AgingReport;
import io.cashtrail.service.CollectionsService;
import io.cashtrail.service.CollectionsSnapshot;
import io.cashtrail.service.ForecastReport;
import io.cashtrail.service.Workspace;
import io.cashtrail.store.Database;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@code bench/run collections}: 100,000 orders, 300,000 installments and 250,000 payments, then
 * aging, the 12-month forecast and the full action list (each on a snapshot with a cold allocation
 * cache, median of 5), and one replan: a stage date changed, the affected installments recomputed
 * and saved. Also reports how long reading the snapshot takes. {@code bench/run collections DIR}
 * keeps (and reuses) the generated data folder DIR.
 */
public final class CollectionsBench {
    private CollectionsBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean keep = args.length > 0;
        Path dir = keep ? Path.of(args[0]) : Files.createTempDirectory("cashtrail-bench-coll-");
        try {
            try (Database db = Database.open(dir)) {
                if (!db.isEmpty()) {
                    System.out.println("reusing=" + dir);
                } else {
                    long t = System.nanoTime();
                    OrdersBench.generate(db, 100_000);
                    addInstallmentsAndPayments(db);
                    System.out.println("generate_ms=" + (System.nanoTime() - t) / 1_000_000);
                }
                System.out.println("installments=" + db.rowCounts().get("installment"));
                System.out.println("payments=" + db.rowCounts().get("payment"));
            }
            try (Workspace ws = Workspace.open(dir)) {
                CollectionsService svc = ws.collections();
                long t0 = System.nanoTime();
                CollectionsSnapshot snap = svc.load();
                System.out.println("snapshot_load_ms=" + (System.nanoTime() - t0) / 1_000_000);
                LocalDate today = LocalDate.now();
                svc.aging(snap.fresh(), today, AgingReport.Basis.DUE, Aging.defaultBuckets(),
                        ForecastReport.GroupBy.CUSTOMER);
                System.out.println("aging_ms=" + median(() -> svc.aging(snap.fresh(), today.minusDays(30),
                        AgingReport.Basis.DUE, Aging.defaultBuckets(), ForecastReport.GroupBy.CUSTOMER)));
                System.out.println("forecast_ms=" + median(() -> svc.forecast(snap.fresh(), today, 12,
                        ForecastReport.GroupBy.CUSTOMER)));
                System.out.println("actions_ms=" + median(() -> svc.actions(snap.fresh(), today,
                        ActionSettings.DEFAULTS)));
                long orderId = ws.orders().summaries().get(4242).orderId();
                long[] replan = new long[5];
                for (int k = 0; k < replan.length; k++) {
                    Order o = ws.orders().detail(orderId).order();
                    LocalDate p = o.stages().planned(Stage.ACCEPTED);
                    Order moved = o.withStages(o.stages().withPlanned(Stage.ACCEPTED, p.plusDays(k % 2 == 0 ? 9 : -9)));
                    long s = System.nanoTime();
                    ws.orders().save(moved);
                    replan[k] = (System.nanoTime() - s) / 1_000_000;
                }
                Arrays.sort(replan);
                System.out.println("replan_ms=" + replan[replan.length / 2]);
            }
        } finally {
            if (keep) {
                return;
            }
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static long median(Runnable r) {
        long[] v = new long[5];
        for (int i = 0; i < v.length; i++) {
            long s = System.nanoTime();
            r.run();
            v[i] = (System.nanoTime() - s) / 1_000_000;
        }
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** Three installments per order (30/60/10 by stage) and 150,000 more payments (250,000 in all). */
    private static void addInstallmentsAndPayments(Database db) {
        Random rnd = new Random(11);
        db.jdbi().useTransaction(h -> {
            List<long[]> orders = h.createQuery("SELECT o.id, c.customer_id FROM sales_order o JOIN contract c"
                    + " ON c.id = o.contract_id ORDER BY o.id").map((rs, c) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .list();
            List<BigDecimal> amounts = h.createQuery("SELECT amount FROM sales_order ORDER BY id")
                    .mapTo(BigDecimal.class).list();
            PreparedBatch ib = h.prepareBatch("INSERT INTO installment (order_id, seq, label, amount, trigger_event,"
                    + " offset_days, due_date, invoice_required) VALUES (:o, :s, :l, :a, :t, :d, :due, :inv)");
            String[] labels = {"预付款", "验收款", "质保金"};
            String[] triggers = {"contract_signed", "accepted", "accepted"};
            int[] pct = {30, 60, 10};
            int[] offsets = {0, 0, 365};
            LocalDate base = LocalDate.now().minusYears(2);
            for (int k = 0; k < orders.size(); k++) {
                BigDecimal amount = amounts.get(k);
                BigDecimal assigned = BigDecimal.ZERO;
                for (int s = 0; s < 3; s++) {
                    BigDecimal part = s == 2 ? amount.subtract(assigned)
                            : amount.multiply(BigDecimal.valueOf(pct[s])).divide(BigDecimal.valueOf(100), 2,
                                    java.math.RoundingMode.HALF_UP);
                    assigned = assigned.add(part);
                    ib.bind("o", orders.get(k)[0]).bind("s", s + 1).bind("l", labels[s]).bind("a", part)
                            .bind("t", triggers[s]).bind("d", offsets[s])
                            .bind("due", base.plusDays(rnd.nextInt(1000))).bind("inv", s > 0).add();
                }
                if (k % 5000 == 4999) {
                    ib.execute();
                }
            }
            ib.execute();
            PreparedBatch pb = h.prepareBatch("INSERT INTO payment (order_id, customer_id, received_date, amount,"
                    + " method) VALUES (:o, :c, :d, :a, 'BANK_TRANSFER')");
            for (int k = 0; k < 200_000; k++) {
                long[] o = orders.get(rnd.nextInt(orders.size()));
                pb.bind("o", o[0]).bind("c", o[1]).bind("d", base.plusDays(rnd.nextInt(700)))
                        .bind("a", BigDecimal.valueOf(1_000_00L + rnd.nextInt(50_000_00), 2)).add();
                if (k % 5000 == 4999) {
                    pb.execute();
                }
            }
            pb.execute();
        });
    }
}
