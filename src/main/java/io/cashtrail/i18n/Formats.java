package io.cashtrail.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Display formats shared by both languages: ¥1,234,567.89 and 2026-11-27. The currency symbol is the
 * company's choice ({@link #setCurrencySymbol}, set at start and when the settings change; default ¥).
 */
public final class Formats {
    public static final String DEFAULT_CURRENCY_SYMBOL = "¥";
    private static volatile String currencySymbol = DEFAULT_CURRENCY_SYMBOL;
    private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal.withInitial(() -> moneyFormat(currencySymbol));
    private static final ThreadLocal<DecimalFormat> PLAIN = ThreadLocal.withInitial(() -> {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    });

    private Formats() {
    }

    private static DecimalFormat moneyFormat(String symbol) {
        String quoted = "'" + symbol.replace("'", "''") + "'";
        DecimalFormat f = new DecimalFormat(quoted + "#,##0.00;-" + quoted + "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /** The symbol put before amounts everywhere; blank or null means the default ¥. */
    public static void setCurrencySymbol(String symbol) {
        currencySymbol = symbol == null || symbol.isBlank() ? DEFAULT_CURRENCY_SYMBOL : symbol.strip();
    }

    public static String currencySymbol() {
        return currencySymbol;
    }

    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = MONEY.get();
        String symbol = currencySymbol;
        if (!f.getPositivePrefix().equals(symbol)) {
            f = moneyFormat(symbol);
            MONEY.set(f);
        }
        return f.format(amount);
    }

    /** Amount without currency sign, for editing fields. */
    public static String amount(BigDecimal amount) {
        return amount == null ? "" : PLAIN.get().format(amount);
    }

    public static String date(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /**
     * Parses an amount typed by a user: "1,234.50", "¥1234.5", " 12 ", full-width digits. Returns null
     * for blank; throws {@link NumberFormatException} when it is not an amount.
     */
    public static BigDecimal parseAmount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        String t = text.strip();
        String symbol = currencySymbol;
        if (!symbol.isEmpty() && !symbol.chars().allMatch(Character::isDigit)) {
            t = t.replace(symbol, "");
        }
        for (char ch : t.toCharArray()) {
            if (ch >= '\uFF10' && ch <= '\uFF19') {
                ch = (char) (ch - '\uFF10' + '0');
            } else if (ch == '\uFF0E') {
                ch = '.';
            }
            if (ch == ',' || ch == '\uFF0C' || ch == '¥' || ch == '￥' || ch == '元' || Character.isWhitespace(ch)) {
                continue;
            }
            b.append(ch);
        }
        return new BigDecimal(b.toString());
    }

    /** Parses 2026-11-27 (also 2026/11/27 and 2026.11.27); null for blank; throws when not a date. */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace('/', '-').replace('.', '-');
        String[] p = t.split("-");
        if (p.length != 3) {
            throw new DateTimeParseException("not a date", text, 0);
        }
        try {
            return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new DateTimeParseException("not a date", text, 0, e);
        }
    }
}
