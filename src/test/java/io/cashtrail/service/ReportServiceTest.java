package io.cashtrail.service;

import static io.cashtrail.report.Workbooks.money;
import static io.cashtrail.report.Workbooks.rowOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.AgingBucket;
import io.cashtrail.i18n.Messages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
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
        ws.settings().setCompanyName("华东精工设备有限公司");
    }

    @AfterEach
    void close() {
        ws.close();
        Messages.use(before);
    }

    private AgingReport aging(AgingReport.Basis basis, ForecastReport.GroupBy by) {
        CollectionsService svc = ws.collections();
        CollectionsSnapshot s = svc.load();
        return svc.aging(s, TODAY, basis, s.agingBuckets(), by);
    }

    @Test
    void agingWithTheYearlyBucketsShowsThemAndTheSameTotal() throws Exception {
        Path out = ws.reports().exportAging(TODAY, AgingReport.Basis.DUE, ForecastReport.GroupBy.CUSTOMER, true,
                dir.resolve("yearly.xlsx"), ExportFormat.XLSX, null, ExportProgress.NONE);
        AgingReport byCustomer = aging(AgingReport.Basis.DUE, ForecastReport.GroupBy.CUSTOMER);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            java.util.List<String> texts = new java.util.ArrayList<>();
            java.util.List<java.math.BigDecimal> numbers = new java.util.ArrayList<>();
            wb.getSheetAt(0).forEach(r -> r.forEach(c -> {
                switch (c.getCellType()) {
                    case STRING -> texts.add(c.getStringCellValue());
                    case NUMERIC -> numbers.add(java.math.BigDecimal.valueOf(c.getNumericCellValue()).setScale(2,
                            java.math.RoundingMode.HALF_UP));
                    case FORMULA -> numbers.add(java.math.BigDecimal.valueOf(c.getNumericCellValue()).setScale(2,
                            java.math.RoundingMode.HALF_UP));
                    default -> { }
                }
            }));
            assertThat(texts).contains(Messages.get("aging.bucket.y1_2"), Messages.get("aging.bucket.y3_plus"))
                    .doesNotContain("1-30天");
            assertThat(numbers).contains(byCustomer.total());
        }
    }

    @Test
    void agingWorkbookShowsTheAppsFiguresToTheCentWithFormulasAndFormats() throws Exception {
        Path out = ws.reports().exportAging(TODAY, AgingReport.Basis.DUE, ForecastReport.GroupBy.CUSTOMER,
                dir.resolve("账龄.xlsx"), ExportFormat.XLSX, null, ExportProgress.NONE);
        AgingReport byCustomer = aging(AgingReport.Basis.DUE, ForecastReport.GroupBy.CUSTOMER);
        AgingReport byOwner = aging(AgingReport.Basis.DUE, ForecastReport.GroupBy.OWNER);
        assertThat(byCustomer.total().signum()).isPositive();
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetName(0)).isEqualTo("按客户汇总");
            assertThat(wb.getSheetName(1)).isEqualTo("按业务员汇总");
            assertThat(wb.getSheetName(2)).isEqualTo("明细");
            XSSFSheet sum = wb.getSheetAt(0);
            assertThat(sum.getRow(0).getCell(0).getStringCellValue()).contains("应收账款账龄分析");
            assertThat(sum.getRow(1).getCell(0).getStringCellValue()).isEqualTo("华东精工设备有限公司");
            assertThat(sum.getRow(2).getCell(0).getStringCellValue()).isEqualTo("截至日期：2026-11-27");
            assertThat(sum.getRow(3).getCell(0).getStringCellValue()).isEqualTo("账龄起算：按到期日");
            assertThat(sum.getRow(4).getCell(0).getStringCellValue()).isEqualTo("生成时间：2026-11-27 09:30");
            int header = rowOf(sum, "客户");
            assertThat(header).isPositive();
            Row h = sum.getRow(header);
            assertThat(h.getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat(h.getCell(2).getStringCellValue()).isEqualTo("未到期");
            assertThat(h.getCell(3).getStringCellValue()).isEqualTo("1-30天");
            assertThat(h.getLastCellNum()).isEqualTo((short) (2 + byCustomer.buckets().size()));
            checkSummary(sum, header, byCustomer);
            checkSummary(wb.getSheetAt(1), rowOf(wb.getSheetAt(1), "业务员"), byOwner);
            // frozen header, autofilter, print setup, repeated header row, widths that fit Chinese
            assertThat(sum.getPaneInformation().isFreezePane()).isTrue();
            assertThat((int) sum.getPaneInformation().getHorizontalSplitPosition()).isEqualTo(header + 1);
            assertThat(sum.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sum.getCTWorksheet().getAutoFilter().getRef()).startsWith("A" + (header + 1) + ":");
            assertThat(sum.getPrintSetup().getLandscape()).isTrue();
            assertThat(sum.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sum.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sum.getFitToPage()).isTrue();
            assertThat(sum.getRepeatingRows().formatAsString()).isEqualTo((header + 1) + ":" + (header + 1));
            String longest = byCustomer.byGroup().keySet().stream().max((a, b) -> a.length() - b.length()).orElseThrow();
            assertThat(sum.getColumnWidth(0)).isGreaterThanOrEqualTo(Math.min(60, longest.length() * 2) * 256);
            Cell money = sum.getRow(header + 1).getCell(1);
            assertThat(money.getCellStyle().getDataFormatString()).isEqualTo("\"¥\"#,##0.00");
            // the detail: one row per open installment, bucket columns adding up to the same totals
            Sheet detail = wb.getSheetAt(2);
            int dh = rowOf(detail, "客户");
            int dt = rowOf(detail, "合计");
            assertThat(dt - dh - 1).isPositive();
            Row totals = detail.getRow(dt);
            assertThat(totals.getCell(8).getCellFormula()).isEqualTo("SUM(I" + (dh + 2) + ":I" + dt + ")");
            assertThat(money(totals.getCell(8))).isEqualByComparingTo(byCustomer.total());
            int c = 11;
            for (AgingBucket b : byCustomer.buckets()) {
                assertThat(money(totals.getCell(c++))).as(b.key()).isEqualByComparingTo(byCustomer.totals().get(b));
            }
            Cell due = detail.getRow(dh + 1).getCell(5);
            assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(detail.getRow(dh + 1).getCell(8).getCellFormula()).startsWith("SUM(L");
            assertCachedValuesAreWhatExcelComputes(wb);
        }
    }

    @Test
    void invoiceBasisDetailHasOneRowPerOpenInvoiceAndAddsUpToTheSummary() throws Exception {
        long[] last = {0, 0};
        ExportProgress progress = new ExportProgress() {
            @Override
            public void progress(long done, long total) {
                last[0] = done;
                last[1] = total;
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        Path out = ws.reports().exportAging(TODAY, AgingReport.Basis.INVOICE, ForecastReport.GroupBy.OWNER,
                dir.resolve("inv.xlsx"), ExportFormat.XLSX, null, progress);
        AgingReport byOwner = aging(AgingReport.Basis.INVOICE, ForecastReport.GroupBy.OWNER);
        assertThat(byOwner.total().signum()).isPositive();
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("按业务员汇总");
            checkSummary(wb.getSheetAt(0), rowOf(wb.getSheetAt(0), "业务员"), byOwner);
            Sheet detail = wb.getSheetAt(2);
            int dh = rowOf(detail, "客户");
            assertThat(detail.getRow(dh).getCell(4).getStringCellValue()).isEqualTo("发票号码");
            assertThat(detail.getRow(dh).getCell(5).getStringCellValue()).isEqualTo("开票日期");
            Row totals = detail.getRow(rowOf(detail, "合计"));
            assertThat(money(totals.getCell(8))).isEqualByComparingTo(byOwner.total());
            long rows = rowOf(detail, "合计") - dh - 1;
            int groups = byOwner.byGroup().size() + aging(AgingReport.Basis.INVOICE,
                    ForecastReport.GroupBy.CUSTOMER).byGroup().size();
            assertThat(last[1]).isEqualTo(rows + groups);
            assertThat(last[0]).isEqualTo(last[1]);
            assertCachedValuesAreWhatExcelComputes(wb);
        }
    }

    private static void checkSummary(Sheet s, int header, AgingReport r) {
        int totalRow = rowOf(s, "合计");
        assertThat(totalRow - header - 1).isEqualTo(r.byGroup().size());
        for (int i = header + 1; i < totalRow; i++) {
            Row row = s.getRow(i);
            Map<AgingBucket, BigDecimal> g = r.byGroup().get(row.getCell(0).getStringCellValue());
            assertThat(g).as(row.getCell(0).getStringCellValue()).isNotNull();
            BigDecimal sum = BigDecimal.ZERO;
            int c = 2;
            for (AgingBucket b : r.buckets()) {
                assertThat(money(row.getCell(c++))).isEqualByComparingTo(g.get(b));
                sum = sum.add(g.get(b));
            }
            assertThat(row.getCell(1).getCellFormula()).isEqualTo("SUM(C" + (i + 1) + ":" + col(c - 1) + (i + 1) + ")");
            assertThat(money(row.getCell(1))).isEqualByComparingTo(sum);
        }
        Row t = s.getRow(totalRow);
        assertThat(t.getCell(1).getCellFormula()).isEqualTo("SUM(B" + (header + 2) + ":B" + totalRow + ")");
        assertThat(money(t.getCell(1))).isEqualByComparingTo(r.total());
        int c = 2;
        for (AgingBucket b : r.buckets()) {
            assertThat(money(t.getCell(c++))).isEqualByComparingTo(r.totals().get(b));
        }
    }

    private static String col(int c) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(c);
    }

    /** Recomputes every formula as a spreadsheet program would and compares with the cached value. */
    static void assertCachedValuesAreWhatExcelComputes(XSSFWorkbook wb) {
        XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        BigDecimal cached = money(c);
                        BigDecimal computed = BigDecimal.valueOf(ev.evaluate(c).getNumberValue())
                                .setScale(2, java.math.RoundingMode.HALF_UP);
                        assertThat(cached).as(s.getSheetName() + "!" + c.getAddress()).isEqualByComparingTo(computed);
                        formulas++;
                    }
                }
            }
        }
        assertThat(formulas).isPositive();
    }
}
