package io.cashtrail.service;

import io.cashtrail.importer.parse.DateOrder;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.SheetProfile;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * A saved import mapping as the wizard, the history window and the command line see it: its name,
 * the kind of records, where the header was (0-based sheet row of its first row, rows it spans),
 * the column mapping by header signature, and the day/month order the user chose per date column
 * (keyed by the column's folded header name and occurrence, "签订日期#1").
 */
public record MappingProfile(long id, String name, RecordKind kind, int headerRow, int headerRows,
        SheetProfile mapping, Map<String, DateOrder> dateOrders, LocalDateTime savedAt) {

    public MappingProfile {
        dateOrders = Map.copyOf(dateOrders);
    }

    /** How many columns the profile maps to a field. */
    public long mappedColumns() {
        return mapping.columns().stream().filter(a -> a.field() != null).count();
    }
}
