package io.cashtrail.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a report as .xlsx with POI's streaming workbook (a window of rows in memory, the rest in a
 * temporary file), so 300,000 rows fit in a small heap. Each table becomes a sheet with a title
 * block, a frozen and filterable header that repeats on every printed page, money and date cells
 * with real formats, computed column widths, a totals row of SUM formulas carrying their values,
 * and a landscape fit-to-width print setup.
 */
public final class XlsxReportWriter {
    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    public static final int WINDOW = 200;
    private static final int MAX_WIDTH = 60;

    private XlsxReportWriter() {
    }

    public static void write(ReportDocument doc, OutputStream out, WriteProgress progress) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            XlsxStyles styles = new XlsxStyles(wb, doc.currencySymbol());
            long[] done = {0};
            for (ReportTable t : doc.tables()) {
                writeSheet(wb, styles, doc, t, progress, done, doc.totalRows());
            }
            progress.step(done[0], doc.totalRows());
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static void writeSheet(SXSSFWorkbook wb, XlsxStyles st, ReportDocument doc, ReportTable t,
            WriteProgress progress, long[] done, long total) {
        SXSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(t.sheetName()));
        int r = 0;
        cell(sheet.createRow(r++), 0, doc.reportName() + (t.title() == null ? "" : " — " + t.title()), st.title);
        if (doc.company() != null && !doc.company().isBlank()) {
            textCell(sheet.createRow(r++), 0, doc.company(), st);
        }
        for (String s : doc.subtitles()) {
            cell(sheet.createRow(r++), 0, s, st.subtitle);
        }
        r++;
        int headerRow = r;
        List<ReportColumn> cols = t.columns();
        int n = cols.size();
        int[] width = new int[n];
        int symbolWidth = TextWidth.of(doc.currencySymbol());
        Row h = sheet.createRow(r++);
        for (int c = 0; c < n; c++) {
            cell(h, c, cols.get(c).header(), st.header);
            width[c] = Math.max(TextWidth.of(cols.get(c).header()), cols.get(c).kind() == ColumnKind.DATE ? 10 : 4);
        }
        BigDecimal[] sums = new BigDecimal[n];
        long[] counts = new long[n];
        for (int c = 0; c < n; c++) {
            sums[c] = BigDecimal.ZERO.setScale(2);
        }
        ColumnKind[] kinds = cols.stream().map(ReportColumn::kind).toArray(ColumnKind[]::new);
        ReportTable.RowSum rowSum = t.rowSum();
        int firstData = r;
        for (Object[] values : t.rows()) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < n; c++) {
                Object v = values[c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                ColumnKind kind = kinds[c];
                if ((kind == ColumnKind.DATE && !(v instanceof LocalDate))
                        || (kind == ColumnKind.INTEGER && !(v instanceof Number))) {
                    kind = ColumnKind.TEXT;
                }
                switch (kind) {
                    case TEXT -> {
                        String s = v.toString();
                        cell.setCellValue(s);
                        cell.setCellStyle(SafeText.risky(s) ? st.quotedText : st.text);
                        width[c] = Math.max(width[c], TextWidth.of(s));
                    }
                    case MONEY -> {
                        BigDecimal m = (BigDecimal) v;
                        if (rowSum != null && rowSum.target() == c) {
                            cell.setCellFormula("SUM(" + ref(rowSum.from(), r) + ":" + ref(rowSum.to(), r) + ")");
                        }
                        cell.setCellValue(m.doubleValue());
                        cell.setCellStyle(st.money);
                        sums[c] = sums[c].add(m);
                        width[c] = Math.max(width[c], TextWidth.money(m, symbolWidth));
                    }
                    case DATE -> {
                        cell.setCellValue((LocalDate) v);
                        cell.setCellStyle(st.date);
                    }
                    case INTEGER -> {
                        long x = ((Number) v).longValue();
                        cell.setCellValue(x);
                        cell.setCellStyle(st.integer);
                        counts[c] += x;
                        width[c] = Math.max(width[c], Long.toString(x).length());
                    }
                }
            }
            r++;
            if (++done[0] % 500 == 0) {
                progress.step(done[0], total);
            }
        }
        int lastData = r - 1;
        if (t.totalLabel() != null) {
            Row tr = sheet.createRow(r);
            cell(tr, 0, t.totalLabel(), st.totalLabel);
            for (int c = 1; c < n; c++) {
                ReportColumn col = cols.get(c);
                if (!col.summed()) {
                    continue;
                }
                Cell cell = tr.createCell(c);
                if (lastData >= firstData) {
                    cell.setCellFormula("SUM(" + ref(c, firstData) + ":" + ref(c, lastData) + ")");
                }
                boolean money = col.kind() == ColumnKind.MONEY;
                cell.setCellValue(money ? sums[c].doubleValue() : counts[c]);
                cell.setCellStyle(money ? st.totalMoney : st.totalInteger);
                if (money) {
                    width[c] = Math.max(width[c], TextWidth.money(sums[c], symbolWidth));
                }
            }
            width[0] = Math.max(width[0], TextWidth.of(t.totalLabel()));
        }
        for (int c = 0; c < n; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, width[c] + 2) * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastData), 0, n - 1));
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    private static String ref(int col, int row) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }

    private static void cell(Row row, int c, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void textCell(Row row, int c, String text, XlsxStyles st) {
        cell(row, c, text, SafeText.risky(text) ? st.quotedText : st.text);
    }
}
