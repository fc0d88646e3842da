package io.cashtrail.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cashtrail.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWritersTest {
    /** Text a spreadsheet would run as a formula if written naively. */
    static final List<String> RISKY = List.of("=HYPERLINK(\"http://x\",\"点我\")", "+1+2", "-2+3", "@SUM(A1)",
            "\tcmd", "\rcmd");
    static final int ROWS = 100;
    @TempDir
    Path dir;
    private Locale before;

    @BeforeEach
    void chinese() {
        before = Messages.locale();
        Messages.use(Messages.CHINESE);
    }

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    static BigDecimal amount(int i) {
        return new BigDecimal(i * 1000 + 1).movePointLeft(2).add(BigDecimal.valueOf(i % 3 == 0 ? -5 : 0));
    }

    static ReportDocument doc() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String name = i < RISKY.size() ? RISKY.get(i) : "客户" + i + "有限公司";
            rows.add(new Object[] {name, amount(i), LocalDate.of(2026, 1, 1).plusDays(i), i % 7 == 0 ? null : (long) i});
        }
        List<ReportColumn> cols = List.of(ReportColumn.text("客户"), ReportColumn.money("金额"),
                ReportColumn.date("到期日"), ReportColumn.integer("逾期天数"));
        return new ReportDocument("测试报表", "=公司", List.of("截至日期：2026-11-27"), "¥",
                List.of(new ReportTable("明细", null, cols, rows, rows.size(), "合计", null)));
    }

    static BigDecimal total(int from, int to) {
        BigDecimal s = BigDecimal.ZERO.setScale(2);
        for (int i = from; i < to; i++) {
            s = s.add(amount(i));
        }
        return s;
    }

    @Test
    void xlsxKeepsRiskyTextAsQuotedTextAndAmountsAsNumbers() throws Exception {
        Path f = dir.resolve("t.xlsx");
        try (var out = Files.newOutputStream(f)) {
            XlsxReportWriter.write(doc(), out, WriteProgress.NONE);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(f.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            Cell company = s.getRow(1).getCell(0);
            assertThat(company.getStringCellValue()).isEqualTo("=公司");
            assertThat(company.getCellStyle().getQuotePrefixed()).isTrue();
            int h = Workbooks.rowOf(s, "客户");
            for (int i = 0; i < RISKY.size(); i++) {
                Row r = s.getRow(h + 1 + i);
                assertThat(r.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(r.getCell(0).getStringCellValue()).isEqualTo(RISKY.get(i));
                assertThat(r.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
                assertThat(r.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            }
            assertThat(s.getRow(h + 10).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            Row t = s.getRow(Workbooks.rowOf(s, "合计"));
            assertThat(t.getCell(1).getCellFormula()).isEqualTo("SUM(B" + (h + 2) + ":B" + (h + 1 + ROWS) + ")");
            assertThat(Workbooks.money(t.getCell(1))).isEqualByComparingTo(total(0, ROWS));
            int widest = RISKY.stream().mapToInt(TextWidth::of).max().orElseThrow();
            assertThat(s.getColumnWidth(0)).isEqualTo((widest + 2) * 256);
            assertThat(s.getColumnWidth(1)).isEqualTo((TextWidth.of("¥99,001.01") + 2) * 256);
        }
    }

    @Test
    void csvIsUtf8WithBomOrGbkWithPlainAmountsAndNeutralisedText() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        CsvReportWriter.write(doc(), b, StandardCharsets.UTF_8, WriteProgress.NONE);
        byte[] bytes = b.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo("客户,金额,到期日,逾期天数");
        assertThat(lines[1]).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",-4.99,2026-01-01,");
        assertThat(lines[2]).isEqualTo("'+1+2,10.01,2026-01-02,1");
        assertThat(lines[3]).isEqualTo("'-2+3,20.01,2026-01-03,2");
        assertThat(lines[4]).isEqualTo("'@SUM(A1),25.01,2026-01-04,3");
        assertThat(lines[5]).isEqualTo("'\tcmd,40.01,2026-01-05,4");
        assertThat(text).contains("\"'\rcmd\",50.01,");
        assertThat(text).endsWith("\r\n合计," + total(0, ROWS).toPlainString() + ",,\r\n");
        ByteArrayOutputStream g = new ByteArrayOutputStream();
        CsvReportWriter.write(doc(), g, Charset.forName("GBK"), WriteProgress.NONE);
        byte[] gbk = g.toByteArray();
        assertThat(gbk[0]).isNotEqualTo((byte) 0xEF);
        assertThat(new String(gbk, Charset.forName("GBK"))).startsWith("客户,金额,到期日,逾期天数\r\n")
                .contains("客户99有限公司,");
    }

    static void assumeCjkFont() {
        Assumptions.assumeTrue(CjkFont.find().isPresent(), "no CJK font on this machine");
    }

    @Test
    void pdfHasPageNumbersPageTotalsAndTheGrandTotal() throws Exception {
        assumeCjkFont();
        Path f = dir.resolve("t.pdf");
        try (var out = Files.newOutputStream(f)) {
            PdfReportWriter.write(doc(), out, WriteProgress.NONE);
        }
        int per = PdfReportWriter.rowsPerPage();
        int pages = PdfReportWriter.pageCount(ROWS);
        assertThat(pages).isGreaterThan(1);
        DecimalFormat fmt = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
            PDFTextStripper strip = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                strip.setStartPage(p);
                strip.setEndPage(p);
                String page = strip.getText(pdf);
                assertThat(page).contains("=公司").contains("测试报表").contains("截至日期：2026-11-27");
                assertThat(page).contains("第 " + p + " / " + pages + " 页");
                BigDecimal pageTotal = total((p - 1) * per, Math.min(ROWS, p * per));
                assertThat(page).contains("本页小计").contains("¥" + fmt.format(pageTotal));
                if (p == 1) {
                    assertThat(page).contains("客户5有限公司".substring(0, 0) + "=HYPERLINK").contains("@SUM(A1)")
                            .contains("¥-4.99").contains("2026-01-01");
                }
                if (p == pages) {
                    assertThat(page).contains("合计").contains("¥" + fmt.format(total(0, ROWS)));
                }
            }
        }
    }

    @Test
    void pdfIsRefusedClearlyWithoutAChineseFont() {
        String before = System.getProperty("cashtrail.pdf.font");
        System.setProperty("cashtrail.pdf.font", dir.resolve("missing.ttf").toString());
        try {
            assertThatThrownBy(() -> PdfReportWriter.write(doc(), new ByteArrayOutputStream(), WriteProgress.NONE))
                    .isInstanceOf(NoCjkFontException.class).hasMessageContaining("字体");
        } finally {
            if (before == null) {
                System.clearProperty("cashtrail.pdf.font");
            } else {
                System.setProperty("cashtrail.pdf.font", before);
            }
        }
    }

    @Test
    void widthsCountChineseAsTwo() {
        assertThat(TextWidth.of("客户A")).isEqualTo(5);
        assertThat(TextWidth.of("ＡＢ")).isEqualTo(4);
        assertThat(TextWidth.money(new BigDecimal("1234567.89"), 1)).isEqualTo("¥1,234,567.89".length());
        assertThat(SafeText.risky("普通")).isFalse();
        assertThat(SafeText.risky("")).isFalse();
        assertThat(SafeText.forCsv("=1")).isEqualTo("'=1");
    }
}
