package io.cashtrail.importer.parse;

import io.cashtrail.importer.read.CellValue;
import io.cashtrail.importer.read.SheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the pieces together for one sheet: finds the header (or takes the user's), maps the columns
 * (a saved {@link SheetProfile} with the same signature wins over the synonyms), guesses the record
 * kind and resolves each date column's day/month order from the data rows given.
 */
public final class SheetAnalyzer {
    private SheetAnalyzer() {
    }

    /** Analyses the first rows of a sheet (give at least {@link HeaderDetector#SCAN_ROWS}; more rows help the dates). */
    public static Optional<SheetAnalysis> analyze(List<SheetRow> rows, List<SheetProfile> saved) {
        return HeaderDetector.detect(rows).map(h -> analyze(rows, h, saved));
    }

    /** Analyses with a header the caller chose (e.g. {@link HeaderDetector#atRow} on the user's click). */
    public static SheetAnalysis analyze(List<SheetRow> rows, HeaderInfo header, List<SheetProfile> saved) {
        SheetProfile profile = saved.stream().filter(p -> p.matches(header.names())).findFirst().orElse(null);
        ColumnMapping mapping = profile != null ? profile.applyTo(header.names())
                : ColumnMapper.map(header.names(), header.unitFactor());
        return new SheetAnalysis(header, mapping, RecordKindGuesser.guess(mapping), profile, dateOrders(rows, header, mapping));
    }

    /** The day/month order of every date column, from the data rows among {@code rows}. */
    public static Map<Integer, DateColumnResolver.Resolution> dateOrders(List<SheetRow> rows, HeaderInfo header,
            ColumnMapping mapping) {
        RowClassifier classifier = new RowClassifier(header);
        List<SheetRow> data = rows.stream().filter(r -> classifier.classify(r) == RowKind.DATA).toList();
        Map<Integer, DateColumnResolver.Resolution> orders = new HashMap<>();
        for (ColumnMatch c : mapping.columns()) {
            if (c.isMapped() && c.field().valueKind() == ImportField.ValueKind.DATE) {
                List<CellValue> cells = new ArrayList<>(data.size());
                for (SheetRow r : data) {
                    cells.add(r.cell(c.column()));
                }
                orders.put(c.column(), DateColumnResolver.resolve(cells));
            }
        }
        return orders;
    }
}
