package io.cashtrail.importer.plan;

import java.util.List;

/**
 * One row of the preview: where it is (sheet, row as Excel numbers it), its status, why it is
 * skipped (a message key), the field changes it makes, its problems and its original cell texts
 * (for the problem rows export). The writes it would make stay inside the plan.
 */
public final class PlannedRow {
    private final String sheet;
    private final int row;
    private final RowStatus status;
    private final String skipReason;
    private final List<FieldChange> changes;
    private final List<RowProblem> problems;
    private final List<String> cells;
    final List<Op> ops;

    PlannedRow(String sheet, int row, RowStatus status, String skipReason, List<FieldChange> changes,
            List<RowProblem> problems, List<String> cells, List<Op> ops) {
        this.sheet = sheet;
        this.row = row;
        this.status = status;
        this.skipReason = skipReason;
        this.changes = List.copyOf(changes);
        this.problems = List.copyOf(problems);
        this.cells = List.copyOf(cells);
        this.ops = List.copyOf(ops);
    }

    public String sheet() {
        return sheet;
    }

    /** The row number as Excel shows it (1-based). */
    public int row() {
        return row;
    }

    public RowStatus status() {
        return status;
    }

    /** The message key of why the row is skipped (e.g. "import.rowKind.subtotal"), null otherwise. */
    public String skipReason() {
        return skipReason;
    }

    public List<FieldChange> changes() {
        return changes;
    }

    public List<RowProblem> problems() {
        return problems;
    }

    /** The cells as the sheet shows them, from column A on. */
    public List<String> cells() {
        return cells;
    }
}
