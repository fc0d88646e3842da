package io.cashtrail.report.template;

import io.cashtrail.i18n.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes one template cell: a cell that is a single placeholder becomes a typed cell (number keeping
 * the template's number format, real date, text); placeholders inside longer text are substituted.
 * Text that a spreadsheet could take for a formula (= + - @ tab CR first) stays a text cell marked
 * quote-prefixed, so it is shown as typed and never runs, even after the user edits the cell.
 */
final class CellWriter {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Workbook wb;
    private final Map<String, CellStyle> derived = new HashMap<>();

    CellWriter(Workbook wb) {
        this.wb = wb;
    }

    /** Fills {@code cell} if it is text holding placeholders; {@code values} has every key it names. */
    void fill(Cell cell, Map<String, Object> values) {
        if (cell.getCellType() != CellType.STRING) {
            return;
        }
        String text = cell.getStringCellValue();
        if (text == null || !text.contains("${")) {
            return;
        }
        String whole = PlaceholderText.wholeKey(text);
        if (whole != null) {
            write(cell, values.get(whole));
        } else {
            writeText(cell, PlaceholderText.substitute(text, values, CellWriter::display));
        }
    }

    /** Clears the placeholders of a repeated row that has no records (keeps the cell's style). */
    void blank(Cell cell) {
        cell.setBlank();
    }

    void write(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            ensureDateFormat(cell, "yyyy-mm-dd");
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            ensureDateFormat(cell, "yyyy-mm-dd hh:mm");
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            writeText(cell, value.toString());
        }
    }

    void writeText(Cell cell, String text) {
        cell.setCellValue(text);
        if (looksLikeFormula(text) && !cell.getCellStyle().getQuotePrefixed()) {
            cell.setCellStyle(derive(cell.getCellStyle(), "quote", s -> s.setQuotePrefixed(true)));
        }
    }

    /** True for text a spreadsheet or CSV reader might run as a formula (OWASP CSV injection). */
    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal b) {
            return Formats.money(b);
        }
        if (value instanceof LocalDate d) {
            return Formats.date(d);
        }
        if (value instanceof LocalDateTime t) {
            return t.format(DATE_TIME);
        }
        return value.toString();
    }

    private void ensureDateFormat(Cell cell, String format) {
        CellStyle style = cell.getCellStyle();
        if (!DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())) {
            short f = wb.getCreationHelper().createDataFormat().getFormat(format);
            cell.setCellStyle(derive(style, format, s -> s.setDataFormat(f)));
        }
    }

    private CellStyle derive(CellStyle from, String what, java.util.function.Consumer<CellStyle> change) {
        return derived.computeIfAbsent(from.getIndex() + "|" + what, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(from);
            change.accept(s);
            return s;
        });
    }
}
