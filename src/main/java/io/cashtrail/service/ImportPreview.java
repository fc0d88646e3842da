package io.cashtrail.service;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.plan.ImportPlan;
import io.cashtrail.importer.plan.PlannedRow;
import io.cashtrail.importer.plan.RowProblem;
import io.cashtrail.importer.plan.RowStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * A planned import as the command line and the summary show it: the plan, the sheets it covers and
 * the sheets left out because their layout differs, with the row counts by status and the problems
 * as localized lines.
 */
public record ImportPreview(ImportFile file, ImportPlan plan, List<String> sheetsLeftOut) {

    public ImportPreview {
        sheetsLeftOut = List.copyOf(sheetsLeftOut);
    }

    /** The sheets planned. */
    public List<String> sheetNames() {
        return plan.sheets();
    }

    public int created() {
        return plan.count(RowStatus.NEW);
    }

    public int updated() {
        return plan.count(RowStatus.UPDATE);
    }

    public int unchanged() {
        return plan.count(RowStatus.UNCHANGED);
    }

    public int skipped() {
        return plan.count(RowStatus.SKIPPED);
    }

    public int rejected() {
        return plan.count(RowStatus.PROBLEM);
    }

    /** True when some row can be imported (new, update or unchanged). */
    public boolean importable() {
        return created() + updated() + unchanged() > 0;
    }

    /** The kind of records in the user's language. */
    public String kindName() {
        return Messages.get(plan.kind().messageKey());
    }

    /** Up to {@code max} problems (errors first, then warnings), each "sheet: Row n, column: message". */
    public List<String> problemLines(int max) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (PlannedRow r : plan.rows()) {
            for (RowProblem p : r.problems()) {
                (p.isError() ? errors : warnings).add(r.sheet() + ": " + p.describe());
            }
        }
        errors.addAll(warnings);
        return errors.subList(0, Math.min(max, errors.size()));
    }

    public int problemCount() {
        return plan.rows().stream().mapToInt(r -> r.problems().size()).sum();
    }
}
