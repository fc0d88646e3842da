package io.cashtrail.report;

/**
 * One column of a report table.
 *
 * @param header the header text shown above the column
 * @param kind   what the column holds
 * @param summed whether the totals row sums it (money and counts)
 */
public record ReportColumn(String header, ColumnKind kind, boolean summed) {
    public static ReportColumn text(String header) {
        return new ReportColumn(header, ColumnKind.TEXT, false);
    }

    public static ReportColumn money(String header) {
        return new ReportColumn(header, ColumnKind.MONEY, true);
    }

    public static ReportColumn date(String header) {
        return new ReportColumn(header, ColumnKind.DATE, false);
    }

    public static ReportColumn integer(String header) {
        return new ReportColumn(header, ColumnKind.INTEGER, false);
    }
}
