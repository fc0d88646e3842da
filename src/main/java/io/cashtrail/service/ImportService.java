package io.cashtrail.service;

import io.cashtrail.domain.ImportRun;
import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.HeaderDetector;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.HeaderInfo;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.parse.SheetAnalyzer;
import io.cashtrail.importer.parse.SheetProfile;
import io.cashtrail.importer.plan.ImportPipeline;
import io.cashtrail.importer.plan.ImportPlan;
import io.cashtrail.importer.plan.ImportPlanner;
import io.cashtrail.importer.plan.PlanApplier;
import io.cashtrail.importer.plan.PlannedRow;
import io.cashtrail.importer.plan.ProblemWorkbook;
import io.cashtrail.importer.plan.RequiredColumns;
import io.cashtrail.importer.plan.SheetInput;
import io.cashtrail.importer.plan.UndoConflictException;
import io.cashtrail.importer.read.ImportRefusedException;
import io.cashtrail.importer.read.Limits;
import io.cashtrail.importer.read.ReadCancelledException;
import io.cashtrail.importer.read.SheetInfo;
import io.cashtrail.importer.read.SheetRow;
import io.cashtrail.importer.read.Spreadsheets;
import io.cashtrail.store.Database;
import io.cashtrail.store.DependentsExistException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Importing legacy spreadsheets, shared by the import wizard and the command line: open a file,
 * analyse a sheet (at the header found or chosen, mapped by a saved profile when one fits), plan the
 * import (nothing written) and plan it again with corrected cells, apply it in one transaction with
 * a backup before and a history entry, save the mapping as a profile, export the problem rows, list
 * the history and undo the last import.
 */
public final class ImportService {
    private static final BooleanSupplier NEVER = () -> false;
    private final Database db;
    private final ImportProfiles profiles;

    ImportService(Database db) {
        this.db = db;
        this.profiles = new ImportProfiles(db.importProfiles());
    }

    /** Opens a file (password may be null); refused files give an {@link ImportRefusal}. */
    public ImportFile open(Path file, String password) {
        try {
            return new ImportFile(file, Spreadsheets.open(file, password));
        } catch (ImportRefusedException e) {
            throw refusal(e);
        }
    }

    /**
     * As {@link #open(Path, String)}, giving up within a second once {@code cancelled} says so with a
     * {@link CancellationException} (whatever was opened is closed).
     */
    public ImportFile open(Path file, String password, BooleanSupplier cancelled) {
        try {
            return new ImportFile(file, Spreadsheets.open(file, password, Limits.DEFAULT, cancelled));
        } catch (ReadCancelledException e) {
            throw new CancellationException("stopped by the user");
        } catch (ImportRefusedException e) {
            throw refusal(e);
        }
    }

    /**
     * Reads a sheet (once) and finds its header, mapping and record kind; a saved profile that fits
     * the sheet maps it; no header is a refusal.
     */
    public SheetAnalysis analyze(ImportFile file, int sheet, BooleanSupplier cancelled) {
        return sheets().setUp(file, sheet, null, null, cancelled).analysis();
    }

    /**
     * Everything the wizard's header and mapping step shows for a sheet (see {@link SheetSetup}):
     * the header at {@code headerRow} (0-based sheet row; null: found automatically), mapped by the
     * profile named (null: by a saved profile that fits the sheet, else by the column names).
     * Refused when the profile is unknown or no header is found; {@link CancellationException} when
     * stopped.
     */
    public SheetSetup setUp(ImportFile file, int sheet, Integer headerRow, String profileName,
            BooleanSupplier cancelled) {
        return sheets().setUp(file, sheet, headerRow, profileName, cancelled);
    }

    private ImportSheets sheets() {
        return new ImportSheets(profiles);
    }

    /**
     * Plans sheets with the analysis of the first of them; further sheets are planned only when
     * their header has the same columns (the same layout, e.g. one sheet per month).
     */
    public ImportPreview plan(ImportFile file, List<Integer> sheets, SheetAnalysis analysis, RecordKind kind,
            BooleanSupplier cancelled) {
        return plan(file, sheets, analysis, kind, Map.of(), cancelled);
    }

    /**
     * Plans again with the user's corrections of a row's cells (column → text; empty text empties the
     * cell): the row gets its new status, and every other row is planned as before (a corrected
     * customer or contract may change what later rows do). Earlier corrections are kept.
     */
    public ImportPreview correct(ImportPreview preview, PlannedRow row, Map<Integer, String> cells,
            BooleanSupplier cancelled) {
        ImportPreview.Basis b = preview.basis();
        if (b == null) {
            throw new IllegalArgumentException("this preview cannot be planned again");
        }
        Map<String, Map<Integer, Map<Integer, String>>> all = ImportSheets.withCorrection(b.corrections(),
                row.sheet(), row.row() - 1, cells);
        ImportPreview again = plan(preview.file(), b.sheets(), b.analysis(), b.kind(), all, cancelled);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("stopped by the user");
        }
        return again;
    }

    private ImportPreview plan(ImportFile file, List<Integer> sheets, SheetAnalysis analysis, RecordKind kind,
            Map<String, Map<Integer, Map<Integer, String>>> corrections, BooleanSupplier cancelled) {
        checkImportable(analysis, kind);
        List<SheetInput> inputs = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        SheetProfile layout = SheetProfile.of(analysis.header().names(), analysis.header().rowCount(),
                analysis.mapping(), kind);
        for (int k = 0; k < sheets.size(); k++) {
            int index = sheets.get(k);
            String name = file.sheets().get(index).name();
            List<SheetRow> rows = ImportSheets.corrected(file.rows(index, cancelled), corrections.get(name));
            if (k == 0) {
                inputs.add(new SheetInput(name, rows, analysis));
                continue;
            }
            Optional<HeaderInfo> h = ImportProfiles.headerAt(rows, analysis.header().firstRow(), analysis.header().rowCount())
                    .filter(at -> layout.matches(at.names())).or(() -> HeaderDetector.detect(rows));
            if (h.isPresent() && layout.matches(h.get().names())) {
                inputs.add(new SheetInput(name, rows, SheetAnalyzer.analyze(rows, h.get(), List.of(layout))));
            } else {
                leftOut.add(name);
            }
        }
        ImportPlan plan = ImportPlanner.plan(db, inputs, kind, cancelled);
        return new ImportPreview(file, plan, leftOut, new ImportPreview.Basis(sheets, analysis, kind, corrections,
                profiles.of(analysis).orElse(null)));
    }

    private static void checkImportable(SheetAnalysis analysis, RecordKind kind) {
        if (!ImportPlanner.supports(kind)) {
            throw new ImportRefusal("import.plan.kindUnsupported", null, Messages.get(kind.messageKey()));
        }
        List<ImportField> missing = ImportPlanner.missingColumns(analysis.mapping(), kind);
        if (!missing.isEmpty()) {
            throw new ImportRefusal("import.plan.missingColumn", null, RequiredColumns.describe(missing),
                    RequiredColumns.kindName(kind));
        }
    }

    /**
     * The command line's one-step plan: the named sheet, or every visible sheet, or the first
     * visible sheet with a recognisable header; the kind given (see {@link #isKnownKind}) or the one
     * recognised.
     */
    public ImportPreview preview(ImportFile file, String sheetName, boolean allSheets, String kindName) {
        return preview(file, sheetName, allSheets, kindName, null);
    }

    /**
     * As {@link #preview(ImportFile, String, boolean, String)} with the columns mapped by the saved
     * profile named (refused when there is none of that name); null: a profile that fits applies.
     */
    public ImportPreview preview(ImportFile file, String sheetName, boolean allSheets, String kindName,
            String profileName) {
        if (profileName != null && profiles.named(profileName).isEmpty()) {
            throw profiles.unknown(profileName);
        }
        List<Integer> sheets = new ArrayList<>();
        SheetAnalysis analysis = chooseSheets(file, sheetName, allSheets, sheets,
                i -> setUp(file, i, null, profileName, NEVER).analysis());
        RecordKind kind = kindName == null ? analysis.kind() : kindOf(kindName);
        return plan(file, sheets, analysis, kind, NEVER);
    }

    /** True when {@code name} names a record kind ("contractLedger", "CONTRACT_LEDGER", "contract-ledger"). */
    public static boolean isKnownKind(String name) {
        try {
            kindOf(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The names accepted for record kinds, for usage messages. */
    public static List<String> kindNames() {
        return java.util.Arrays.stream(RecordKind.values()).map(RecordKind::key).toList();
    }

    static RecordKind kindOf(String name) {
        String n = name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        for (RecordKind k : RecordKind.values()) {
            if (k.key().toLowerCase(Locale.ROOT).equals(n)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no record kind " + name);
    }

    /**
     * As {@link #analyze}, reading the sheet as a stream without keeping its rows (for
     * {@link #importStreaming}, where no preview needs them).
     */
    public SheetAnalysis analyzeStreaming(ImportFile file, int sheet, BooleanSupplier cancelled) {
        if (file.cachedRows(sheet) != null) {
            return analyze(file, sheet, cancelled);
        }
        SheetAnalyzer.Streaming s = new SheetAnalyzer.Streaming(List.of());
        try {
            file.reader().read(sheet, row -> {
                s.accept(row);
                return true;
            }, cancelled);
        } catch (ImportRefusedException e) {
            throw refusal(e);
        }
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("analysis cancelled");
        }
        return s.result()
                .orElseThrow(() -> new ImportRefusal("import.plan.noHeader", null, file.sheets().get(sheet).name()));
    }

    /**
     * Imports without a preview, streaming: the sheets are read once more and every row is planned
     * and written in chunks inside one transaction (backup before, checkpoint after), keeping only
     * the counts and the problem rows; memory does not grow with the sheet. The same rows are
     * created, updated or left as {@link #plan} then {@link #apply} would. A cancelled import
     * rolls back and throws {@link java.util.concurrent.CancellationException}.
     */
    public ImportPipeline.Result importStreaming(ImportFile file, List<Integer> sheets, SheetAnalysis analysis,
            RecordKind kind, BooleanSupplier cancelled) {
        checkImportable(analysis, kind);
        Path path = file.path();
        try {
            return ImportPipeline.run(db, file.reader(), sheets, analysis, kind, path.getFileName().toString(),
                    sha256(path), cancelled);
        } catch (ImportRefusedException e) {
            throw refusal(e);
        }
    }

    /**
     * The sheets a one-step import (preview or whole import) takes: the named one, else the first
     * visible sheet {@code setUp} accepts, and with {@code allSheets} every later visible one. Fills
     * {@code sheets}; returns what {@code setUp} gave for the first; refuses with the first sheet's
     * reason when none is importable.
     */
    private static <T> T chooseSheets(ImportFile file, String sheetName, boolean allSheets, List<Integer> sheets,
            java.util.function.IntFunction<T> setUp) {
        if (sheetName != null) {
            int i = file.sheetIndex(sheetName);
            if (i < 0) {
                throw new ImportRefusal("import.plan.sheetNotFound", null, sheetName, String.join(", ", file.sheetNames()));
            }
            sheets.add(i);
            return setUp.apply(i);
        }
        ImportRefusal first = null;
        T chosen = null;
        for (SheetInfo s : file.sheets()) {
            if (s.hidden()) {
                continue;
            }
            if (chosen != null) {
                sheets.add(s.index());
                continue;
            }
            try {
                chosen = setUp.apply(s.index());
            } catch (ImportRefusal e) {
                first = first == null ? e : first;
                continue;
            }
            sheets.add(s.index());
            if (!allSheets) {
                break;
            }
        }
        if (chosen == null) {
            throw first != null ? first : new ImportRefusal("import.plan.nothingToImport", null);
        }
        return chosen;
    }

    /**
     * The command line's import without a preview, streaming (memory does not grow with the
     * sheet): the sheet chosen as {@link #preview(ImportFile, String, boolean, String, String)}
     * chooses it (header and profile from the first rows), then {@link #importStreaming}'s pass,
     * which also counts the date columns' day/month evidence: planned with the orders guessed
     * before ({@link GuessedDateOrders}), it is rolled back and run again in the rare case the
     * evidence says otherwise. The profile used is recorded in the history. When no row is
     * importable nothing is written and the result has no run.
     */
    public StreamedImport importWhole(ImportFile file, String sheetName, boolean allSheets, String kindName,
            String profileName) {
        if (profileName != null && profiles.named(profileName).isEmpty()) {
            throw profiles.unknown(profileName);
        }
        List<Integer> sheets = new ArrayList<>();
        ImportSheets.Choice chosen = chooseSheets(file, sheetName, allSheets, sheets, i -> choose(file, i, profileName));
        MappingProfile used = chosen.profile();
        GuessedDateOrders orders = new GuessedDateOrders(chosen.header(), used);
        SheetAnalysis analysis = orders.guess();
        RecordKind kind = kindName == null ? analysis.kind() : kindOf(kindName);
        checkImportable(analysis, kind);
        Path path = file.path();
        String sha = sha256(path);
        ImportPipeline.Result result;
        try {
            try {
                result = ImportPipeline.run(db, file.reader(), sheets, analysis, kind, path.getFileName().toString(),
                        sha, NEVER, true, orders);
            } catch (ImportPipeline.CheckFailed e) {
                analysis = orders.actual();
                result = ImportPipeline.run(db, file.reader(), sheets, analysis, kind, path.getFileName().toString(),
                        sha, NEVER, true);
            }
        } catch (ImportRefusedException e) {
            throw refusal(e);
        }
        String profile = used == null ? null : used.name();
        if (profile != null && result.run() != null) {
            db.importProfiles().recordUse(result.run().id(), profile);
        }
        return new StreamedImport(result, kind, analysis.header().names(), profile);
    }

    /** The header and profile of a sheet from its first rows (read without keeping the rest). */
    private ImportSheets.Choice choose(ImportFile file, int sheet, String profileName) {
        List<SheetRow> head = new ArrayList<>();
        int max = HeaderDetector.SCAN_ROWS * 4;
        try {
            file.reader().read(sheet, row -> {
                head.add(row);
                return head.size() < max;
            }, NEVER);
        } catch (ImportRefusedException e) {
            throw refusal(e);
        }
        return sheets().choose(head, file.sheets().get(sheet).name(), null, profileName);
    }

    /** Writes every row except problems and skipped ones. */
    public ImportRun apply(ImportPreview preview) {
        return apply(preview, r -> true);
    }

    /** Writes the rows {@code include} accepts (problems and skipped rows never) in one transaction. */
    public ImportRun apply(ImportPreview preview, Predicate<PlannedRow> include) {
        Path file = preview.file().path();
        return PlanApplier.apply(db, preview.plan(), file.getFileName().toString(), sha256(file), include);
    }

    /** Saves the problem rows with a column saying what is wrong; returns how many were written. */
    public int writeProblems(ImportPreview preview, Path target) {
        try {
            return ProblemWorkbook.write(preview.plan(), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #apply(ImportPreview, Predicate)}, then saves the mapping as the profile
     * {@code saveProfileAs} (null or blank: not saved) and records in the history the profile used
     * (the one saved, or the one the mapping came from).
     */
    public ImportRun apply(ImportPreview preview, Predicate<PlannedRow> include, String saveProfileAs) {
        String name = saveProfileAs == null || saveProfileAs.isBlank() ? null : saveProfileAs.strip();
        if (name != null && name.length() > ImportProfiles.MAX_NAME) {
            throw new ImportRefusal("importwiz.profile.nameTooLong", null, ImportProfiles.MAX_NAME);
        }
        ImportRun run = apply(preview, include);
        String used = preview.profileName();
        if (name != null && preview.basis() != null) {
            used = profiles.save(name, preview.basis().analysis(), preview.basis().kind()).name();
        }
        if (used != null) {
            db.importProfiles().recordUse(run.id(), used);
            run = run.withProfile(used);
        }
        return run;
    }

    /** The saved mapping profiles, the most recently saved first. */
    public List<MappingProfile> profiles() {
        return profiles.all();
    }

    public Optional<MappingProfile> profile(String name) {
        return profiles.named(name);
    }

    /** Saves an analysis (header row, mapping, day/month choices) and kind as a profile, replacing one of that name. */
    public MappingProfile saveProfile(String name, SheetAnalysis analysis, RecordKind kind) {
        if (name == null || name.isBlank()) {
            throw new ImportRefusal("importwiz.profile.nameMissing", null);
        }
        if (name.strip().length() > ImportProfiles.MAX_NAME) {
            throw new ImportRefusal("importwiz.profile.nameTooLong", null, ImportProfiles.MAX_NAME);
        }
        return profiles.save(name, analysis, kind);
    }

    /** Deletes a profile; imports that used it keep its name in the history. */
    public void deleteProfile(long id) {
        profiles.delete(id);
    }

    /** Every import, newest first, with the profile each used. */
    public List<ImportRun> history() {
        Map<Long, String> used = db.importProfiles().runProfiles();
        return db.imports().runs().stream().map(r -> used.containsKey(r.id()) ? r.withProfile(used.get(r.id())) : r)
                .toList();
    }

    /**
     * Undoes the newest import not undone yet (null id), or checks first that {@code id} is that
     * one: imports are undone newest first, so the database always returns to an earlier state.
     */
    public ImportRun undo(Long id) {
        Optional<ImportRun> last = db.imports().lastActive();
        if (last.isEmpty()) {
            throw new ImportRefusal("import.plan.nothingToUndo", null);
        }
        if (id != null && id != last.get().id()) {
            throw new ImportRefusal("import.plan.undoOnlyLast", null, id, last.get().id());
        }
        try {
            return PlanApplier.undoLast(db).orElseThrow(() -> new ImportRefusal("import.plan.nothingToUndo", null));
        } catch (DependentsExistException e) {
            throw new ImportRefusal("import.plan.undoRefused", e);
        } catch (UndoConflictException e) {
            throw new ImportRefusal("import.plan.undoConflict", e, e.record());
        }
    }

    public ImportRun undoLast() {
        return undo(null);
    }

    static ImportRefusal refusal(ImportRefusedException e) {
        return new ImportRefusal("import.refused." + e.reason().name().toLowerCase(Locale.ROOT), e);
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
