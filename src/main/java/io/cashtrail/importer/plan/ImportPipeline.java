package io.cashtrail.importer.plan;

import io.cashtrail.domain.ImportRun;
import io.cashtrail.importer.parse.HeaderDetector;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.parse.SheetAnalyzer;
import io.cashtrail.importer.parse.SheetProfile;
import io.cashtrail.importer.read.ImportRefusedException;
import io.cashtrail.importer.read.SheetInfo;
import io.cashtrail.importer.read.SheetRow;
import io.cashtrail.importer.read.SpreadsheetReader;
import io.cashtrail.store.Database;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The import without a preview (command line, benchmark): rows stream from the reader through
 * fill-down, classification and the row planners ({@link ImportPlanner.Session}, the same per-row
 * plan as the preview's) into the database in chunks of {@link PlanApplier#CHUNK_ROWS} rows, all
 * inside one transaction with the backup before and the checkpoint after, like {@link PlanApplier}.
 * Only the counts and the problem rows are kept, so memory does not grow with the rows read (the
 * index of matched records aside). Further sheets are taken when their header has the same
 * columns as the first sheet's; a cancelled import rolls back and throws {@link CancellationException}.
 * The result also says how long planning and writing took (the rest is reading).
 */
public final class ImportPipeline {
    private ImportPipeline() {
    }

    /** What the import did: the recorded run, the problem rows and the sheets imported or left out. */
    public record Result(ImportRun run, List<PlannedRow> problems, List<String> sheets, List<String> sheetsLeftOut,
            Map<RowStatus, Integer> counts, long planMillis, long writeMillis, List<String> problemLines,
            int problemCount) {
        public Result {
            problems = List.copyOf(problems);
            sheets = List.copyOf(sheets);
            sheetsLeftOut = List.copyOf(sheetsLeftOut);
            counts = Map.copyOf(counts);
            problemLines = List.copyOf(problemLines);
        }

        /** True when some row could be imported (new, update or unchanged); else nothing was recorded. */
        public boolean importable() {
            return counts.get(RowStatus.NEW) + counts.get(RowStatus.UPDATE) + counts.get(RowStatus.UNCHANGED) > 0;
        }
    }

    /** Problem descriptions kept for the summary: the first errors, then the first warnings, "sheet: Row n, …". */
    public static final int PROBLEM_LINES = 100;

    /**
     * Watches every row of the first sheet as it streams past; once that sheet is read, says whether
     * the analysis the import was planned with still holds (else everything is rolled back and
     * {@link CheckFailed} thrown, nothing written). Lets a caller plan with day/month orders guessed
     * before reading the sheet and count the real ones in the same pass.
     */
    public interface FirstSheetCheck {
        void accept(SheetRow row);

        boolean holds();
    }

    /** The first sheet's {@link FirstSheetCheck} did not hold: the import was rolled back. */
    public static final class CheckFailed extends RuntimeException {
        CheckFailed() {
            super("the first sheet's analysis did not hold", null, false, false);
        }
    }

    /** Thrown inside the transaction to roll back an import with no importable row. */
    private static final class NothingImportable extends RuntimeException {
        NothingImportable() {
            super(null, null, false, false);
        }
    }

    public static Result run(Database db, SpreadsheetReader reader, List<Integer> sheets, SheetAnalysis analysis,
            RecordKind kind, String fileName, String sha256, BooleanSupplier cancelled) throws ImportRefusedException {
        return run(db, reader, sheets, analysis, kind, fileName, sha256, cancelled, PlanApplier.CHUNK_ROWS, false,
                null);
    }

    /**
     * As above; with {@code onlyWhenImportable} an import where no row is new, updated or unchanged
     * is rolled back and not recorded (the result's run is null), as the preview's apply would not run.
     */
    public static Result run(Database db, SpreadsheetReader reader, List<Integer> sheets, SheetAnalysis analysis,
            RecordKind kind, String fileName, String sha256, BooleanSupplier cancelled, boolean onlyWhenImportable)
            throws ImportRefusedException {
        return run(db, reader, sheets, analysis, kind, fileName, sha256, cancelled, PlanApplier.CHUNK_ROWS,
                onlyWhenImportable, null);
    }

    /** As above, with {@code check} watching the first sheet (see {@link FirstSheetCheck}). */
    public static Result run(Database db, SpreadsheetReader reader, List<Integer> sheets, SheetAnalysis analysis,
            RecordKind kind, String fileName, String sha256, BooleanSupplier cancelled, boolean onlyWhenImportable,
            FirstSheetCheck check) throws ImportRefusedException {
        return run(db, reader, sheets, analysis, kind, fileName, sha256, cancelled, PlanApplier.CHUNK_ROWS,
                onlyWhenImportable, check);
    }

    static Result run(Database db, SpreadsheetReader reader, List<Integer> sheets, SheetAnalysis analysis,
            RecordKind kind, String fileName, String sha256, BooleanSupplier cancelled, int chunkRows)
            throws ImportRefusedException {
        return run(db, reader, sheets, analysis, kind, fileName, sha256, cancelled, chunkRows, false, null);
    }

    /** As above, writing every {@code chunkRows} rows (tests use tiny chunks). */
    static Result run(Database db, SpreadsheetReader reader, List<Integer> sheets, SheetAnalysis analysis,
            RecordKind kind, String fileName, String sha256, BooleanSupplier cancelled, int chunkRows,
            boolean onlyWhenImportable, FirstSheetCheck check) throws ImportRefusedException {
        if (!ImportPlanner.supports(kind)) {
            throw new IllegalArgumentException("cannot import " + kind);
        }
        List<SheetAnalysis> analyses = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> chosen = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        SheetProfile layout = SheetProfile.of(analysis.header().names(), analysis.header().rowCount(),
                analysis.mapping(), kind);
        for (int k = 0; k < sheets.size(); k++) {
            SheetInfo info = reader.sheets().get(sheets.get(k));
            Optional<SheetAnalysis> a = k == 0 ? Optional.of(analysis) : sameLayout(reader, info.index(), layout, cancelled);
            if (a.isPresent()) {
                analyses.add(a.get());
                names.add(info.name());
                chosen.add(info.index());
            } else {
                leftOut.add(info.name());
            }
        }
        db.backup("before-import");
        Map<RowStatus, Integer> counts = new EnumMap<>(RowStatus.class);
        for (RowStatus s : RowStatus.values()) {
            counts.put(s, 0);
        }
        List<PlannedRow> problems = new ArrayList<>();
        List<String> errorLines = new ArrayList<>();
        List<String> warningLines = new ArrayList<>();
        int[] problemCount = {0};
        long[] nanos = new long[2];
        Long runId;
        try {
            runId = db.jdbi().inTransaction(h -> {
                long id = db.imports().start(fileName, sha256, kind.key(), LocalDateTime.now());
                OpBatch batch = new OpBatch(new ApplyContext(db, id));
                ImportPlanner.Session session = new ImportPlanner.Session(db, kind);
                for (int k = 0; k < chosen.size(); k++) {
                    ImportPlanner.Session.Sheet sheet = session.sheetKeepingProblemTexts(names.get(k), analyses.get(k));
                    int dataStart = analyses.get(k).header().dataStart();
                    FirstSheetCheck watch = k == 0 ? check : null;
                    // on the reading thread, in order: the evidence check and what needs no database
                    PrefetchedRead.read(reader, chosen.get(k), row -> {
                        if (watch != null) {
                            watch.accept(row);
                        }
                        return row.index() < dataStart ? null : sheet.prepare(row);
                    }, prepared -> {
                        if (prepared == null) {
                            return true;
                        }
                        long t0 = System.nanoTime();
                        PlannedRow p = sheet.plan(prepared);
                        nanos[0] += System.nanoTime() - t0;
                        counts.merge(p.status(), 1, Integer::sum);
                        for (RowProblem rp : p.problems()) {
                            problemCount[0]++;
                            List<String> lines = rp.isError() ? errorLines : warningLines;
                            if (lines.size() < PROBLEM_LINES) {
                                lines.add(p.sheet() + ": " + rp.describe());
                            }
                        }
                        if (p.status() == RowStatus.PROBLEM) {
                            problems.add(p);
                        } else if (p.status() != RowStatus.SKIPPED) {
                            batch.add(p.ops);
                            if (batch.rows() >= chunkRows) {
                                long t1 = System.nanoTime();
                                batch.flush();
                                session.compact();
                                nanos[1] += System.nanoTime() - t1;
                            }
                        }
                        return true;
                    }, cancelled);
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("import cancelled");
                    }
                    if (watch != null && !watch.holds()) {
                        throw new CheckFailed();
                    }
                }
                long t1 = System.nanoTime();
                batch.flush();
                nanos[1] += System.nanoTime() - t1;
                int created = counts.get(RowStatus.NEW);
                int updated = counts.get(RowStatus.UPDATE);
                if (onlyWhenImportable && created + updated + counts.get(RowStatus.UNCHANGED) == 0) {
                    throw new NothingImportable();
                }
                db.imports().finish(id, LocalDateTime.now(), created, updated, counts.get(RowStatus.UNCHANGED),
                        counts.get(RowStatus.SKIPPED), counts.get(RowStatus.PROBLEM));
                return id;
            });
        } catch (NothingImportable e) {
            runId = null;
        }
        errorLines.addAll(warningLines);
        List<String> lines = errorLines.subList(0, Math.min(PROBLEM_LINES, errorLines.size()));
        ImportRun run = null;
        if (runId != null) {
            db.imports().checkpoint();
            long id = runId;
            run = db.imports().runs().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        }
        return new Result(run, problems, names, leftOut, counts, nanos[0] / 1_000_000, nanos[1] / 1_000_000,
                lines, problemCount[0]);
    }

    /** A further sheet's analysis (one streaming pass) when its header has the first sheet's columns. */
    private static Optional<SheetAnalysis> sameLayout(SpreadsheetReader reader, int sheet, SheetProfile layout,
            BooleanSupplier cancelled) throws ImportRefusedException {
        SheetAnalyzer.Streaming s = new SheetAnalyzer.Streaming(List.of(layout));
        int[] seen = {0};
        boolean[] differs = {false};
        reader.read(sheet, row -> {
            s.accept(row);
            if (++seen[0] == HeaderDetector.SCAN_ROWS) {
                Optional<SheetAnalysis> head = s.result();
                differs[0] = head.isEmpty() || !layout.matches(head.get().header().names());
                return !differs[0];
            }
            return true;
        }, cancelled);
        Optional<SheetAnalysis> a = differs[0] ? Optional.empty() : s.result();
        return a.filter(x -> layout.matches(x.header().names()));
    }
}
