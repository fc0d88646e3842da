package io.cashtrail.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.importer.read.ImportRefusedException.Reason;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict OOXML (other namespaces, same structure) reads; a broken one is refused as STRICT_OOXML. */
class StrictOoxmlTest {
    @TempDir
    Path dir;

    private Path transitional() throws Exception {
        Path f = dir.resolve("t.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Row r = wb.createSheet("合同").createRow(0);
            r.createCell(0).setCellValue("金额");
            r.createCell(1).setCellValue(99.95);
            r.createCell(2).setCellValue(LocalDateTime.of(2026, 1, 31, 0, 0));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            r.getCell(2).setCellStyle(date);
            wb.write(out);
        }
        return f;
    }

    private Path rewrite(Path source, String name, BiFunction<String, String, String> change) throws Exception {
        Path target = dir.resolve(name);
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    String text = new String(data.readAllBytes(), StandardCharsets.UTF_8);
                    out.write(change.apply(e.getName(), text).getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return target;
    }

    private static String strict(String xml) {
        return xml.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                        "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships");
    }

    @Test
    void readsStrictNamespaces() throws Exception {
        Path file = rewrite(transitional(), "strict.xlsx", (name, xml) -> strict(xml));
        List<SheetRow> rows = ReadHelper.rows(file, 0);
        assertThat(rows.get(0).cell(0).text()).isEqualTo("金额");
        assertThat(rows.get(0).cell(1).number()).isEqualByComparingTo("99.95");
        assertThat(rows.get(0).cell(2).dateTime()).isEqualTo(LocalDateTime.of(2026, 1, 31, 0, 0));
        assertThat(ReadHelper.sheets(file).get(0).name()).isEqualTo("合同");
    }

    @Test
    void aStrictWorkbookItCannotUnderstandIsRefusedAsStrict() throws Exception {
        Path file = rewrite(transitional(), "broken-strict.xlsx", (name, xml) -> name.endsWith("sheet1.xml")
                ? strict(xml).replace("<sheetData>", "<sheetData><<") : strict(xml));
        assertThat(SpreadsheetsTest.refusal(file, null)).isEqualTo(Reason.STRICT_OOXML);
    }
}
