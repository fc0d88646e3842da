package io.cashtrail.importer.read;

import static io.cashtrail.importer.read.ReadHelper.row;
import static io.cashtrail.importer.read.ReadHelper.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.importer.read.CellValue.Kind;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTest {
    @TempDir
    Path dir;

    private Path write(Workbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); wb) {
            wb.write(out);
        }
        return file;
    }

    private static CellStyle format(Workbook wb, String fmt) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(fmt));
        return s;
    }

    private Path sample() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("订单");
        Row r0 = s.createRow(0);
        r0.createCell(0).setCellValue("  客户名称\u3000");
        r0.createCell(1).setCellValue(1234567.89);
        r0.createCell(2).setCellFormula("0.1+0.2");
        r0.createCell(3).setCellValue(true);
        r0.createCell(4).setCellErrorValue(FormulaError.NA.getCode());
        r0.createCell(5).setCellFormula("1/0");
        Row r1 = s.createRow(1);
        r1.createCell(0).setCellValue(LocalDateTime.of(2025, 11, 29, 0, 0));
        r1.getCell(0).setCellStyle(format(wb, "yyyy-mm-dd"));
        r1.createCell(1).setCellValue(LocalDateTime.of(2026, 3, 5, 0, 0));
        CellStyle eastAsian = wb.createCellStyle();
        eastAsian.setDataFormat((short) 31);
        r1.getCell(1).setCellStyle(eastAsian);
        r1.createCell(2).setCellValue(-1234.5);
        r1.getCell(2).setCellStyle(format(wb, "#,##0.00"));
        XSSFRichTextString rich = new XSSFRichTextString("上海南泵 有限公司");
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        rich.applyFont(0, 4, bold);
        r1.createCell(3).setCellValue(rich);
        Row r2 = s.createRow(2);
        r2.setZeroHeight(true);
        r2.createCell(0).setCellValue("hidden row");
        s.createRow(4).createCell(0).setCellValue("merged");
        s.addMergedRegion(new CellRangeAddress(4, 6, 0, 2));
        s.createRow(5);
        s.createRow(2000).createCell(3).setCellValue("far");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Sheet hidden = wb.createSheet("Hidden");
        hidden.createRow(0).createCell(0).setCellValue("secret");
        wb.setSheetHidden(1, true);
        return write(wb, "sample.xlsx");
    }

    @Test
    void readsValuesExactlyAndTrimsText() throws Exception {
        List<SheetRow> rows = rows(sample(), 0);
        SheetRow r0 = row(rows, 0);
        assertThat(r0.cell(0)).isEqualTo(CellValue.text("客户名称"));
        assertThat(r0.cell(1).kind()).isEqualTo(Kind.NUMBER);
        assertThat(r0.cell(1).number()).isEqualByComparingTo("1234567.89");
        assertThat(r0.cell(1).number().toPlainString()).isEqualTo("1234567.89");
        assertThat(r0.cell(2).number()).as("cached 0.1+0.2 at Excel precision").isEqualTo(new BigDecimal("0.3"));
        assertThat(r0.cell(3)).isEqualTo(CellValue.bool(true));
        assertThat(r0.cell(4)).isEqualTo(CellValue.error("#N/A"));
        assertThat(r0.cell(5)).isEqualTo(CellValue.error("#DIV/0!"));
    }

    @Test
    void readsDatesIncludingEastAsianBuiltInFormats() throws Exception {
        SheetRow r1 = row(rows(sample(), 0), 1);
        assertThat(r1.cell(0).kind()).isEqualTo(Kind.DATE);
        assertThat(r1.cell(0).dateTime()).isEqualTo(LocalDateTime.of(2025, 11, 29, 0, 0));
        assertThat(r1.cell(0).format()).isEqualTo("yyyy-mm-dd");
        assertThat(r1.cell(1).kind()).as("format id 31").isEqualTo(Kind.DATE);
        assertThat(r1.cell(1).dateTime()).isEqualTo(LocalDateTime.of(2026, 3, 5, 0, 0));
        assertThat(r1.cell(1).format()).contains("年");
        assertThat(r1.cell(2).kind()).isEqualTo(Kind.NUMBER);
        assertThat(r1.cell(2).number()).isEqualByComparingTo("-1234.5");
        assertThat(r1.cell(2).format()).isEqualTo("#,##0.00");
        assertThat(r1.cell(3).text()).isEqualTo("上海南泵 有限公司");
    }

    @Test
    void copiesMergedValuesAndMarksHiddenRowsAndSheets() throws Exception {
        Path file = sample();
        List<SheetRow> rows = rows(file, 0);
        assertThat(row(rows, 2).hidden()).isTrue();
        assertThat(row(rows, 1).hidden()).isFalse();
        for (int r = 4; r <= 6; r++) {
            for (int c = 0; c <= 2; c++) {
                assertThat(row(rows, r).cell(c).text()).as("merged %d,%d", r, c).isEqualTo("merged");
            }
        }
        // the block's first row has the value; the rows below only copies of it (row 6 is not even in the file)
        assertThat(List.of(row(rows, 4), row(rows, 5), row(rows, 6))).extracting(SheetRow::mergedOnly)
                .containsExactly(false, true, true);
        assertThat(row(rows, 1).mergedOnly()).isFalse();
        assertThat(row(rows, 2000).cell(3).text()).isEqualTo("far");
        assertThat(rows).extracting(SheetRow::index).isSorted();
        assertThat(ReadHelper.sheets(file)).extracting(SheetInfo::name, SheetInfo::hidden)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("订单", false),
                        org.assertj.core.groups.Tuple.tuple("Hidden", true));
        assertThat(rows(file, 1).get(0).cell(0).text()).isEqualTo("secret");
    }

    @Test
    void usesTheWorkbooksDate1904System() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        var pr = wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr()
                : wb.getCTWorkbook().addNewWorkbookPr();
        pr.setDate1904(true);
        Row r = wb.createSheet("s").createRow(0);
        r.createCell(0).setCellValue(0.0);
        r.getCell(0).setCellStyle(format(wb, "yyyy-mm-dd"));
        r.createCell(1).setCellValue(1.0);
        r.getCell(1).setCellStyle(format(wb, "yyyy-mm-dd"));
        SheetRow row = rows(write(wb, "d1904.xlsx"), 0).get(0);
        assertThat(row.cell(0).dateTime()).isEqualTo(LocalDateTime.of(1904, 1, 1, 0, 0));
        assertThat(row.cell(1).dateTime()).isEqualTo(LocalDateTime.of(1904, 1, 2, 0, 0));
    }

    @Test
    void readsInlineStringsFromStreamingWriters() throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        Sheet s = wb.createSheet("big");
        for (int i = 0; i < 5000; i++) {
            Row r = s.createRow(i);
            r.createCell(0).setCellValue("名称" + i);
            r.createCell(1).setCellValue(i + 0.25);
        }
        Path file = write(wb, "inline.xlsx");
        wb.dispose();
        List<SheetRow> rows = rows(file, 0);
        assertThat(rows).hasSize(5000);
        assertThat(rows.get(4999).cell(0).text()).isEqualTo("名称4999");
        assertThat(rows.get(4999).cell(1).number()).isEqualByComparingTo("4999.25");
    }

    @Test
    void stopsEarlyWhenTheSinkOrTheCallerSaysSo() throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        Sheet s = wb.createSheet("big");
        for (int i = 0; i < 3000; i++) {
            s.createRow(i).createCell(0).setCellValue(i);
        }
        Path file = write(wb, "stop.xlsx");
        wb.dispose();
        try (SpreadsheetReader reader = Spreadsheets.open(file, null)) {
            List<SheetRow> seen = new java.util.ArrayList<>();
            reader.read(0, r -> seen.add(r) && seen.size() < 10, () -> false);
            assertThat(seen).hasSize(10);
            seen.clear();
            reader.read(0, seen::add, () -> seen.size() >= 100);
            assertThat(seen).hasSize(100);
            seen.clear();
            reader.read(0, seen::add, () -> false);
            assertThat(seen).hasSize(3000);
        }
    }

    @Test
    void neverChangesTheFile() throws Exception {
        Path file = sample();
        String before = CorpusWalkTest.sha256(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        CorpusWalkTest.readAll(file, null);
        assertThat(CorpusWalkTest.sha256(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
    }
}
