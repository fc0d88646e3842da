package io.cashtrail.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user's own .xlsx template can show of an aging summary: single values such as
 * {@code ${company}}, {@code ${asOf}}, {@code ${bucket1}} or {@code ${total}}, and one map per
 * customer or salesperson for the repeating row ({@code ${group}}, {@code ${total}}, {@code ${notDue}},
 * {@code ${b1}}…). Amounts stay BigDecimal and dates LocalDate so the template's cell formats apply.
 */
public final class AgingTemplateData {
    private AgingTemplateData() {
    }

    /** company, asOf, basis, by, generatedAt, reportName, notDueLabel, totalLabel, bucket1..N, total, notDue, b1..bN. */
    public static Map<String, Object> values(AgingSummary s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("company", s.company());
        v.put("asOf", s.asOf());
        v.put("basis", s.basis());
        v.put("by", s.by());
        v.put("generatedAt", s.generatedAt());
        v.put("reportName", s.reportName());
        v.put("notDueLabel", s.notDueLabel());
        v.put("totalLabel", s.totalLabel());
        for (int i = 0; i < s.bucketLabels().size(); i++) {
            v.put("bucket" + (i + 1), s.bucketLabels().get(i));
        }
        figures(v, s.totals());
        return v;
    }

    /** One map per group: group, total, notDue, b1..bN. */
    public static List<Map<String, Object>> rows(AgingSummary s) {
        List<Map<String, Object>> out = new ArrayList<>(s.rows().size());
        for (AgingSummary.Figures f : s.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", f.group());
            figures(m, f);
            out.add(m);
        }
        return out;
    }

    private static void figures(Map<String, Object> m, AgingSummary.Figures f) {
        m.put("total", f.total());
        m.put("notDue", f.notDue());
        for (int i = 0; i < f.buckets().size(); i++) {
            m.put("b" + (i + 1), f.buckets().get(i));
        }
    }
}
