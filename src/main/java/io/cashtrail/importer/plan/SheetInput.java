package io.cashtrail.importer.plan;

import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.read.SheetRow;
import java.util.List;

/** One sheet to plan: its name, the rows as read (from the top) and its analysis (header, mapping). */
public record SheetInput(String name, List<SheetRow> rows, SheetAnalysis analysis) {
    public SheetInput {
        rows = List.copyOf(rows);
    }
}
