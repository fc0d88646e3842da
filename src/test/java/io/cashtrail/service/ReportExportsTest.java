package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.i18n.Messages;
import io.cashtrail.report.Workbooks;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports through the service: orders list round trip, injection, cancel and refused targets, csv/pdf figures. */
class ReportExportsTest {
    static final LocalDate TODAY = ReportServiceTest.TODAY;
    @TempDir
    Path dir;
    private Workspace ws;
    private Locale before;

    @BeforeEach
    void open() {
        before = Messages.locale();
        Messages.use(Messages.CHINESE);
        ws = Workspace.open(dir.resolve("data"), Clock.fixed(TODAY.atTime(9, 30).atZone(ZoneId.systemDefault())
                .toInstant(), ZoneId.systemDefault()));
        ws.loadDemoData(7);
    }

    @AfterEach
    void close() {
        ws.close();
        Messages.use(before);
    }

    private long filesIn(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    /**
     * The round trip: every order is found again with the same customer, salesperson, amount and
     * received total (the headers are the importer's own synonyms), and nothing changes: the
     * columns Cashtrail works out (current stage, next step and its date, days late) are recognised
     * as such and not stored.
     */
    @Test
    void exportedOrdersImportBackWithoutNewRecordsOrChangedFigures() throws Exception {
        for (Locale lang : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            Messages.use(lang);
            Path out = ws.reports().exportTable(ws.reports().ordersTable(null), dir.resolve("orders-" + lang + ".xlsx"),
                    ExportFormat.XLSX, ExportProgress.NONE);
            int orders = ws.orders().summaries().size();
            var countsBefore = ws.rowCounts();
            try (ImportFile f = ws.imports().open(out, null)) {
                ImportPreview p = ws.imports().preview(f, null, false, null);
                assertThat(p.plan().headerNames()).as(lang.toString()).hasSize(11);
                assertThat(p.problemLines(5)).as(lang.toString()).isEmpty();
                assertThat(p.created()).as(lang.toString()).isZero();
                assertThat(p.rejected()).isZero();
                assertThat(p.skipped()).as("the totals row").isLessThanOrEqualTo(1);
                assertThat(p.updated()).as(lang + ": nothing changes").isZero();
                assertThat(p.unchanged()).isEqualTo(orders);
            }
            assertThat(ws.rowCounts()).isEqualTo(countsBefore);
        }
    }

    @Test
    void theOrdersFilterIsTheScreensMultiWordFilter() {
        var all = ws.reports().ordersTable(null);
        var first = all.rows().get(0);
        String customer = (String) first.get(2);
        String contract = (String) first.get(0);
        var some = ws.reports().ordersTable("  " + contract.toLowerCase(Locale.ROOT) + "   " + customer.substring(0, 2));
        assertThat(some.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.get(0)).isEqualTo(contract));
        assertThat(ws.reports().ordersTable("逾期不存在的词").rows()).isEmpty();
        assertThat(all.columns()).extracting(TableExport.Column::header).containsExactly("合同编号", "订单编号", "客户",
                "业务员", "金额", "当前阶段", "下一步", "下一步日期", "延误天数", "已回款", "未回款");
    }

    @Test
    void userTextThatLooksLikeAFormulaNeverRunsInAnyFormat() throws Exception {
        Customer c = ws.customers().all().get(0);
        ws.customers().save(c.withName("=HYPERLINK(\"http://evil\",\"点\")"));
        TableExport t = ws.reports().ordersTable("hyperlink");
        assertThat(t.rows()).isNotEmpty();
        Path x = ws.reports().exportTable(t, dir.resolve("o.xlsx"), ExportFormat.XLSX, ExportProgress.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(x.toFile())) {
            Sheet s = wb.getSheetAt(0);
            Row r = s.getRow(Workbooks.rowOf(s, "合同编号") + 1);
            assertThat(r.getCell(2).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(r.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(r.getCell(4).getNumericCellValue()).isPositive();
        }
        Path csv = ws.reports().exportTable(t, dir.resolve("o.csv"), ExportFormat.CSV, ExportProgress.NONE);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"点\"\")\",").doesNotContain(",=HYPERLINK");
        Path gbk = ws.reports().exportTable(t, dir.resolve("o-gbk.csv"), ExportFormat.CSV_GBK, ExportProgress.NONE);
        assertThat(new String(Files.readAllBytes(gbk), Charset.forName("GBK"))).contains("\"'=HYPERLINK(");
        org.junit.jupiter.api.Assumptions.assumeTrue(io.cashtrail.report.CjkFont.find().isPresent());
        Path pdf = ws.reports().exportTable(t, dir.resolve("o.pdf"), ExportFormat.PDF, ExportProgress.NONE);
        assertThat(ReportPdfs.text(pdf)).contains("=HYPERLINK");
    }

    @Test
    void aCancelledExportLeavesNoFileAndAnExistingOneUntouched() throws Exception {
        Path target = dir.resolve("out");
        Files.createDirectories(target);
        Path f = target.resolve("账龄.xlsx");
        Files.writeString(f, "previous report");
        AtomicLong seen = new AtomicLong();
        ExportProgress cancelSoon = new ExportProgress() {
            @Override
            public void progress(long done, long total) {
                seen.set(done);
            }

            @Override
            public boolean cancelled() {
                return seen.get() >= 0;
            }
        };
        for (ExportFormat format : ExportFormat.values()) {
            assertThatThrownBy(() -> ws.reports().exportReceivables(TODAY, ForecastReport.GroupBy.CUSTOMER, f, format,
                    cancelSoon)).as(format.name()).isInstanceOf(CancellationException.class);
            assertThat(Files.readString(f)).isEqualTo("previous report");
            assertThat(filesIn(target)).isEqualTo(1);
        }
    }

    @Test
    void aTargetOpenElsewhereOrAReadOnlyFolderGivesAClearMessage() throws Exception {
        Path f = dir.resolve("locked.xlsx");
        Files.writeString(f, "open in Excel");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> ws.reports().exportAging(TODAY, AgingReport.Basis.DUE, ForecastReport.GroupBy.CUSTOMER,
                f, ExportFormat.XLSX, null, ExportProgress.NONE)).isInstanceOf(ExportException.class)
                .hasMessageContaining("locked.xlsx").hasMessageContaining("其他程序");
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        assertThatThrownBy(() -> ws.reports().exportForecast(TODAY, ForecastReport.GroupBy.OWNER, ro.resolve("f.csv"),
                ExportFormat.CSV, ExportProgress.NONE)).isInstanceOf(ExportException.class)
                .hasMessageContaining("文件夹");
        assertThat(filesIn(ro)).isZero();
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void withoutAChineseFontThePdfIsRefusedBeforeAnythingIsComputed() throws Exception {
        String before = System.getProperty("cashtrail.pdf.font");
        System.setProperty("cashtrail.pdf.font", dir.resolve("no-such-font.ttf").toString());
        try {
            assertThatThrownBy(() -> ws.reports().exportForecast(TODAY, ForecastReport.GroupBy.CUSTOMER,
                    dir.resolve("f.pdf"), ExportFormat.PDF, ExportProgress.NONE)).isInstanceOf(ExportException.class)
                    .hasMessageContaining("字体").hasMessageContaining(".xlsx");
            assertThat(dir.resolve("f.pdf")).doesNotExist();
        } finally {
            if (before == null) {
                System.clearProperty("cashtrail.pdf.font");
            } else {
                System.setProperty("cashtrail.pdf.font", before);
            }
        }
    }

    @Test
    void forecastCsvAndReceivablesPdfCarryTheAppsTotals() throws Exception {
        CollectionsService svc = ws.collections();
        ForecastReport f = svc.forecast(svc.load(), TODAY, 12, ForecastReport.GroupBy.CUSTOMER);
        Path csv = ws.reports().exportForecast(TODAY, ForecastReport.GroupBy.CUSTOMER, dir.resolve("f.csv"),
                ExportFormat.CSV, ExportProgress.NONE);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFF客户 / 业务员,已逾期," + f.months().get(0));
        assertThat(lines).hasSize(f.rows().size() + 2);
        String[] total = lines.get(lines.size() - 1).split(",");
        assertThat(total[0]).isEqualTo("合计");
        assertThat(new BigDecimal(total[1])).isEqualByComparingTo(f.total().overdue());
        assertThat(new BigDecimal(total[total.length - 1])).isEqualByComparingTo(f.total().total());
        org.junit.jupiter.api.Assumptions.assumeTrue(io.cashtrail.report.CjkFont.find().isPresent());
        ws.settings().setCompanyName("华东精工设备有限公司");
        Path pdf = ws.reports().exportReceivables(TODAY, ForecastReport.GroupBy.CUSTOMER, dir.resolve("r.pdf"),
                ExportFormat.PDF, ExportProgress.NONE);
        BigDecimal open = svc.lines(svc.load(), TODAY).stream().map(ReceivableLine::outstanding)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String text = ReportPdfs.text(pdf);
        int pages = ReportPdfs.pages(pdf);
        assertThat(pages).isGreaterThan(1);
        assertThat(text).contains("华东精工设备有限公司").contains("应收账款明细").contains("截至日期：2026-11-27")
                .contains("第 1 / " + pages + " 页").contains("第 " + pages + " / " + pages + " 页").contains("本页小计")
                .contains(io.cashtrail.i18n.Formats.money(open));
    }
}
