package io.cashtrail.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An aging summary as the reports show it: one line per customer or salesperson with the total,
 * the amount not yet due and each overdue bucket (the buckets add up to the total), and the
 * grand totals. Labels are localized by the caller.
 *
 * @param groupHeader  header of the first column ("客户" or "业务员")
 * @param bucketLabels labels of the overdue buckets, in order ("1-30天" …)
 */
public record AgingSummary(String reportName, String company, LocalDate asOf, String basis, String by,
        String generatedAt, String groupHeader, String notDueLabel, String totalLabel, List<String> bucketLabels,
        List<Figures> rows, Figures totals) {
    /** One line: a group's total, not-due amount and overdue buckets (aligned with the labels). */
    public record Figures(String group, BigDecimal total, BigDecimal notDue, List<BigDecimal> buckets) {
        public Figures {
            buckets = List.copyOf(buckets);
        }
    }

    public AgingSummary {
        bucketLabels = List.copyOf(bucketLabels);
        rows = List.copyOf(rows);
    }

    /** The summary as a table: group, total (a formula over the buckets), not due, each bucket. */
    public ReportTable table(String sheetName, String title) {
        List<ReportColumn> cols = new ArrayList<>();
        cols.add(ReportColumn.text(groupHeader));
        cols.add(ReportColumn.money(totalLabel));
        cols.add(ReportColumn.money(notDueLabel));
        bucketLabels.forEach(l -> cols.add(ReportColumn.money(l)));
        List<Object[]> data = new ArrayList<>(rows.size());
        for (Figures f : rows) {
            Object[] r = new Object[cols.size()];
            r[0] = f.group();
            r[1] = f.total();
            r[2] = f.notDue();
            for (int i = 0; i < f.buckets().size(); i++) {
                r[3 + i] = f.buckets().get(i);
            }
            data.add(r);
        }
        return new ReportTable(sheetName, title, cols, data, data.size(), totalLabel,
                new ReportTable.RowSum(1, 2, cols.size() - 1));
    }
}
