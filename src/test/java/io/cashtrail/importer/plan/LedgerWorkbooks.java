package io.cashtrail.importer.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Legacy-style workbooks for the import tests: a title row, Chinese headers, a customer merged over
 * two rows, a subtotal row, 回款1/回款日期1 groups, date cells and text dates in several spellings,
 * money as numbers and as text (¥, thousands separators, 万).
 */
public final class LedgerWorkbooks {
    public static final String[] HEADER = {"序号", "客户名称", "合同编号", "签订日期", "合同金额(元)", "发货日期",
        "回款1", "回款日期1", "回款2", "回款日期2", "机型", "业务员"};

    private LedgerWorkbooks() {
    }

    /** The standard ledger; {@code badDate} puts '2016.13.01' into 签订日期 of 杭州钢铁's first contract. */
    public static Path ledger(Path dir, String name, boolean badDate) throws IOException {
        return write(dir.resolve(name), new Object[][] {
            {1, "宁波港集团", "HT-2016-001", LocalDate.of(2016, 3, 15), 1234567.89, "2016/05/20", 500000, LocalDate.of(2016, 4, 1),
                "12.5万", "2016.06.30", "A100", "张三"},
            {2, null, "HT-2016-002", "2016年4月8日", "¥80,000.50", null, null, null, null, null, "B200", "张三"},
            {"小计", null, null, null, 1314568.39, null, null, null, null, null, null, null},
            {3, "杭州钢铁", "HT-2016-003", badDate ? "2016.13.01" : "2016.12.01", 50000, null, null, null, null, null, null, "李四"},
            {4, "杭州钢铁", "HT-2016-004", "20160701", "60,000.00", "2016-08-01", "60000", "2016-09-01", null, null, "C300", "李四"},
        });
    }

    /** Writes a ledger sheet with the title row, the header and these data rows (row 2, merged customer in rows 2-3). */
    public static Path write(Path file, Object[][] rows) throws IOException {
        Map<String, Object[][]> sheets = new LinkedHashMap<>();
        sheets.put("2016年", rows);
        return write(file, HEADER, sheets);
    }

    /** Writes one sheet per entry, each with the title row, this header and the rows. */
    public static Path write(Path file, String[] header, Map<String, Object[][]> sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle moneyStyle = wb.createCellStyle();
            moneyStyle.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            for (Map.Entry<String, Object[][]> e : sheets.entrySet()) {
                fill(wb.createSheet(e.getKey()), header, e.getValue(), dateStyle, moneyStyle);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void fill(Sheet s, String[] header, Object[][] rows, CellStyle dateStyle, CellStyle moneyStyle) {
        s.createRow(0).createCell(0).setCellValue("2016年销售合同台账");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, header.length - 1));
        Row h = s.createRow(1);
        for (int c = 0; c < header.length; c++) {
            h.createCell(c).setCellValue(header[c]);
        }
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(r + 2);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                var cell = row.createCell(c);
                if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    if (n instanceof Double) {
                        cell.setCellStyle(moneyStyle);
                    }
                } else {
                    cell.setCellValue(v.toString());
                }
            }
        }
        if (rows.length > 1 && rows[1].length > 1 && rows[1][1] == null && rows[0][1] != null) {
            s.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
        }
    }
}
