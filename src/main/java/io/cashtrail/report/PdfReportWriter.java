package io.cashtrail.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.cashtrail.i18n.Messages;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report's main table as an A4 landscape PDF: company and report name at the top, the
 * as-of lines, the header repeated on each page, a subtotal of the page under each page's rows
 * when the table spans pages, the grand total at the end and "第 1 / 3 页" at the bottom. Rows have
 * a fixed height (long text is shortened with "…") so the writer knows in advance which rows land
 * on which page: that is what makes page totals and the page count exact. Chinese text uses a
 * system font found by {@link CjkFont}, embedded as a subset.
 */
public final class PdfReportWriter {
    static final float ROW = 14f;
    static final float HEADER = 18f;
    static final float FONT_SIZE = 8f;
    private static final float TOP = 62f;
    private static final float BOTTOM = 36f;
    private static final float SIDE = 28f;

    private PdfReportWriter() {
    }

    /** Rows that fit on one page, leaving room for the header, the page subtotal and the grand total. */
    public static int rowsPerPage() {
        float usable = PageSize.A4.rotate().getHeight() - TOP - BOTTOM - HEADER - 2 * ROW - 4;
        return (int) Math.floor(usable / ROW);
    }

    public static int pageCount(long rows) {
        return (int) Math.max(1, (rows + rowsPerPage() - 1) / rowsPerPage());
    }

    public static void write(ReportDocument doc, OutputStream out, WriteProgress progress) throws IOException {
        BaseFont bf = CjkFont.find().orElseThrow(NoCjkFontException::new);
        ReportTable t = doc.main();
        List<ReportColumn> cols = t.columns();
        int n = cols.size();
        Rectangle page = PageSize.A4.rotate();
        Document d = new Document(page, SIDE, SIDE, TOP, BOTTOM);
        Font font = new Font(bf, FONT_SIZE);
        Font bold = new Font(bf, FONT_SIZE, Font.BOLD);
        Font titleFont = new Font(bf, 13, Font.BOLD);
        Font small = new Font(bf, 8);
        float[] widths = widths(t, doc.currencySymbol());
        float tableWidth = page.getWidth() - 2 * SIDE;
        float sumW = 0;
        for (float w : widths) {
            sumW += w;
        }
        float[] points = new float[n];
        for (int c = 0; c < n; c++) {
            points[c] = widths[c] / sumW * tableWidth;
        }
        DecimalFormat money = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String sym = doc.currencySymbol() == null ? "" : doc.currencySymbol();
        int perPage = rowsPerPage();
        int pages = pageCount(t.rowCount());
        try {
            PdfWriter writer = PdfWriter.getInstance(d, out);
            writer.setFullCompression();
            d.addTitle(doc.reportName());
            d.addCreator("Cashtrail");
            d.open();
            Iterator<Object[]> it = t.rows().iterator();
            BigDecimal[] grand = zeros(n);
            long done = 0;
            for (int p = 1; p <= pages; p++) {
                if (p > 1) {
                    d.newPage();
                }
                PdfPTable table = new PdfPTable(points);
                table.setTotalWidth(tableWidth);
                table.setLockedWidth(true);
                for (int c = 0; c < n; c++) {
                    PdfPCell cell = cell(cols.get(c).header(), bold, Element.ALIGN_CENTER, points[c], bf);
                    cell.setFixedHeight(HEADER);
                    cell.setBackgroundColor(new Color(0xE8, 0xE8, 0xE8));
                    table.addCell(cell);
                }
                BigDecimal[] pageSum = zeros(n);
                for (int k = 0; k < perPage && it.hasNext(); k++) {
                    Object[] row = it.next();
                    for (int c = 0; c < n; c++) {
                        Object v = row[c];
                        ColumnKind kind = cols.get(c).kind();
                        String s = v == null ? "" : switch (kind) {
                            case MONEY -> sym + money.format(v);
                            default -> v.toString();
                        };
                        if (v instanceof BigDecimal m && cols.get(c).summed()) {
                            pageSum[c] = pageSum[c].add(m);
                        } else if (v instanceof Number x && cols.get(c).summed()) {
                            pageSum[c] = pageSum[c].add(BigDecimal.valueOf(x.longValue()));
                        }
                        table.addCell(cell(s, font, align(kind), points[c], bf));
                    }
                    if (++done % 500 == 0) {
                        progress.step(done, t.rowCount());
                    }
                }
                for (int c = 0; c < n; c++) {
                    grand[c] = grand[c].add(pageSum[c]);
                }
                if (t.totalLabel() != null && pages > 1) {
                    totalRow(table, Messages.get("report.pdf.pageTotal"), pageSum, cols, bold, points, sym, money, bf);
                }
                if (t.totalLabel() != null && p == pages) {
                    totalRow(table, t.totalLabel(), grand, cols, bold, points, sym, money, bf);
                }
                table.writeSelectedRows(0, -1, SIDE, page.getHeight() - TOP + 4, writer.getDirectContent());
                decorate(writer.getDirectContent(), doc, page, p, pages, titleFont, small);
            }
            progress.step(done, t.rowCount());
            d.close();
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        java.util.Arrays.fill(a, BigDecimal.ZERO.setScale(2));
        return a;
    }

    private static void totalRow(PdfPTable table, String label, BigDecimal[] sums, List<ReportColumn> cols, Font bold,
            float[] points, String sym, DecimalFormat money, BaseFont bf) {
        for (int c = 0; c < cols.size(); c++) {
            ReportColumn col = cols.get(c);
            String s = c == 0 ? label : !col.summed() ? ""
                    : col.kind() == ColumnKind.MONEY ? sym + money.format(sums[c]) : sums[c].toBigInteger().toString();
            PdfPCell cell = cell(s, bold, c == 0 ? Element.ALIGN_LEFT : align(col.kind()), points[c], bf);
            cell.setBorderWidthTop(1f);
            table.addCell(cell);
        }
    }

    private static int align(ColumnKind k) {
        return k == ColumnKind.MONEY || k == ColumnKind.INTEGER ? Element.ALIGN_RIGHT
                : k == ColumnKind.DATE ? Element.ALIGN_CENTER : Element.ALIGN_LEFT;
    }

    private static PdfPCell cell(String text, Font f, int align, float width, BaseFont bf) {
        String s = fit(text, bf, f.getSize(), width - 5);
        PdfPCell cell = new PdfPCell(new Phrase(s, f));
        cell.setFixedHeight(ROW);
        cell.setNoWrap(true);
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(1f);
        cell.setPaddingBottom(2f);
        cell.setBorderWidth(0.3f);
        cell.setBorderColor(Color.GRAY);
        return cell;
    }

    /** The text shortened with "…" so it fits the width (in points). */
    static String fit(String s, BaseFont bf, float size, float width) {
        if (bf.getWidthPoint(s, size) <= width) {
            return s;
        }
        int end = s.length();
        while (end > 0 && bf.getWidthPoint(s.substring(0, end) + "…", size) > width) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    /** Column weights from the header and the first rows, East Asian characters counting double. */
    private static float[] widths(ReportTable t, String sym) {
        int n = t.columns().size();
        float[] w = new float[n];
        for (int c = 0; c < n; c++) {
            w[c] = Math.max(4, TextWidth.of(t.columns().get(c).header()));
            if (t.columns().get(c).kind() == ColumnKind.DATE) {
                w[c] = Math.max(w[c], 10);
            }
        }
        int seen = 0;
        for (Object[] row : t.rows()) {
            for (int c = 0; c < n; c++) {
                Object v = row[c];
                int x = v == null ? 0 : v instanceof BigDecimal m ? TextWidth.money(m, TextWidth.of(sym))
                        : TextWidth.of(v.toString());
                w[c] = Math.max(w[c], Math.min(x, 40));
            }
            if (++seen >= 500) {
                break;
            }
        }
        for (int c = 0; c < n; c++) {
            w[c] += 2;
        }
        return w;
    }

    private static void decorate(PdfContentByte cb, ReportDocument doc, Rectangle page, int p, int pages, Font title,
            Font small) {
        float top = page.getHeight() - 24;
        String head = (doc.company() == null || doc.company().isBlank() ? "" : doc.company() + "  ") + doc.reportName();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(head, title), SIDE, top, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(String.join("    ", doc.subtitles()), small),
                SIDE, top - 16, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                new Phrase(Messages.get("report.pdf.page", p, pages), small), page.getWidth() / 2, 18, 0);
    }
}
