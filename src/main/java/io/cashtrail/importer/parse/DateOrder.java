package io.cashtrail.importer.parse;

/**
 * How to read a numeric date whose year comes last: 28/12/2016 is DMY, 12/28/2016 is MDY. Dates with
 * the year first (2016/12/28, the Chinese habit) never need it.
 */
public enum DateOrder {
    DMY, MDY;

    /** The message key of the order's display name, e.g. "import.dateOrder.dmy". */
    public String messageKey() {
        return "import.dateOrder." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
