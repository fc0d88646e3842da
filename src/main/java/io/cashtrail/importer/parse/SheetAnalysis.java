package io.cashtrail.importer.parse;

import java.util.List;
import java.util.Map;

/**
 * Everything the import preview proposes for one sheet before the user confirms: the header, the
 * column mapping (from a saved profile when the headers are known), the record kinds ranked, and
 * the day/month order of each date column. The user may change any of it.
 */
public record SheetAnalysis(HeaderInfo header, ColumnMapping mapping, List<RecordKindGuesser.KindScore> kinds,
        SheetProfile savedProfile, Map<Integer, DateColumnResolver.Resolution> dateOrders) {

    public SheetAnalysis {
        kinds = List.copyOf(kinds);
        dateOrders = Map.copyOf(dateOrders);
    }

    /** The saved profile's kind when the sheet was recognised, else the best guess. */
    public RecordKind kind() {
        return savedProfile != null ? savedProfile.kind() : kinds.get(0).kind();
    }

    /** The date parser for a column, with the order its values showed (or none when not needed). */
    public DateParser datesFor(int column) {
        DateColumnResolver.Resolution r = dateOrders.get(column);
        DateParser standard = DateParser.standard();
        return r == null || r.order() == null ? standard : standard.withOrder(r.order());
    }

    /** Date columns whose order the user must choose before importing. */
    public List<Integer> dateColumnsToAsk() {
        return dateOrders.entrySet().stream().filter(e -> e.getValue().needsUser()).map(Map.Entry::getKey).sorted().toList();
    }

    /** The same analysis with a mapping the user changed. */
    public SheetAnalysis withMapping(ColumnMapping changed) {
        return new SheetAnalysis(header, changed, RecordKindGuesser.guess(changed), savedProfile, dateOrders);
    }
}
