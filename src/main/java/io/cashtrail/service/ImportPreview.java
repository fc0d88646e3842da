package io.cashtrail.service;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.plan.ImportPlan;
import io.cashtrail.importer.plan.PlannedRow;
import io.cashtrail.importer.plan.RowProblem;
import io.cashtrail.importer.plan.RowStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A planned import as the command line and the summary show it: the plan, the sheets it covers and
 * the sheets left out because their layout differs, with the row counts by status and the problems
 * as localized lines; and what it was planned from ({@link Basis}), to plan it again after a
 * correction and to save its mapping as a profile.
 */
public record ImportPreview(ImportFile file, ImportPlan plan, List<String> sheetsLeftOut, Basis basis) {

    /**
     * What the plan was made from, so it can be made again with corrected cells: the sheets, the
     * first sheet's analysis, the kind, the user's corrections (sheet → 0-based row → column → text)
     * and the saved profile the mapping came from (null when none).
     */
    public record Basis(List<Integer> sheets, SheetAnalysis analysis, RecordKind kind,
            Map<String, Map<Integer, Map<Integer, String>>> corrections, MappingProfile profile) {
        public Basis {
            sheets = List.copyOf(sheets);
            corrections = Map.copyOf(corrections);
        }
    }

    public ImportPreview {
        sheetsLeftOut = List.copyOf(sheetsLeftOut);
    }

    public ImportPreview(ImportFile file, ImportPlan plan, List<String> sheetsLeftOut) {
        this(file, plan, sheetsLeftOut, null);
    }

    /** The name of the saved profile the mapping came from, or null. */
    public String profileName() {
        return basis == null || basis.profile() == null ? null : basis.profile().name();
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
