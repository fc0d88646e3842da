package io.cashtrail.report;

import java.util.List;

/**
 * A whole report ready to be written: the title block (report name, company, lines such as the
 * as-of date, basis and generation time) and its tables. The first table is the main one: CSV and
 * PDF write only that one, xlsx writes every table as a sheet.
 *
 * @param reportName     e.g. "应收账款账龄分析"
 * @param company        company name from the settings (may be empty)
 * @param subtitles      lines printed under the name, already localized ("截至日期：2026-11-27")
 * @param currencySymbol shown with amounts ("¥")
 * @param tables         at least one table
 */
public record ReportDocument(String reportName, String company, List<String> subtitles, String currencySymbol,
        List<ReportTable> tables) {
    public ReportDocument {
        subtitles = List.copyOf(subtitles);
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a report needs a table");
        }
    }

    public ReportTable main() {
        return tables.get(0);
    }

    /** Rows of every table, for progress. */
    public long totalRows() {
        return tables.stream().mapToLong(ReportTable::rowCount).sum();
    }
}
