package io.cashtrail.service;

import io.cashtrail.importer.parse.SheetAnalysis;
import java.util.List;
import java.util.Map;

/**
 * What the wizard shows for choosing the header row and mapping the columns of one sheet: the
 * analysis (header, mapping, kind, date orders), the saved profile it came from (null when the
 * columns were mapped from their names), the first rows of the sheet as text so the user sees which
 * row is the header, and the first few non-empty values below the header of every column.
 */
public record SheetSetup(int sheet, SheetAnalysis analysis, MappingProfile profile, List<Line> topRows,
        Map<Integer, List<String>> samples) {

    /** One row of the sheet as text: its 0-based sheet row index and the cells from column A on. */
    public record Line(int row, List<String> cells) {
        public Line {
            cells = List.copyOf(cells);
        }
    }

    public SheetSetup {
        topRows = List.copyOf(topRows);
        samples = Map.copyOf(samples);
    }

    /** The sample values of a column (empty when it has none). */
    public List<String> samples(int column) {
        return samples.getOrDefault(column, List.of());
    }
}
