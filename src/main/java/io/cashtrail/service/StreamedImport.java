package io.cashtrail.service;

import io.cashtrail.domain.ImportRun;
import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.plan.ImportPipeline;
import io.cashtrail.importer.plan.ImportPlan;
import io.cashtrail.importer.plan.ProblemWorkbook;
import io.cashtrail.importer.plan.RowStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What an import without a preview did ({@link ImportService#importWhole}): the same summary the
 * command line prints from a preview (kind, sheets, counts, the first problems, the profile used)
 * and the problem rows for {@link #writeProblems}, without the planned rows themselves.
 */
public final class StreamedImport {
    private final ImportPipeline.Result result;
    private final RecordKind kind;
    private final List<String> headerNames;
    private final String profileName;

    StreamedImport(ImportPipeline.Result result, RecordKind kind, List<String> headerNames, String profileName) {
        this.result = result;
        this.kind = kind;
        this.headerNames = List.copyOf(headerNames);
        this.profileName = profileName;
    }

    /** The recorded import, or null when no row was importable (then nothing was written). */
    public ImportRun run() {
        return result.run();
    }

    public String profileName() {
        return profileName;
    }

    public List<String> sheetNames() {
        return result.sheets();
    }

    public List<String> sheetsLeftOut() {
        return result.sheetsLeftOut();
    }

    public String kindName() {
        return Messages.get(kind.messageKey());
    }

    public int created() {
        return result.counts().get(RowStatus.NEW);
    }

    public int updated() {
        return result.counts().get(RowStatus.UPDATE);
    }

    public int unchanged() {
        return result.counts().get(RowStatus.UNCHANGED);
    }

    public int skipped() {
        return result.counts().get(RowStatus.SKIPPED);
    }

    public int rejected() {
        return result.counts().get(RowStatus.PROBLEM);
    }

    /** Time the import's pass spent planning rows and writing them (the rest was reading), for the benchmark. */
    public long planMillis() {
        return result.planMillis();
    }

    public long writeMillis() {
        return result.writeMillis();
    }

    public boolean importable() {
        return result.importable();
    }

    /** Up to {@code max} problems (errors first, then warnings), each "sheet: Row n, column: message". */
    public List<String> problemLines(int max) {
        return result.problemLines().subList(0, Math.min(max, result.problemLines().size()));
    }

    public int problemCount() {
        return result.problemCount();
    }

    /** Saves the problem rows with a column saying what is wrong; returns how many were written. */
    public int writeProblems(Path target) {
        try {
            return ProblemWorkbook.write(new ImportPlan(kind, result.sheets(), headerNames, result.problems()), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
