package io.cashtrail.importer.parse;

import io.cashtrail.importer.read.CellValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Reads amounts and tax rates from cells. Numbers stay exact (the reader's BigDecimal, never a
 * double); text may carry ¥/￥/RMB, 元, thousands separators, spaces, full-width digits, a sign or
 * accounting brackets, and the Chinese units 万 (10,000), 亿 (10^8) and 千. A column in 万元 passes its
 * unit factor, which applies to bare numbers only (a cell saying "12.5万" already has its unit).
 * Results have scale 2, half-up; a warning says when more than 2 decimals were rounded away.
 */
public final class MoneyParser {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3}(,\\d{3})+|\\d+)?(\\.\\d+)?$");
    private static final String[] PREFIXES = {"¥", "\uFFE5", "rmb", "cny", "人民币"};
    private static final String[][] SUFFIXES = {
        {"万元", "10000"}, {"亿元", "100000000"}, {"千元", "1000"}, {"万", "10000"}, {"亿", "100000000"},
        {"千", "1000"}, {"元整", "1"}, {"元", "1"}, {"圆", "1"}, {"rmb", "1"}, {"cny", "1"}, {"整", "1"}};

    private MoneyParser() {
    }

    public static Parsed<BigDecimal> parse(CellValue cell) {
        return parse(cell, BigDecimal.ONE);
    }

    /** An amount; {@code unitFactor} is the column's unit (10000 for a 万元 column) for bare numbers. */
    public static Parsed<BigDecimal> parse(CellValue cell, BigDecimal unitFactor) {
        if (cell == null || cell.isBlank()) {
            return Parsed.empty();
        }
        return switch (cell.kind()) {
            case NUMBER -> rounded(cell.number().multiply(unitFactor), cell.text());
            case TEXT -> parseText(cell.text(), unitFactor);
            case ERROR -> Parsed.fail("import.problem.errorCell", cell.text());
            default -> Parsed.fail("import.problem.notAmount", cell.text());
        };
    }

    public static Parsed<BigDecimal> parseText(String raw, BigDecimal unitFactor) {
        BigDecimal value = exact(raw, unitFactor);
        if (value == null) {
            return Placeholders.isEmpty(raw) ? Parsed.empty() : Parsed.fail("import.problem.notAmount", raw);
        }
        return rounded(value, raw);
    }

    /**
     * A tax rate in percent, scale 2: "13.00%", "13%", "13", 0.13 (a fraction, or a number formatted
     * as a percentage) all give 13.00; "免税" gives 0. Outside 0..100 is a problem.
     */
    public static Parsed<BigDecimal> parseRate(CellValue cell) {
        if (cell == null || cell.isBlank()) {
            return Parsed.empty();
        }
        BigDecimal rate;
        if (cell.kind() == CellValue.Kind.NUMBER) {
            boolean percentFormat = cell.format() != null && cell.format().contains("%");
            rate = percentFormat || cell.number().compareTo(BigDecimal.ONE) < 0
                    ? cell.number().multiply(HUNDRED) : cell.number();
        } else if (cell.kind() == CellValue.Kind.TEXT) {
            String s = TextNormalizer.fold(cell.text());
            if (s.equals("免税") || s.equals("零税率")) {
                return Parsed.of(BigDecimal.ZERO.setScale(2));
            }
            if (Placeholders.isEmpty(s)) {
                return Parsed.empty();
            }
            boolean percent = s.endsWith("%");
            BigDecimal n = plain(percent ? s.substring(0, s.length() - 1) : s);
            if (n == null) {
                return Parsed.fail("import.problem.notPercent", cell.text());
            }
            rate = percent || n.compareTo(BigDecimal.ONE) >= 0 ? n : n.multiply(HUNDRED);
        } else {
            return cell.kind() == CellValue.Kind.ERROR ? Parsed.fail("import.problem.errorCell", cell.text())
                    : Parsed.fail("import.problem.notPercent", cell.text());
        }
        if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            return Parsed.fail("import.problem.notPercent", cell.text());
        }
        return Parsed.of(rate.setScale(2, RoundingMode.HALF_UP));
    }

    /** The exact value of an amount text (not rounded), or null when it is not an amount. */
    static BigDecimal exact(String raw, BigDecimal unitFactor) {
        String s = TextNormalizer.fold(raw).replace('\u2212', '-');
        if (Placeholders.isEmpty(s)) {
            return null;
        }
        boolean negative = false;
        if (s.endsWith("-") && s.length() > 1) {
            negative = true;
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        for (int pass = 0; pass < 2; pass++) {
            if (s.startsWith("-") && !negative) {
                negative = true;
                s = s.substring(1);
            } else if (s.startsWith("+")) {
                s = s.substring(1);
            }
            for (String prefix : PREFIXES) {
                if (s.startsWith(prefix)) {
                    s = s.substring(prefix.length());
                }
            }
        }
        BigDecimal factor = unitFactor;
        for (String[] suffix : SUFFIXES) {
            if (s.endsWith(suffix[0]) && s.length() > suffix[0].length()) {
                s = s.substring(0, s.length() - suffix[0].length());
                factor = new BigDecimal(suffix[1]);
                break;
            }
        }
        BigDecimal n = plain(s);
        if (n == null) {
            return null;
        }
        n = n.multiply(factor);
        return negative ? n.negate() : n;
    }

    private static BigDecimal plain(String s) {
        if (s.isEmpty() || s.equals(".") || !NUMBER.matcher(s).matches()) {
            return null;
        }
        return new BigDecimal(s.replace(",", ""));
    }

    private static Parsed<BigDecimal> rounded(BigDecimal value, String shown) {
        BigDecimal r = value.setScale(2, RoundingMode.HALF_UP);
        if (value.stripTrailingZeros().scale() > 2) {
            return Parsed.warn(r, "import.problem.amountRounded", shown, r.toPlainString());
        }
        return Parsed.of(r);
    }
}
