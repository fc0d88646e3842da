package io.cashtrail.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cashtrail.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateFillerTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    @TempDir
    Path dir;

    @BeforeEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    @AfterEach
    void english() {
        Messages.use(Messages.ENGLISH);
    }

    static Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("company", "杭州示例机电有限公司");
        v.put("asOf", AS_OF);
        v.put("basis", "到期日");
        v.put("by", "客户");
        v.put("generatedAt", LocalDateTime.of(2026, 11, 27, 9, 30));
        v.put("reportName", "应收账款账龄分析");
        v.put("notDueLabel", "未到期");
        v.put("totalLabel", "合计");
        String[] labels = {"1–30天", "31–60天", "61–90天", "91–180天", "181–365天", "365天以上"};
        for (int i = 0; i < 6; i++) {
            v.put("bucket" + (i + 1), labels[i]);
        }
        return v;
    }

    static Map<String, Object> row(String group, String... amounts) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("group", group);
        BigDecimal total = BigDecimal.ZERO;
        String[] keys = {"notDue", "b1", "b2", "b3", "b4", "b5", "b6"};
        for (int i = 0; i < keys.length; i++) {
            BigDecimal a = new BigDecimal(amounts[i]);
            r.put(keys[i], a);
            total = total.add(a);
        }
        r.put("total", total);
        return r;
    }

    static TemplateData agingData(List<Map<String, Object>> rows) {
        Map<String, Object> v = values();
        String[] keys = {"notDue", "b1", "b2", "b3", "b4", "b5", "b6", "total"};
        for (String k : keys) {
            v.put(k, rows.stream().map(r -> (BigDecimal) r.get(k)).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return new TemplateData(v, rows);
    }

    private Path shipped(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = TemplateFiller.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " is shipped").isNotNull();
            Files.copy(in, p);
        }
        return p;
    }

    private static XSSFWorkbook fill(Path template, TemplateData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateFiller.fill(template, data, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aging-zh_CN.xlsx", "aging-en.xlsx"})
    void fillsTheShippedAgingTemplateWithTypedCellsAndTotalsOverTheFilledRows(String name) throws IOException {
        List<Map<String, Object>> rows = List.of(row("国网浙江", "0", "100.10", "0", "0", "0", "0", "700000.01"),
                row("宝钢股份", "500000.00", "0", "0.02", "0", "0", "0", "0"),
                row("=HYPERLINK(\"http://x\",\"y\")", "1", "2", "3", "4", "5", "6", "7"));
        TemplateData data = agingData(rows);
        try (XSSFWorkbook wb = fill(shipped(name), data)) {
            XSSFSheet sh = wb.getSheetAt(0);
            assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo("杭州示例机电有限公司");
            Cell asOf = sh.getRow(2).getCell(1);
            assertThat(asOf.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(asOf)).isTrue();
            assertThat(asOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(AS_OF);
            assertThat(sh.getRow(4).getCell(0).getStringCellValue()).isEqualTo("客户");
            assertThat(sh.getRow(4).getCell(2).getStringCellValue()).isEqualTo("1–30天");
            assertThat(sh.getRow(4).getCell(8).getStringCellValue()).isEqualTo("合计");
            int first = DefaultTemplates.MARKED_ROW;
            for (int i = 0; i < rows.size(); i++) {
                Row r = sh.getRow(first + i);
                assertThat(r.getCell(0).getStringCellValue()).isEqualTo(rows.get(i).get("group"));
                Cell total = r.getCell(8);
                assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(total.getNumericCellValue()))
                        .isEqualByComparingTo((BigDecimal) rows.get(i).get("total"));
                assertThat(total.getCellStyle().getDataFormatString()).isEqualTo(DefaultTemplates.MONEY);
                assertThat(r.getHeight()).isEqualTo(sh.getRow(first).getHeight());
            }
            Row totals = sh.getRow(first + rows.size());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(totals.getCell(1).getCellFormula()).isEqualTo("SUM(B6:B8)");
            assertThat(totals.getCell(8).getCellFormula()).isEqualTo("SUM(I6:I8)");
            assertThat(BigDecimal.valueOf(totals.getCell(8).getNumericCellValue()).setScale(2,
                    java.math.RoundingMode.HALF_UP)).isEqualByComparingTo((BigDecimal) data.values().get("total"));
            assertThat(totals.getCell(8).getCellStyle().getDataFormatString()).isEqualTo(DefaultTemplates.MONEY);
            int note = DefaultTemplates.NOTE_ROW + rows.size() - 1;
            assertThat(sh.getRow(note).getCell(0).getStringCellValue()).contains("¥1,200,128.13")
                    .contains("2026-11-27").contains("到期日").doesNotContain("${");
            assertThat(sh.getRow(note).getHeightInPoints()).isEqualTo(30f);
            assertThat(sh.getMergedRegions()).contains(new CellRangeAddress(note, note, 0, 8),
                    new CellRangeAddress(note + 2, note + 2, 0, 8), new CellRangeAddress(0, 0, 0, 8));
            assertThat(sh.getMergedRegions()).doesNotContain(new CellRangeAddress(DefaultTemplates.NOTE_ROW,
                    DefaultTemplates.NOTE_ROW, 0, 8));
            Cell injected = sh.getRow(first + 2).getCell(0);
            assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
            assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sh.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
            assertThat(sh.getPrintSetup().getLandscape()).isTrue();
            assertThat(sh.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sh.getFitToPage()).isTrue();
        }
    }

    @Test
    void theShippedTemplatesAreWhatTheGeneratorMakes() throws IOException {
        for (String name : new String[] {"aging-zh_CN.xlsx", "aging-en.xlsx"}) {
            Path generated = dir.resolve("gen-" + name);
            DefaultTemplates.write(generated, name.contains("zh") ? DefaultTemplates.CHINESE : DefaultTemplates.ENGLISH);
            assertThat(cellTexts(shipped(name))).isEqualTo(cellTexts(generated));
        }
    }

    private static List<String> cellTexts(Path p) throws IOException {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(p))) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        out.add(c.getAddress() + "=" + (c.getCellType() == CellType.FORMULA ? c.getCellFormula()
                                : c.toString()) + "|" + c.getCellStyle().getDataFormatString());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void noRecordsKeepsOneEmptyRowAndTheTotalsStillAddUp() throws IOException {
        try (XSSFWorkbook wb = fill(shipped("aging-zh_CN.xlsx"), agingData(List.of()))) {
            XSSFSheet sh = wb.getSheetAt(0);
            Row marked = sh.getRow(DefaultTemplates.MARKED_ROW);
            assertThat(marked.getCell(0).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(marked.getCell(8).getCellStyle().getDataFormatString()).isEqualTo(DefaultTemplates.MONEY);
            Cell total = sh.getRow(DefaultTemplates.TOTAL_ROW).getCell(8);
            assertThat(total.getCellFormula()).isEqualTo("SUM(I6:I6)");
            assertThat(total.getNumericCellValue()).isZero();
        }
    }

    @Test
    void unknownPlaceholdersAreNamedInOneLocalizedMessage() throws IOException {
        Path t = workbook(wb -> {
            Sheet s = wb.createSheet("x");
            s.createRow(0).createCell(0).setCellValue("${company} ${nope}");
            s.createRow(2).createCell(0).setCellValue("${row.group}");
            s.getRow(2).createCell(1).setCellValue("${row.missing}");
        });
        TemplateData data = new TemplateData(Map.of("company", "c"), List.of(Map.of("group", "g")));
        assertThatThrownBy(() -> TemplateFiller.fill(t, data, OutputStream.nullOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("${nope}").hasMessageContaining("${row.missing}")
                .hasMessageContaining("占位符")
                .satisfies(e -> assertThat(((TemplateException) e).key()).isEqualTo("export.template.unknown"));
    }

    @Test
    void rowPlaceholdersInTwoRowsAreRefused() throws IOException {
        Path t = workbook(wb -> {
            Sheet s = wb.createSheet("x");
            s.createRow(1).createCell(0).setCellValue("${row.group}");
            s.createRow(3).createCell(0).setCellValue("${row.group}");
        });
        assertThatThrownBy(() -> TemplateFiller.fill(t, new TemplateData(Map.of(), List.of(Map.of("group", "g"))),
                OutputStream.nullOutputStream()))
                .satisfies(e -> assertThat(((TemplateException) e).key()).isEqualTo("export.template.rowTwice"));
    }

    @Test
    void somethingThatIsNotAnXlsxGetsAClearMessage() throws IOException {
        Path text = Files.writeString(dir.resolve("模板.xlsx"), "not a workbook");
        Path xls = dir.resolve("old.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("a");
            wb.write(out);
        }
        Path docx = dir.resolve("zip.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hi".getBytes());
        }
        for (Path p : List.of(text, xls, docx)) {
            assertThatThrownBy(() -> TemplateFiller.fill(p, new TemplateData(Map.of(), List.of()),
                    OutputStream.nullOutputStream()))
                    .isInstanceOf(TemplateException.class).hasMessageContaining(p.getFileName().toString())
                    .hasMessageContaining(".xlsx")
                    .satisfies(e -> assertThat(((TemplateException) e).key()).isEqualTo("export.template.notXlsx"));
        }
        assertThatThrownBy(() -> TemplateFiller.fill(dir.resolve("gone.xlsx"), new TemplateData(null, null),
                OutputStream.nullOutputStream()))
                .satisfies(e -> assertThat(((TemplateException) e).key()).isEqualTo("export.template.missing"));
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsTextAndNumbersStayNumbers() throws IOException {
        Path t = workbook(wb -> {
            Sheet s = wb.createSheet("x");
            String[] keys = {"eq", "plus", "minus", "at", "tab", "cr", "amount", "inText"};
            for (int i = 0; i < keys.length; i++) {
                s.createRow(i).createCell(0).setCellValue(i == 7 ? "客户：${eq}" : "${" + keys[i] + "}");
            }
        });
        Map<String, Object> v = new HashMap<>();
        v.put("eq", "=1+cmd|' /C calc'!A0");
        v.put("plus", "+1");
        v.put("minus", "-1");
        v.put("at", "@SUM(A1)");
        v.put("tab", "\t=1");
        v.put("cr", "\r=1");
        v.put("amount", new BigDecimal("-12.34"));
        try (XSSFWorkbook wb = fill(t, new TemplateData(v, List.of()))) {
            Sheet s = wb.getSheetAt(0);
            for (int i = 0; i < 6; i++) {
                Cell c = s.getRow(i).getCell(0);
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                assertThat(c.getCellStyle().getQuotePrefixed()).as("row %d", i).isTrue();
            }
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("=1+cmd|' /C calc'!A0");
            assertThat(s.getRow(6).getCell(0).getNumericCellValue()).isEqualTo(-12.34);
            assertThat(s.getRow(7).getCell(0).getStringCellValue()).isEqualTo("客户：=1+cmd|' /C calc'!A0");
            assertThat(s.getRow(7).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void formulasFollowTheRepeatedRowOnThisAndOtherSheets() throws IOException {
        Path t = workbook(wb -> {
            Sheet s = wb.createSheet("data");
            s.createRow(0).createCell(0).setCellValue("head");
            Row m = s.createRow(1);
            m.createCell(0).setCellValue("${row.a}");
            m.createCell(1).setCellFormula("A2*2");
            m.createCell(2).setCellFormula("SUM($A$2:A2)");
            Row total = s.createRow(2);
            total.createCell(0).setCellFormula("SUM(A2:A2)");
            total.createCell(1).setCellFormula("SUM(B2:B2)+A4");
            s.createRow(3).createCell(0).setCellValue(1000);
            s.addMergedRegion(new CellRangeAddress(4, 4, 0, 2));
            Sheet other = wb.createSheet("other");
            other.createRow(0).createCell(0).setCellFormula("data!A3+SUM(data!A2:A2)");
        });
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            rows.add(Map.of("a", new BigDecimal(i)));
        }
        try (XSSFWorkbook wb = fill(t, new TemplateData(Map.of(), rows))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(4).getCell(1).getCellFormula()).isEqualTo("A5*2");
            assertThat(s.getRow(4).getCell(2).getCellFormula()).isEqualTo("SUM($A$2:A5)");
            assertThat(s.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(10);
            assertThat(s.getRow(5).getCell(0).getCellFormula()).isEqualTo("SUM(A2:A5)");
            assertThat(s.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(10);
            assertThat(s.getRow(5).getCell(1).getCellFormula()).isEqualTo("SUM(B2:B5)+A7");
            assertThat(s.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(1020);
            assertThat(s.getRow(6).getCell(0).getNumericCellValue()).isEqualTo(1000);
            assertThat(s.getMergedRegions()).containsExactly(new CellRangeAddress(7, 7, 0, 2));
            Cell cross = wb.getSheet("other").getRow(0).getCell(0);
            assertThat(cross.getCellFormula()).isEqualTo("data!A6+SUM(data!A2:A5)");
            assertThat(cross.getNumericCellValue()).isEqualTo(20);
        }
    }

    @Test
    void printAreaAutofilterAndConditionalFormatsGrowOverTheCopies() throws IOException {
        Path t = workbook(wb -> {
            XSSFSheet s = wb.createSheet("data");
            s.createRow(0).createCell(0).setCellValue("head");
            s.createRow(1).createCell(0).setCellValue("${row.a}");
            s.createRow(2).createCell(0).setCellValue("below");
            wb.setPrintArea(0, "$A$1:$C$2");
            s.setAutoFilter(CellRangeAddress.valueOf("A1:C2"));
            var cf = s.getSheetConditionalFormatting();
            cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("A2:A2")},
                    cf.createConditionalFormattingRule("$A2<0"));
            cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("A3:A3")},
                    cf.createConditionalFormattingRule("$A3<0"));
        });
        List<Map<String, Object>> rows = List.of(Map.of("a", BigDecimal.ONE), Map.of("a", BigDecimal.TEN),
                Map.of("a", BigDecimal.ZERO));
        try (XSSFWorkbook wb = fill(t, new TemplateData(Map.of(), rows))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(wb.getPrintArea(0)).isEqualTo("data!$A$1:$C$4");
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C4");
            var cf = s.getSheetConditionalFormatting();
            assertThat(cf.getConditionalFormattingAt(0).getFormattingRanges())
                    .containsExactly(CellRangeAddress.valueOf("A2:A4"));
            assertThat(cf.getConditionalFormattingAt(1).getFormattingRanges())
                    .containsExactly(CellRangeAddress.valueOf("A5:A5"));
            assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("below");
        }
    }

    private interface Build {
        void build(XSSFWorkbook wb);
    }

    private Path workbook(Build b) throws IOException {
        Path p = Files.createTempFile(dir, "template", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            b.build(wb);
            wb.write(out);
        }
        return p;
    }
}
