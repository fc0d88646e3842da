package io.cashtrail.importer.parse;

import static java.time.temporal.ChronoUnit.DAYS;

import io.cashtrail.importer.read.CellValue;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cell of a date column as a {@link LocalDate}: date cells as they are, numbers as Excel
 * serials (1900 system; the reader has already handled 1904 workbooks) or as 20161228, and text in
 * the forms legacy sheets use (2016-12-28, 2016/12/28, 2016.12.28, 20161228, 2016年12月28日, English
 * 28-Dec-2016 / Dec 28, 2016, with or without a time). Two-digit years: below the pivot are 20xx,
 * from it 19xx; "16.12.28" and "16-12-28" are year first (Chinese habit), "12/28/16" year last. Day/month order for year-last
 * dates comes from the column ({@link DateColumnResolver}); without it, an ambiguous value is a
 * problem rather than a guess. Dates outside 1950..2099 are refused as implausible.
 */
public final class DateParser {
    public static final int DEFAULT_PIVOT = 70;
    static final int MIN_YEAR = 1950;
    static final int MAX_YEAR = 2099;
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final BigDecimal MIN_SERIAL = BigDecimal.valueOf(DAYS.between(EXCEL_EPOCH, LocalDate.of(MIN_YEAR, 1, 1)));
    private static final BigDecimal MAX_SERIAL = BigDecimal.valueOf(DAYS.between(EXCEL_EPOCH, LocalDate.of(MAX_YEAR, 12, 31)));

    private static final Pattern TIME = Pattern.compile(
            "^(.+?)(?: +|T|(?<=日))\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?: ?[ap]\\.?m\\.?)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_NAME = Pattern.compile("^(\\d{1,2})[-/.]?([a-z]{3,9})\\.?[-/.,]?(\\d{4}|\\d{2})$");
    private static final Pattern MONTH_NAME_DAY = Pattern.compile("^([a-z]{3,9})\\.?[-/.]?(\\d{1,2})(?:st|nd|rd|th)?[-/.,]?(\\d{4}|\\d{2})$");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec");
    private static final Pattern CHINESE = Pattern.compile("^(\\d{2}|\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    static final Pattern SEPARATED = Pattern.compile("^(\\d{1,4})([-/.])(\\d{1,2})\\2(\\d{1,4})$");
    private static final Pattern MONTH_DAY = Pattern.compile("^(\\d{1,2})(?:[-/.](\\d{1,2})|月(\\d{1,2})[日号]?)$");
    private static final String[] RANGE_SEPARATORS = {"至", "到", "~", "—", "–", "-"};

    private final DateOrder order;
    private final int pivot;

    public DateParser(DateOrder order, int twoDigitYearPivot) {
        this.order = order;
        this.pivot = twoDigitYearPivot;
    }

    /** Year-first and unambiguous dates only; ambiguous 05/06/2016 is reported, not guessed. */
    public static DateParser standard() {
        return new DateParser(null, DEFAULT_PIVOT);
    }

    public DateParser withOrder(DateOrder newOrder) {
        return new DateParser(newOrder, pivot);
    }

    public DateOrder order() {
        return order;
    }

    public Parsed<LocalDate> parse(CellValue cell) {
        if (cell == null || cell.isBlank()) {
            return Parsed.empty();
        }
        return switch (cell.kind()) {
            case DATE -> checked(cell.dateTime().toLocalDate(), cell.text());
            case NUMBER -> fromNumber(cell.number(), cell.text());
            case TEXT -> parseText(cell.text());
            case ERROR -> Parsed.fail("import.problem.errorCell", cell.text());
            default -> Parsed.fail("import.problem.notDate", cell.text());
        };
    }

    /** An Excel serial (fractions are a time of day and dropped) or an 8-digit 20161228. */
    public Parsed<LocalDate> fromNumber(BigDecimal n, String shown) {
        if (n.signum() > 0 && n.stripTrailingZeros().scale() <= 0 && n.precision() - n.scale() == 8) {
            return parseText(n.toBigInteger().toString());
        }
        if (n.compareTo(MIN_SERIAL) < 0 || n.compareTo(MAX_SERIAL) > 0) {
            return Parsed.fail("import.problem.notPlausibleDate", shown);
        }
        return Parsed.of(EXCEL_EPOCH.plusDays(n.longValue()));
    }

    public Parsed<LocalDate> parseText(String raw) {
        String s = TextNormalizer.clean(raw);
        if (Placeholders.isEmpty(s)) {
            return Parsed.empty();
        }
        Matcher t = TIME.matcher(s);
        s = TextNormalizer.fold(t.matches() ? t.group(1) : s);
        if (s.endsWith(".") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1);
        }
        Parsed<LocalDate> named = withMonthName(s, raw);
        if (named != null) {
            return named;
        }
        Matcher m = CHINESE.matcher(s);
        if (m.matches()) {
            return build(year(m.group(1)), num(m.group(2)), num(m.group(3)), raw);
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return build(num(m.group(1)), num(m.group(2)), num(m.group(3)), raw);
        }
        m = SEPARATED.matcher(s);
        if (!m.matches()) {
            return Parsed.fail("import.problem.notDate", raw);
        }
        String a = m.group(1);
        String b = m.group(3);
        String c = m.group(4);
        if (yearFirst(a, m.group(2), c)) {
            return build(year(a), num(b), num(c), raw);
        }
        if (a.length() > 2 || (c.length() != 2 && c.length() != 4)) {
            return Parsed.fail("import.problem.notDate", raw);
        }
        int x = num(a);
        int y = num(b);
        DateOrder o = order;
        if (x > 12 && y <= 12) {
            o = DateOrder.DMY;
        } else if (y > 12 && x <= 12) {
            o = DateOrder.MDY;
        } else if (x != y && o == null) {
            return Parsed.fail("import.problem.ambiguousDate", raw);
        }
        return o == DateOrder.MDY ? build(year(c), x, y, raw) : build(year(c), y, x, raw);
    }

    /** 28-Dec-2016, 28 Dec 16, Dec 28, 2016, December 28th 2016 (folded: no spaces); null if not such. */
    private Parsed<LocalDate> withMonthName(String s, String raw) {
        Matcher m = DAY_MONTH_NAME.matcher(s);
        boolean dayFirst = m.matches();
        if (!dayFirst) {
            m = MONTH_NAME_DAY.matcher(s);
            if (!m.matches()) {
                return null;
            }
        }
        String name = dayFirst ? m.group(2) : m.group(1);
        int month = MONTHS.indexOf(name.substring(0, 3)) + 1;
        if (month == 0 || (name.length() > 3 && !name.equals("sept") && !fullMonthName(month).startsWith(name))) {
            return Parsed.fail("import.problem.notDate", raw);
        }
        return build(year(m.group(3)), month, num(dayFirst ? m.group(1) : m.group(2)), raw);
    }

    private static String fullMonthName(int month) {
        return java.time.Month.of(month).name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True when the first part of a separated date is the year (4 digits, or 2 digits with . or -). */
    static boolean yearFirst(String a, String separator, String c) {
        return a.length() == 4 || (a.length() == 2 && c.length() <= 2 && !"/".equals(separator));
    }

    /**
     * A period "2016.12.15至2017.3.15", "2016.12.15-2017.3.15", "2016/12/15~2017/3/15"; the end may
     * leave out the year ("2016.12.15至3.15", then it is the next such day). A single date is a
     * one-day period.
     */
    public Parsed<DateRange> parseRange(CellValue cell) {
        if (cell == null || cell.isBlank()) {
            return Parsed.empty();
        }
        if (cell.kind() != CellValue.Kind.TEXT) {
            Parsed<LocalDate> d = parse(cell);
            return d.value() == null ? d.castFailure() : Parsed.of(new DateRange(d.value(), d.value()));
        }
        String raw = cell.text();
        String s = TextNormalizer.trim(TextNormalizer.halfWidth(raw));
        if (Placeholders.isEmpty(s)) {
            return Parsed.empty();
        }
        for (String sep : RANGE_SEPARATORS) {
            for (int i = s.indexOf(sep); i > 0; i = s.indexOf(sep, i + 1)) {
                Parsed<LocalDate> start = parseText(s.substring(0, i));
                if (start.value() == null) {
                    continue;
                }
                LocalDate end = endOf(s.substring(i + sep.length()), start.value());
                if (end != null) {
                    return end.isBefore(start.value())
                            ? Parsed.fail("import.problem.rangeEndBeforeStart", raw)
                            : Parsed.of(new DateRange(start.value(), end));
                }
            }
        }
        Parsed<LocalDate> single = parseText(s);
        return single.value() != null ? Parsed.of(new DateRange(single.value(), single.value()))
                : Parsed.fail("import.problem.notDateRange", raw);
    }

    private LocalDate endOf(String text, LocalDate start) {
        Parsed<LocalDate> full = parseText(text);
        if (full.value() != null) {
            return full.value();
        }
        Matcher md = MONTH_DAY.matcher(TextNormalizer.fold(text));
        if (!md.matches()) {
            return null;
        }
        int day = num(md.group(2) != null ? md.group(2) : md.group(3));
        try {
            LocalDate end = LocalDate.of(start.getYear(), num(md.group(1)), day);
            return end.isBefore(start) ? end.plusYears(1) : end;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Parsed<LocalDate> build(int year, int month, int day, String raw) {
        try {
            return checked(LocalDate.of(year, month, day), raw);
        } catch (DateTimeException e) {
            return Parsed.fail("import.problem.notDate", raw);
        }
    }

    private static Parsed<LocalDate> checked(LocalDate d, String raw) {
        return d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR
                ? Parsed.fail("import.problem.notPlausibleDate", raw) : Parsed.of(d);
    }

    private int year(String digits) {
        int y = num(digits);
        if (digits.length() == 2) {
            return y < pivot ? 2000 + y : 1900 + y;
        }
        return y;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
