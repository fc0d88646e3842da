package io.cashtrail.importer.plan;

import io.cashtrail.importer.parse.RecordKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What importing one or more sheets would do, row by row, computed against the database as it was
 * when planned. {@link PlanApplier} writes it; nothing is written before.
 */
public record ImportPlan(RecordKind kind, List<String> sheets, List<String> headerNames, List<PlannedRow> rows) {

    public ImportPlan {
        sheets = List.copyOf(sheets);
        headerNames = List.copyOf(headerNames);
        rows = List.copyOf(rows);
    }

    public Map<RowStatus, Integer> counts() {
        Map<RowStatus, Integer> m = new EnumMap<>(RowStatus.class);
        for (RowStatus s : RowStatus.values()) {
            m.put(s, 0);
        }
        for (PlannedRow r : rows) {
            m.merge(r.status(), 1, Integer::sum);
        }
        return m;
    }

    public int count(RowStatus s) {
        return counts().get(s);
    }

    public List<PlannedRow> problems() {
        return rows.stream().filter(r -> r.status() == RowStatus.PROBLEM).toList();
    }

    /** True when at least one row would create or change something. */
    public boolean hasWork() {
        return rows.stream().anyMatch(r -> r.status() == RowStatus.NEW || r.status() == RowStatus.UPDATE);
    }
}
