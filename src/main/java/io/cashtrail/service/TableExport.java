package io.cashtrail.service;

import java.util.List;

/**
 * A table as a screen shows it (its filters, its visible columns in their order, its sort), handed to
 * {@link ReportService#exportTable}. Cell values are String, BigDecimal (money), LocalDate, Integer/Long
 * or null.
 *
 * @param title   report name printed in the title block
 * @param columns visible columns in screen order
 * @param rows    one list per row, values in column order
 */
public record TableExport(String title, List<Column> columns, List<List<Object>> rows) {
    public enum Type { TEXT, MONEY, DATE, NUMBER }

    public record Column(String header, Type type) {
    }
}
