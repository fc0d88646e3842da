package io.cashtrail.ui.orderdetail;

import java.util.function.Function;

/**
 * One column of a {@link RowTable}: header text, how to show the value, where the value comes from and
 * a preferred width in em. Values are raw (BigDecimal, LocalDate, String) so sorting uses them directly.
 */
record Col<T>(String header, Kind kind, Function<T, Object> value, double widthEm) {

    /** How a value is shown: money and numbers right-aligned, dates ISO, text as is. */
    enum Kind { TEXT, MONEY, NUMBER, DATE, DATETIME }

    static <T> Col<T> text(String header, Function<T, Object> value, double widthEm) {
        return new Col<>(header, Kind.TEXT, value, widthEm);
    }

    static <T> Col<T> money(String header, Function<T, Object> value) {
        return new Col<>(header, Kind.MONEY, value, 9.5);
    }

    static <T> Col<T> number(String header, Function<T, Object> value, double widthEm) {
        return new Col<>(header, Kind.NUMBER, value, widthEm);
    }

    static <T> Col<T> date(String header, Function<T, Object> value) {
        return new Col<>(header, Kind.DATE, value, 7.5);
    }
}
