package io.cashtrail.importer.plan;

import java.util.ArrayList;
import java.util.List;

/** The writes and field changes one data row collects while it is planned. */
final class RowPlan {
    final List<Op> ops = new ArrayList<>();
    final List<FieldChange> changes = new ArrayList<>();
    boolean creates;

    void create(Op op) {
        ops.add(op);
        creates = true;
    }

    void set(String entity, Ref target, String label, String field, String oldValue, String newValue) {
        ops.add(new Op.SetField(entity, target, field, newValue));
        changes.add(new FieldChange(entity, label, field, oldValue, newValue));
    }

    RowStatus status() {
        return creates ? RowStatus.NEW : ops.isEmpty() ? RowStatus.UNCHANGED : RowStatus.UPDATE;
    }

    /** Existing notes with the sheet's "header: value" lines merged in: a line for the same header is replaced, others appended. */
    static String mergeNotes(String existing, List<String> lines) {
        List<String> out = new ArrayList<>();
        if (existing != null && !existing.isEmpty()) {
            out.addAll(List.of(existing.split("\n", -1)));
        }
        for (String line : lines) {
            if (out.contains(line)) {
                continue;
            }
            int colon = line.indexOf(": ");
            String prefix = colon < 0 ? null : line.substring(0, colon + 2);
            int at = -1;
            for (int i = 0; prefix != null && i < out.size(); i++) {
                if (out.get(i).startsWith(prefix)) {
                    at = i;
                    break;
                }
            }
            if (at >= 0) {
                out.set(at, line);
            } else {
                out.add(line);
            }
        }
        return out.isEmpty() ? null : String.join("\n", out);
    }
}
