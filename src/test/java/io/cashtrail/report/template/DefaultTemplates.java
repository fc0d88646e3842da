package io.cashtrail.report.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Generates the shipped aging-summary templates (src/main/resources/io/cashtrail/report/template/
 * aging-zh_CN.xlsx and aging-en.xlsx). Run after changing the layout and commit the files:
 * {@code mvn -q test-compile exec:java}-style, or from the IDE: {@code main(outputFolder)}.
 */
public final class DefaultTemplates {
    static final String MONEY = "¥#,##0.00;-¥#,##0.00";
    static final int MARKED_ROW = 5;
    static final int TOTAL_ROW = 6;
    static final int NOTE_ROW = 8;
    private static final String[] BUCKETS = {"notDue", "b1", "b2", "b3", "b4", "b5", "b6", "total"};
    private static final String[] BUCKET_LABELS = {"notDueLabel", "bucket1", "bucket2", "bucket3", "bucket4",
            "bucket5", "bucket6", "totalLabel"};

    record Texts(String font, String sheet, String asOf, String basis, String by, String generated,
            String note, String signOff, String footer) {
    }

    static final Texts CHINESE = new Texts("等线", "账龄汇总", "截至日期", "账龄基准", "分组方式", "生成时间",
            "说明：金额单位为人民币元；各账龄段金额之和等于应收合计 ${total}。账龄截至 ${asOf}，按${basis}计算。",
            "制表：                    审核：                    财务负责人：", "第 &P 页，共 &N 页");
    static final Texts ENGLISH = new Texts("Calibri", "Aging summary", "As of", "Basis", "Grouped by", "Generated",
            "Note: amounts in CNY; the aging columns add up to the total receivable of ${total}. Aged as of "
                    + "${asOf} by ${basis}.", "Prepared by:                    Reviewed by:", "Page &P of &N");

    private DefaultTemplates() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/io/cashtrail/report/template");
        Files.createDirectories(dir);
        write(dir.resolve("aging-zh_CN.xlsx"), CHINESE);
        write(dir.resolve("aging-en.xlsx"), ENGLISH);
    }

    static void write(Path file, Texts t) throws IOException {
        try (XSSFWorkbook wb = build(t); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    static XSSFWorkbook build(Texts t) {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.getFontAt(0).setFontName(t.font());
        XSSFSheet sh = wb.createSheet(t.sheet());
        int last = BUCKETS.length;
        CellStyle company = style(wb, t, 16, true);
        CellStyle title = style(wb, t, 13, true);
        CellStyle label = style(wb, t, 10, true);
        label.setAlignment(HorizontalAlignment.RIGHT);
        CellStyle plain = style(wb, t, 10, false);
        plain.setAlignment(HorizontalAlignment.LEFT);
        CellStyle date = style(wb, t, 10, false);
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setAlignment(HorizontalAlignment.LEFT);
        CellStyle header = bordered(style(wb, t, 10, true));
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle group = bordered(style(wb, t, 10, false));
        CellStyle money = bordered(style(wb, t, 10, false));
        money.setDataFormat(wb.createDataFormat().getFormat(MONEY));
        CellStyle totalLabel = bordered(style(wb, t, 10, true));
        totalLabel.setBorderTop(BorderStyle.DOUBLE);
        CellStyle totalMoney = bordered(style(wb, t, 10, true));
        totalMoney.setBorderTop(BorderStyle.DOUBLE);
        totalMoney.setDataFormat(wb.createDataFormat().getFormat(MONEY));
        CellStyle note = style(wb, t, 9, false);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);

        text(sh, 0, 0, "${company}", company).getRow().setHeightInPoints(26);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        text(sh, 1, 0, "${reportName}", title).getRow().setHeightInPoints(20);
        sh.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        text(sh, 2, 0, t.asOf(), label);
        text(sh, 2, 1, "${asOf}", date);
        text(sh, 2, 2, t.basis(), label);
        text(sh, 2, 3, "${basis}", plain);
        text(sh, 2, 4, t.by(), label);
        text(sh, 2, 5, "${by}", plain);
        text(sh, 2, 6, t.generated(), label);
        text(sh, 2, 7, "${generatedAt}", plain);
        sh.addMergedRegion(new CellRangeAddress(2, 2, 7, last));
        Row head = sh.createRow(4);
        head.setHeightInPoints(20);
        text(sh, 4, 0, "${by}", header);
        text(sh, MARKED_ROW, 0, "${row.group}", group);
        text(sh, TOTAL_ROW, 0, "${totalLabel}", totalLabel);
        for (int i = 0; i < BUCKETS.length; i++) {
            int col = i + 1;
            text(sh, 4, col, "${" + BUCKET_LABELS[i] + "}", header);
            text(sh, MARKED_ROW, col, "${row." + BUCKETS[i] + "}", money);
            String c = CellReference.convertNumToColString(col);
            sh.getRow(TOTAL_ROW).createCell(col).setCellFormula("SUM(" + c + (MARKED_ROW + 1) + ":" + c
                    + (MARKED_ROW + 1) + ")");
            sh.getRow(TOTAL_ROW).getCell(col).setCellStyle(totalMoney);
            sh.setColumnWidth(col, 16 * 256);
        }
        sh.setColumnWidth(0, 32 * 256);
        text(sh, NOTE_ROW, 0, t.note(), note).getRow().setHeightInPoints(30);
        sh.addMergedRegion(new CellRangeAddress(NOTE_ROW, NOTE_ROW, 0, last));
        text(sh, NOTE_ROW + 2, 0, t.signOff(), plain);
        sh.addMergedRegion(new CellRangeAddress(NOTE_ROW + 2, NOTE_ROW + 2, 0, last));

        sh.createFreezePane(1, 5);
        sh.setRepeatingRows(CellRangeAddress.valueOf("5:5"));
        PrintSetup ps = sh.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setHorizontallyCenter(true);
        sh.getFooter().setCenter(t.footer());
        return wb;
    }

    private static CellStyle style(XSSFWorkbook wb, Texts t, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(t.font());
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static CellStyle bordered(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static org.apache.poi.ss.usermodel.Cell text(XSSFSheet sh, int row, int col, String text, CellStyle s) {
        Row r = sh.getRow(row) == null ? sh.createRow(row) : sh.getRow(row);
        org.apache.poi.ss.usermodel.Cell c = r.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(s);
        return c;
    }
}
