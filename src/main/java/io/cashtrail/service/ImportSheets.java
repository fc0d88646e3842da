package io.cashtrail.service;

import io.cashtrail.importer.parse.HeaderDetector;
import io.cashtrail.importer.parse.HeaderInfo;
import io.cashtrail.importer.parse.RowClassifier;
import io.cashtrail.importer.parse.RowKind;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.parse.SheetAnalyzer;
import io.cashtrail.importer.parse.ValueParsers;
import io.cashtrail.importer.read.CellValue;
import io.cashtrail.importer.read.SheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The wizard's view of one sheet before planning: the header (found, chosen by the user, or
 * remembered by a profile), the first rows as text, sample values per column, and the user's
 * corrections of cells laid over the rows as read.
 */
final class ImportSheets {
    /** Rows shown from the top of the sheet (more when the header is further down). */
    static final int TOP_ROWS = 15;
    /** Sample values per column. */
    static final int SAMPLES = 3;
    private static final int SAMPLE_SCAN_ROWS = 2000;

    private final ImportProfiles profiles;

    ImportSheets(ImportProfiles profiles) {
        this.profiles = profiles;
    }

    SheetSetup setUp(ImportFile file, int sheet, Integer headerRow, String profileName, BooleanSupplier cancelled) {
        List<SheetRow> rows = file.rows(sheet, cancelled);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("stopped by the user");
        }
        String sheetName = file.sheets().get(sheet).name();
        Choice choice = choose(rows, sheetName, headerRow, profileName);
        MappingProfile used = choice.profile();
        SheetAnalysis analysis = used != null ? ImportProfiles.apply(rows, choice.header(), used)
                : SheetAnalyzer.analyze(rows, choice.header(), List.of());
        return new SheetSetup(sheet, analysis, used, topRows(rows, analysis.header()), samples(rows, analysis.header()));
    }

    /** The header of a sheet and the saved profile that maps it (null: mapped by the column names). */
    record Choice(HeaderInfo header, MappingProfile profile) {
    }

    /**
     * Where the header is and which profile maps it: the profile named (its header row, else the one
     * found), else the header chosen or found with a saved profile that fits it, if any. Needs only
     * the first rows of the sheet ({@link HeaderDetector#SCAN_ROWS} × 4 suffice).
     */
    Choice choose(List<SheetRow> rows, String sheetName, Integer headerRow, String profileName) {
        if (profileName != null) {
            MappingProfile p = profiles.named(profileName).orElseThrow(() -> profiles.unknown(profileName));
            HeaderInfo h = headerRow != null ? chosenHeader(rows, headerRow)
                    : ImportProfiles.headerAt(rows, p.headerRow(), p.headerRows())
                            .filter(at -> p.mapping().matches(at.names()))
                            .or(() -> HeaderDetector.detect(rows)).orElseThrow(() -> noHeader(sheetName));
            return new Choice(h, p);
        }
        if (headerRow != null) {
            HeaderInfo h = chosenHeader(rows, headerRow);
            Optional<MappingProfile> fits = profiles.all().stream().filter(p -> p.mapping().matches(h.names())).findFirst();
            return new Choice(h, fits.orElse(null));
        }
        Optional<HeaderInfo> detected = HeaderDetector.detect(rows);
        Optional<ImportProfiles.Fit> fit = profiles.find(rows, detected);
        if (fit.isPresent()) {
            return new Choice(fit.get().header(), fit.get().profile());
        }
        return new Choice(detected.orElseThrow(() -> noHeader(sheetName)), null);
    }

    private static ImportRefusal noHeader(String sheetName) {
        return new ImportRefusal("import.plan.noHeader", null, sheetName);
    }

    /** The header the user pointed at (0-based sheet row); a blank or missing row is refused. */
    static HeaderInfo chosenHeader(List<SheetRow> rows, int headerRow) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).index() == headerRow) {
                if (rows.get(i).isBlank()) {
                    break;
                }
                return HeaderDetector.atRow(rows, i);
            }
        }
        throw new ImportRefusal("importwiz.header.blank", null, headerRow + 1);
    }

    /** The first rows as text, enough to include the header and a few rows below it. */
    static List<SheetSetup.Line> topRows(List<SheetRow> rows, HeaderInfo header) {
        List<SheetSetup.Line> out = new ArrayList<>();
        for (SheetRow r : rows) {
            if (out.size() >= TOP_ROWS && r.index() > header.lastRow() + 3) {
                break;
            }
            List<String> cells = new ArrayList<>(r.cells().size());
            for (CellValue c : r.cells()) {
                cells.add(text(c));
            }
            out.add(new SheetSetup.Line(r.index(), cells));
        }
        return out;
    }

    /** The first few non-empty values of each column in the data rows below the header. */
    static Map<Integer, List<String>> samples(List<SheetRow> rows, HeaderInfo header) {
        RowClassifier classifier = new RowClassifier(header);
        int width = header.names().size();
        Map<Integer, List<String>> samples = new TreeMap<>();
        int scanned = 0;
        int full = 0;
        for (SheetRow r : rows) {
            if (r.index() < header.dataStart() || classifier.classify(r) != RowKind.DATA) {
                continue;
            }
            if (++scanned > SAMPLE_SCAN_ROWS || full >= width) {
                break;
            }
            for (int c = 0; c < width; c++) {
                CellValue cell = r.cell(c);
                if (cell.isBlank()) {
                    continue;
                }
                List<String> s = samples.computeIfAbsent(c, k -> new ArrayList<>());
                if (s.size() < SAMPLES) {
                    s.add(text(cell));
                    if (s.size() == SAMPLES) {
                        full++;
                    }
                }
            }
        }
        return samples;
    }

    private static String text(CellValue c) {
        if (c.kind() == CellValue.Kind.EMPTY || c.kind() == CellValue.Kind.ERROR) {
            return c.text();
        }
        String t = ValueParsers.text(c).value();
        return t == null ? c.text() : t;
    }

    /** The rows with the user's corrections of one sheet (0-based row → column → text) laid over them. */
    static List<SheetRow> corrected(List<SheetRow> rows, Map<Integer, Map<Integer, String>> corrections) {
        if (corrections == null || corrections.isEmpty()) {
            return rows;
        }
        List<SheetRow> out = new ArrayList<>(rows.size());
        for (SheetRow r : rows) {
            Map<Integer, String> cells = corrections.get(r.index());
            if (cells == null) {
                out.add(r);
                continue;
            }
            List<CellValue> changed = new ArrayList<>(r.cells());
            for (Map.Entry<Integer, String> e : cells.entrySet()) {
                while (changed.size() <= e.getKey()) {
                    changed.add(CellValue.EMPTY);
                }
                changed.set(e.getKey(), CellValue.text(e.getValue() == null ? "" : e.getValue().strip()));
            }
            out.add(new SheetRow(r.index(), r.hidden(), List.copyOf(changed)));
        }
        return out;
    }

    /** The corrections so far with one more row's cells (later values win). */
    static Map<String, Map<Integer, Map<Integer, String>>> withCorrection(
            Map<String, Map<Integer, Map<Integer, String>>> before, String sheet, int row, Map<Integer, String> cells) {
        Map<String, Map<Integer, Map<Integer, String>>> all = new HashMap<>();
        before.forEach((s, rows) -> {
            Map<Integer, Map<Integer, String>> copy = new HashMap<>();
            rows.forEach((r, c) -> copy.put(r, new HashMap<>(c)));
            all.put(s, copy);
        });
        all.computeIfAbsent(sheet, s -> new HashMap<>()).computeIfAbsent(row, r -> new HashMap<>()).putAll(cells);
        return all;
    }
}
