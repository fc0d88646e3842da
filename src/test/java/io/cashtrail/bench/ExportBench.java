package io.cashtrail.bench;

import io.cashtrail.domain.AgingBucket;
import io.cashtrail.i18n.Messages;
import io.cashtrail.report.XlsxReportWriter;
import io.cashtrail.report.XlsxStyles;
import io.cashtrail.service.AgingReport;
import io.cashtrail.service.CollectionsSnapshot;
import io.cashtrail.service.ExportFormat;
import io.cashtrail.service.ExportProgress;
import io.cashtrail.service.ForecastReport;
import io.cashtrail.service.ReceivableLine;
import io.cashtrail.service.Workspace;
import io.cashtrail.store.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code bench/run export [DIR]}: the aging workbook (two summaries and the detail, one row per open
 * installment) of the collections benchmark's data (100,000 orders, 300,000 installments) written
 * by {@code ReportService.exportAging} in a child JVM with -Xmx256m, against a bare SXSSFWorkbook
 * loop writing the same detail cells with the same styles in the same child. Prints export_ms,
 * sxssf_baseline_ms (best of 2 each, alternating) and their ratio; target ratio ≤ 1.5.
 */
public final class ExportBench {
    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Path.of(args[1]));
            return;
        }
        boolean keep = args.length > 0;
        Path dir = keep ? Path.of(args[0]) : Files.createTempDirectory("cashtrail-bench-export-");
        try {
            try (Database db = Database.open(dir)) {
                if (db.isEmpty()) {
                    long t = System.nanoTime();
                    OrdersBench.generate(db, 100_000);
                    CollectionsBench.addInstallmentsAndPayments(db);
                    System.out.println("generate_ms=" + (System.nanoTime() - t) / 1_000_000);
                }
                System.out.println("installments=" + db.rowCounts().get("installment"));
            }
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx256m"));
            for (String p : List.of("cashtrail.logdir", "cashtrail.prefs")) {
                if (System.getProperty(p) != null) {
                    cmd.add("-D" + p + "=" + System.getProperty(p));
                }
            }
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ExportBench.class.getName(), "--child",
                    dir.toString()));
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    System.out.println(line);
                }
            }
            System.out.println("child_exit=" + p.waitFor());
        } finally {
            if (!keep) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    private static void child(Path dir) throws Exception {
        Messages.use(Messages.CHINESE);
        Path out = Files.createTempDirectory("cashtrail-export-out-");
        try (Workspace ws = Workspace.open(dir)) {
            LocalDate asOf = ws.today();
            long t0 = System.nanoTime();
            CollectionsSnapshot snap = ws.collections().load();
            System.out.println("snapshot_load_ms=" + (System.nanoTime() - t0) / 1_000_000);
            List<ReceivableLine> lines = new ArrayList<>();
            for (ReceivableLine l : ws.collections().lines(snap, asOf)) {
                if (l.triggered() && l.outstanding().signum() > 0) {
                    lines.add(l);
                }
            }
            lines.sort(Comparator.comparing((ReceivableLine l) -> l.order().customerName())
                    .thenComparingLong(l -> l.order().orderId()));
            System.out.println("detail_rows=" + lines.size());
            long export = Long.MAX_VALUE;
            long base = Long.MAX_VALUE;
            for (int k = 0; k < 2; k++) {
                long b0 = System.nanoTime();
                baseline(lines, snap.agingBuckets(), asOf, out.resolve("baseline.xlsx"));
                base = Math.min(base, (System.nanoTime() - b0) / 1_000_000);
                long e0 = System.nanoTime();
                ws.reports().exportAging(snap.fresh(), asOf, AgingReport.Basis.DUE, ForecastReport.GroupBy.CUSTOMER,
                        out.resolve("aging.xlsx"), ExportFormat.XLSX, null, ExportProgress.NONE);
                export = Math.min(export, (System.nanoTime() - e0) / 1_000_000);
            }
            System.out.println("export_ms=" + export);
            System.out.println("sxssf_baseline_ms=" + base);
            System.out.printf("ratio=%.2f%n", export / (double) base);
            System.out.println("export_file_kb=" + Files.size(out.resolve("aging.xlsx")) / 1024);
            System.out.println("max_heap_mb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            try (Stream<Path> s = Files.walk(out)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** The detail sheet's cells written by hand with POI: the floor the report writer is measured against. */
    private static void baseline(List<ReceivableLine> lines, List<AgingBucket> buckets, LocalDate asOf, Path file)
            throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook(XlsxReportWriter.WINDOW);
        try (OutputStream os = Files.newOutputStream(file)) {
            XlsxStyles st = new XlsxStyles(wb, "¥");
            SXSSFSheet sh = wb.createSheet("明细");
            Row h = sh.createRow(0);
            for (int c = 0; c < 11 + buckets.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue("列" + c);
                cell.setCellStyle(st.header);
            }
            int r = 1;
            for (ReceivableLine l : lines) {
                Row row = sh.createRow(r);
                text(row, 0, l.order().customerName(), st);
                text(row, 1, l.order().owner(), st);
                text(row, 2, l.order().contractNo(), st);
                text(row, 3, l.order().orderNo(), st);
                text(row, 4, l.installment().label(), st);
                Cell d = row.createCell(5);
                d.setCellValue(l.installment().dueDate());
                d.setCellStyle(st.date);
                money(row, 6, l.installment().amount(), st);
                money(row, 7, l.allocated(), st);
                Cell o = row.createCell(8);
                o.setCellFormula("SUM(L" + (r + 1) + ":R" + (r + 1) + ")");
                o.setCellValue(l.outstanding().doubleValue());
                o.setCellStyle(st.money);
                long days = ChronoUnit.DAYS.between(l.installment().dueDate(), asOf);
                int b = 0;
                while (!buckets.get(b).contains(days)) {
                    b++;
                }
                if (days > 0) {
                    Cell n = row.createCell(9);
                    n.setCellValue(days);
                    n.setCellStyle(st.integer);
                }
                text(row, 10, buckets.get(b).key(), st);
                money(row, 11 + b, l.outstanding(), st);
                r++;
            }
            wb.write(os);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static void text(Row row, int c, String s, XlsxStyles st) {
        Cell cell = row.createCell(c);
        cell.setCellValue(s);
        cell.setCellStyle(st.text);
    }

    private static void money(Row row, int c, BigDecimal v, XlsxStyles st) {
        Cell cell = row.createCell(c);
        cell.setCellValue(v.doubleValue());
        cell.setCellStyle(st.money);
    }
}
