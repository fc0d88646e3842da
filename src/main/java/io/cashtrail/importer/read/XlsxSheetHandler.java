package io.cashtrail.importer.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX events of one worksheet XML turned into rows: shared, inline and rich-text strings, cached
 * formula results (never evaluated), booleans, errors, numbers kept exact from their XML text and
 * dates by number format. Memory holds one row; the sheet's dimension is ignored.
 */
final class XlsxSheetHandler extends DefaultHandler {
    private static final int MAX_CELL_CHARS = 1_000_000;

    private final ReadGuard guard;
    private final RowEmitter emitter;
    private final List<String> sharedStrings;
    private final XlsxParts.Styles styles;
    private final boolean date1904;
    private final int maxColumns;
    private final StringBuilder text = new StringBuilder();

    private List<CellValue> cells;
    private int rowIndex;
    private int nextRow;
    private boolean rowHidden;
    private int col;
    private String type;
    private int style;
    private boolean hasValue;
    private boolean capture;
    private boolean inInline;
    private int phonetic;

    XlsxSheetHandler(ReadGuard guard, RowEmitter emitter, List<String> sharedStrings, XlsxParts.Styles styles,
            boolean date1904) {
        this.guard = guard;
        this.emitter = emitter;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
        this.maxColumns = guard.limits().maxColumns();
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
        guard.tick();
        switch (local) {
            case "row" -> startRow(atts);
            case "c" -> startCell(atts);
            case "v" -> {
                capture = phonetic == 0;
                hasValue = true;
            }
            case "is" -> {
                inInline = true;
                hasValue = true;
            }
            case "t" -> capture = inInline && phonetic == 0;
            case "rPh" -> phonetic++;
            default -> {
            }
        }
    }

    private void startRow(Attributes atts) {
        Integer r = XlsxParts.parseInt(atts.getValue("r"));
        rowIndex = r != null && r > 0 ? r - 1 : nextRow;
        String hidden = atts.getValue("hidden");
        rowHidden = "1".equals(hidden) || "true".equals(hidden);
        cells = new ArrayList<>();
        col = 0;
    }

    private void startCell(Attributes atts) {
        String ref = atts.getValue("r");
        if (ref != null) {
            int c = CellRef.column(ref);
            if (c >= 0) {
                col = c;
            }
        }
        type = atts.getValue("t");
        Integer s = XlsxParts.parseInt(atts.getValue("s"));
        style = s == null ? 0 : s;
        text.setLength(0);
        hasValue = false;
        capture = false;
        inInline = false;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capture && text.length() < MAX_CELL_CHARS) {
            text.append(ch, start, Math.min(length, MAX_CELL_CHARS - text.length()));
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        switch (local) {
            case "v", "t" -> capture = false;
            case "is" -> inInline = false;
            case "rPh" -> phonetic = Math.max(0, phonetic - 1);
            case "c" -> endCell();
            case "row" -> endRow();
            case "sheetData" -> {
                emitter.finish();
                throw new ReadGuard.Stop(null); // the rest of the sheet XML holds no values
            }
            default -> {
            }
        }
    }

    private void endCell() {
        if (cells == null) {
            return; // a cell outside any row: ignore
        }
        if (col < maxColumns) {
            CellValue value = value();
            if (value.kind() != CellValue.Kind.EMPTY) {
                while (cells.size() < col) {
                    cells.add(CellValue.EMPTY);
                }
                if (cells.size() == col) {
                    cells.add(value);
                } else {
                    cells.set(col, value);
                }
            }
        }
        col++;
    }

    private void endRow() {
        if (cells != null) {
            emitter.row(rowIndex, rowHidden, cells);
        }
        nextRow = rowIndex + 1;
        cells = null;
    }

    private CellValue value() {
        if (!hasValue) {
            return CellValue.EMPTY;
        }
        String raw = text.toString();
        if (type == null || "n".equals(type)) {
            return number(raw);
        }
        switch (type) {
            case "s" -> {
                Integer idx = XlsxParts.parseInt(raw);
                return idx != null && idx >= 0 && idx < sharedStrings.size() ? Cells.text(sharedStrings.get(idx))
                        : CellValue.EMPTY;
            }
            case "b" -> {
                String b = raw.trim();
                return CellValue.bool("1".equals(b) || "true".equalsIgnoreCase(b));
            }
            case "e" -> {
                return CellValue.error(Cells.clean(raw));
            }
            case "d" -> {
                return isoDate(raw);
            }
            default -> {
                return Cells.text(raw); // inlineStr, str (formula text result)
            }
        }
    }

    private CellValue number(String raw) {
        String s = raw.trim();
        if (s.isEmpty()) {
            return CellValue.EMPTY;
        }
        try {
            return Cells.numeric(new BigDecimal(s), styles.isDate(style), styles.format(style), date1904);
        } catch (NumberFormatException | ArithmeticException e) {
            return Cells.text(s);
        }
    }

    private CellValue isoDate(String raw) {
        String s = raw.trim();
        String format = styles.format(style);
        try {
            LocalDateTime dt = s.length() <= 10 ? LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s);
            return new CellValue(CellValue.Kind.DATE, dt.toString(), null, dt, format);
        } catch (DateTimeParseException e) {
            return Cells.text(s);
        }
    }
}
