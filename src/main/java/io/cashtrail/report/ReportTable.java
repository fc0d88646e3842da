package io.cashtrail.report;

import java.util.List;

/**
 * One table of a report (a sheet in xlsx): columns, rows streamed from {@code rows} (it may be
 * iterated more than once: the PDF writer measures before it writes), and a totals row.
 *
 * @param sheetName  the sheet's name in xlsx (31 characters at most, no []:*?/\)
 * @param title      what the table shows, printed under the report name
 * @param columns    the columns in order
 * @param rows       one value array per row, values in column order (String, BigDecimal, LocalDate,
 *                   Integer/Long or null)
 * @param rowCount   how many rows {@code rows} gives (for progress and page counts)
 * @param totalLabel the label of the totals row in the first column; null for no totals row
 * @param rowSum     a column that is the sum of a range of other columns in every row (written as a
 *                   formula with its value), or null
 */
public record ReportTable(String sheetName, String title, List<ReportColumn> columns, Iterable<Object[]> rows,
        long rowCount, String totalLabel, RowSum rowSum) {
    /** Column {@code target} equals the sum of columns {@code from}..{@code to} (inclusive) in each row. */
    public record RowSum(int target, int from, int to) {
    }

    public ReportTable {
        columns = List.copyOf(columns);
    }
}
