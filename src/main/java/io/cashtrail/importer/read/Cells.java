package io.cashtrail.importer.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns raw cell contents into {@link CellValue}s the same way for xlsx, xls and csv: trims text
 * (including the full-width space), keeps numbers exact at Excel's 15 significant digits, and
 * recognises date formats including the East-Asian built-in ids 27-36 and 50-58 that POI's
 * DateUtil does not flag.
 */
final class Cells {
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private Cells() {
    }

    /** Removes leading/trailing whitespace, NBSP, U+3000 and BOM. */
    static String clean(String s) {
        return io.cashtrail.domain.TextForms.trim(s);
    }


    static CellValue text(String s) {
        return CellValue.text(clean(s));
    }

    /** Excel keeps 15 significant digits: 0.30000000000000004 is 0.3, 1234567.8899999999 is 1234567.89. */
    static BigDecimal excelNumber(BigDecimal raw) {
        BigDecimal n = raw.precision() > 15 ? raw.round(EXCEL_DIGITS) : raw;
        if (n.scale() > 0 || n.scale() < 0) {
            n = n.stripTrailingZeros();
        }
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    /** A numeric cell: a DATE when its format is a date format and the serial is a valid date. */
    static CellValue numeric(BigDecimal raw, int formatId, String format, boolean date1904) {
        return numeric(raw, isDateFormat(formatId, format), format, date1904);
    }

    /** As above, when the caller already knows (and caches) whether the format is a date format. */
    static CellValue numeric(BigDecimal raw, boolean dateFormat, String format, boolean date1904) {
        BigDecimal n = excelNumber(raw);
        if (dateFormat) {
            double serial = n.doubleValue();
            if (DateUtil.isValidExcelDate(serial)) {
                LocalDateTime dt = DateUtil.getLocalDateTime(serial, date1904, true);
                if (dt != null) {
                    return CellValue.date(dt, n, format);
                }
            }
        }
        return CellValue.number(n, n.toPlainString(), format);
    }

    static boolean isEastAsianDateId(int id) {
        return (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
    }

    static boolean isDateFormat(int id, String format) {
        if (isEastAsianDateId(id)) {
            return true;
        }
        if (format == null || format.isEmpty() || format.startsWith("reserved")) {
            return DateUtil.isInternalDateFormat(id);
        }
        try {
            return DateUtil.isADateFormat(id, format);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The format string for a number format id: the workbook's own, else Excel's built-in one. */
    static String formatString(int id, String custom) {
        if (custom != null && !custom.isEmpty() && !custom.startsWith("reserved")) {
            return custom;
        }
        if (isEastAsianDateId(id)) {
            return eastAsian(id);
        }
        return id >= 0 && id < BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX ? BuiltinFormats.getBuiltinFormat(id) : custom;
    }

    /** The Simplified Chinese rendering of the East-Asian built-in date/time formats. */
    private static String eastAsian(int id) {
        switch (id) {
            case 27, 36, 50, 52, 57:
                return "yyyy\"年\"m\"月\"";
            case 28, 29, 51, 53, 54, 58:
                return "m\"月\"d\"日\"";
            case 30:
                return "m-d-yy";
            case 31:
                return "yyyy\"年\"m\"月\"d\"日\"";
            case 32:
                return "h\"时\"mm\"分\"";
            case 33:
                return "h\"时\"mm\"分\"ss\"秒\"";
            case 34, 55:
                return "上午/下午h\"时\"mm\"分\"";
            default:
                return "上午/下午h\"时\"mm\"分\"ss\"秒\"";
        }
    }
}
