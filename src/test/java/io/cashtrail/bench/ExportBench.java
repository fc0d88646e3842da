package io.cashtrail.bench;

import io.cashtrail.domain.Aging;
import io.cashtrail.domain.AgingBucket;
import io.cashtrail.report.AtomicOutput;
import io.cashtrail.report.ReportColumn;
import io.cashtrail.report.ReportDocument;
import io.cashtrail.report.ReportTable;
import io.cashtrail.report.WriteProgress;
import io.cashtrail.report.XlsxReportWriter;
import io.cashtrail.report.XlsxStyles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code bench/run export}: the aging detail of 300,000 installments (100,000 orders, 3 installments
 * each split 30/60/10 like {@link CollectionsBench}) written to .xlsx in a child JVM with -Xmx256m,
 * twice: by the report writer ({@link XlsxReportWriter} through {@link AtomicOutput}: title block,
 * injection checks, widths, row and total formulas with their values, frozen filterable header,
 * print setup, temp file and move) → export_ms; and by a bare SXSSFWorkbook loop writing the same
 * cells with the same styles → sxssf_baseline_ms. Rows are generated on the fly in both, so the
 * heap holds only SXSSF's window. Best of 3, alternating. Target: export_ms ≤ 1.5 × baseline.
 * (Computing the figures from a database is measured by {@code bench/run collections}.)
 */
public final class ExportBench {
    static final int ORDERS = 100_000;
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final String[] LABELS = {"预付款", "验收款", "质保金"};
    private static final int[] PCT = {30, 60, 10};
    private static final String[] CITIES = {"杭州", "宁波", "苏州", "无锡", "南京", "合肥", "上海", "绍兴", "嘉兴", "温州"};
    private static final String[] TRADES = {"精密机械有限公司", "环保科技有限公司", "化工集团有限公司", "新能源开发有限公司",
        "水务集团有限公司", "钢铁股份有限公司", "电力设备有限公司", "建设工程有限公司"};
    private static final String[] OWNERS = {"王磊", "刘洋", "杨帆", "陈静", "赵强", "孙丽", "周杰", "吴敏", "郑涛", "冯雪"};

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child();
            return;
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m"));
        for (String p : List.of("cashtrail.logdir", "cashtrail.prefs")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ExportBench.class.getName(), "--child"));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                System.out.println(line);
            }
        }
        System.out.println("child_exit=" + p.waitFor());
    }

    private static void child() throws Exception {
        List<AgingBucket> buckets = Aging.defaultBuckets();
        Path out = Files.createTempDirectory("cashtrail-export-out-");
        try {
            long export = Long.MAX_VALUE;
            long base = Long.MAX_VALUE;
            for (int k = 0; k < 3; k++) {
                long b0 = System.nanoTime();
                baseline(buckets, out.resolve("baseline.xlsx"));
                base = Math.min(base, (System.nanoTime() - b0) / 1_000_000);
                long e0 = System.nanoTime();
                AtomicOutput.write(out.resolve("aging.xlsx"),
                        o -> XlsxReportWriter.write(document(buckets), o, WriteProgress.NONE));
                export = Math.min(export, (System.nanoTime() - e0) / 1_000_000);
            }
            System.out.println("rows=" + ORDERS * 3);
            System.out.println("export_ms=" + export);
            System.out.println("sxssf_baseline_ms=" + base);
            System.out.printf("ratio=%.2f%n", export / (double) base);
            System.out.println("export_file_kb=" + Files.size(out.resolve("aging.xlsx")) / 1024);
            System.out.println("baseline_file_kb=" + Files.size(out.resolve("baseline.xlsx")) / 1024);
            System.out.println("max_heap_mb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            try (Stream<Path> s = Files.walk(out)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** The detail sheet as the aging export lays it out (same columns as AgingExport's detail). */
    static ReportDocument document(List<AgingBucket> buckets) {
        List<ReportColumn> cols = new ArrayList<>(List.of(ReportColumn.text("客户"), ReportColumn.text("业务员"),
                ReportColumn.text("合同编号"), ReportColumn.text("订单编号"), ReportColumn.text("回款节点"),
                ReportColumn.date("到期日"), ReportColumn.money("应收金额"), ReportColumn.money("已收金额"),
                ReportColumn.money("未回款"), ReportColumn.integer("逾期天数"), ReportColumn.text("账龄区间")));
        buckets.forEach(b -> cols.add(ReportColumn.money(b.key())));
        ReportTable t = new ReportTable("明细", "明细", cols, () -> rows(buckets), ORDERS * 3L, "合计",
                new ReportTable.RowSum(8, 11, cols.size() - 1));
        return new ReportDocument("应收账款账龄分析", "华东精工设备有限公司",
                List.of("截至日期：2026-11-27", "账龄起算：按到期日", "生成时间：2026-11-27 09:30"), "¥", List.of(t));
    }

    /** 300,000 detail rows generated on the fly, the same sequence every time. */
    static Iterator<Object[]> rows(List<AgingBucket> buckets) {
        Random rnd = new Random(11);
        LocalDate base = AS_OF.minusYears(2);
        int n = 11 + buckets.size();
        return new Iterator<>() {
            private int order;
            private int seq;
            private BigDecimal amount;
            private BigDecimal assigned;
            private String customer;
            private String owner;
            private String contract;

            @Override
            public boolean hasNext() {
                return order < ORDERS;
            }

            @Override
            public Object[] next() {
                if (seq == 0) {
                    amount = BigDecimal.valueOf(50_000_00L + rnd.nextInt(500_000_000), 2);
                    assigned = BigDecimal.ZERO;
                    customer = CITIES[order % CITIES.length] + (order % 997) + TRADES[order % TRADES.length];
                    owner = OWNERS[order % OWNERS.length];
                    contract = String.format("HT2025-%06d", order);
                }
                BigDecimal part = seq == 2 ? amount.subtract(assigned)
                        : amount.multiply(BigDecimal.valueOf(PCT[seq])).divide(BigDecimal.valueOf(100), 2,
                                RoundingMode.HALF_UP);
                assigned = assigned.add(part);
                BigDecimal paid = rnd.nextInt(3) == 0 ? part.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN)
                        : BigDecimal.ZERO.setScale(2);
                BigDecimal open = part.subtract(paid);
                LocalDate due = base.plusDays(rnd.nextInt(1000));
                long days = ChronoUnit.DAYS.between(due, AS_OF);
                int b = 0;
                while (!buckets.get(b).contains(days)) {
                    b++;
                }
                Object[] r = new Object[n];
                r[0] = customer;
                r[1] = owner;
                r[2] = contract;
                r[3] = contract + "-01";
                r[4] = LABELS[seq];
                r[5] = due;
                r[6] = part;
                r[7] = paid;
                r[8] = open;
                r[9] = days > 0 ? (Object) days : null;
                r[10] = buckets.get(b).key();
                r[11 + b] = open;
                if (++seq == 3) {
                    seq = 0;
                    order++;
                }
                return r;
            }
        };
    }

    /** The same cells with the same styles, written by hand with POI: the floor the writer is measured against. */
    private static void baseline(List<AgingBucket> buckets, Path file) throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook(XlsxReportWriter.WINDOW);
        try (OutputStream os = Files.newOutputStream(file)) {
            XlsxStyles st = new XlsxStyles(wb, "¥");
            SXSSFSheet sh = wb.createSheet("明细");
            Row h = sh.createRow(0);
            int n = 11 + buckets.size();
            for (int c = 0; c < n; c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue("列" + c);
                cell.setCellStyle(st.header);
            }
            int r = 1;
            for (Iterator<Object[]> it = rows(buckets); it.hasNext();) {
                Object[] v = it.next();
                Row row = sh.createRow(r);
                for (int c = 0; c < n; c++) {
                    Object x = v[c];
                    if (x == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (x instanceof String s) {
                        cell.setCellValue(s);
                        cell.setCellStyle(st.text);
                    } else if (x instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(st.date);
                    } else if (x instanceof BigDecimal m) {
                        if (c == 8) {
                            cell.setCellFormula("SUM(L" + (r + 1) + ":R" + (r + 1) + ")");
                        }
                        cell.setCellValue(m.doubleValue());
                        cell.setCellStyle(st.money);
                    } else {
                        cell.setCellValue(((Number) x).longValue());
                        cell.setCellStyle(st.integer);
                    }
                }
                r++;
            }
            wb.write(os);
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
