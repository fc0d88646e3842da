package io.cashtrail.importer.read;

import static io.cashtrail.importer.read.ReadHelper.row;
import static io.cashtrail.importer.read.ReadHelper.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cashtrail.importer.read.CellValue.Kind;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReaderTest {
    @TempDir
    Path dir;

    private Path sample() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        Sheet s = wb.createSheet("回款");
        Row r0 = s.createRow(0);
        r0.createCell(0).setCellValue("\u3000 合同号 ");
        r0.createCell(1).setCellValue(1234567.89);
        r0.createCell(2).setCellFormula("0.1+0.2");
        r0.createCell(3).setCellValue(false);
        r0.createCell(4).setCellErrorValue(FormulaError.REF.getCode());
        r0.createCell(5).setCellFormula("\"文本\"&\"结果\"");
        Row r1 = s.createRow(1);
        r1.createCell(0).setCellValue(LocalDateTime.of(2025, 11, 29, 0, 0));
        CellStyle iso = wb.createCellStyle();
        iso.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        r1.getCell(0).setCellStyle(iso);
        r1.createCell(1).setCellValue(LocalDateTime.of(2026, 3, 5, 0, 0));
        CellStyle eastAsian = wb.createCellStyle();
        eastAsian.setDataFormat((short) 57);
        r1.getCell(1).setCellStyle(eastAsian);
        r1.createCell(2).setCellValue(0.07);
        Row r2 = s.createRow(2);
        r2.setZeroHeight(true);
        r2.createCell(0).setCellValue("hidden");
        s.createRow(3).createCell(1).setCellValue("块");
        s.addMergedRegion(new CellRangeAddress(3, 5, 1, 2));
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        wb.createSheet("隐藏").createRow(0).createCell(0).setCellValue("x");
        wb.setSheetHidden(1, true);
        Path file = dir.resolve("sample.xls");
        try (OutputStream out = Files.newOutputStream(file); wb) {
            wb.write(out);
        }
        return file;
    }

    @Test
    void readsCachedValuesExactly() throws Exception {
        SheetRow r0 = row(rows(sample(), 0), 0);
        assertThat(r0.cell(0).text()).isEqualTo("合同号");
        assertThat(r0.cell(1).number()).isEqualTo(new BigDecimal("1234567.89"));
        assertThat(r0.cell(2).number()).isEqualTo(new BigDecimal("0.3"));
        assertThat(r0.cell(3)).isEqualTo(CellValue.bool(false));
        assertThat(r0.cell(4)).isEqualTo(CellValue.error("#REF!"));
        assertThat(r0.cell(5).text()).isEqualTo("文本结果");
    }

    @Test
    void readsDatesMergesAndHiddenParts() throws Exception {
        Path file = sample();
        List<SheetRow> rows = rows(file, 0);
        SheetRow r1 = row(rows, 1);
        assertThat(r1.cell(0).dateTime()).isEqualTo(LocalDateTime.of(2025, 11, 29, 0, 0));
        assertThat(r1.cell(1).kind()).as("format id 57").isEqualTo(Kind.DATE);
        assertThat(r1.cell(1).dateTime()).isEqualTo(LocalDateTime.of(2026, 3, 5, 0, 0));
        assertThat(r1.cell(2).number()).isEqualTo(new BigDecimal("0.07"));
        assertThat(row(rows, 2).hidden()).isTrue();
        for (int r = 3; r <= 5; r++) {
            assertThat(row(rows, r).cell(1).text()).isEqualTo("块");
            assertThat(row(rows, r).cell(2).text()).isEqualTo("块");
        }
        assertThat(List.of(row(rows, 3), row(rows, 4), row(rows, 5))).extracting(SheetRow::mergedOnly)
                .containsExactly(false, true, true);
        assertThat(ReadHelper.sheets(file)).extracting(SheetInfo::hidden).containsExactly(false, true);
    }

    @Test
    void stopsEarlyWhenTheSinkOrTheCallerSaysSo() throws Exception {
        try (SpreadsheetReader reader = Spreadsheets.open(sample(), null)) {
            List<SheetRow> seen = new java.util.ArrayList<>();
            reader.read(0, r -> seen.add(r) && seen.size() < 2, () -> false);
            assertThat(seen).hasSize(2);
            seen.clear();
            reader.read(0, seen::add, () -> true);
            assertThat(seen).isEmpty();
        }
    }

    @Test
    void usesTheWorkbooks1904Flag() throws Exception {
        Path file = Path.of("..", "shared", "corpus", "poi", "1904DateWindowing.xls");
        assumeTrue(Files.isRegularFile(file));
        SheetRow row = rows(file, 0).get(0);
        assertThat(row.cell(0).dateTime()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
        assertThat(row.cell(1).dateTime()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
        assertThat(row.cell(0).number()).as("serial counted from 1904: 36526 - 1462").isEqualByComparingTo("35064");
    }
}
