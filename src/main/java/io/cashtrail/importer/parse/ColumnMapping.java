package io.cashtrail.importer.parse;

import io.cashtrail.importer.read.SheetRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What every column of a sheet is taken for: a proposal from {@link ColumnMapper} that the user can
 * change column by column ({@link #with}). Unmapped columns with a header are listed so their values
 * go into the notes instead of being dropped.
 */
public record ColumnMapping(List<ColumnMatch> columns) {

    public ColumnMapping {
        columns = List.copyOf(columns);
    }

    /** The match of a column, by its 0-based position. */
    public ColumnMatch column(int column) {
        return columns.stream().filter(c -> c.column() == column).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + column));
    }

    /** The column of a field outside any repeated group (group 0), if mapped. */
    public Optional<ColumnMatch> find(ImportField field) {
        return columns.stream().filter(c -> c.field() == field && c.group() == 0).findFirst();
    }

    /** True when the field is mapped at all, in a group or not. */
    public boolean has(ImportField field) {
        return columns.stream().anyMatch(c -> c.field() == field);
    }

    /**
     * Columns with a header but no field: their values belong in the notes. Cells under a blank
     * header or beyond the header's width are found per row with {@link #leftoverColumns}.
     */
    public List<ColumnMatch> unmapped() {
        return columns.stream().filter(c -> !c.isMapped() && !c.header().isBlank()).toList();
    }

    /**
     * The columns of a data row whose non-blank values no field takes (unmapped headers, blank
     * headers, cells beyond the header): the import keeps them in the notes rather than dropping them.
     */
    public List<Integer> leftoverColumns(SheetRow row) {
        List<Integer> left = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            boolean mapped = c < columns.size() && columns.get(c).isMapped();
            if (!mapped && !row.cell(c).isBlank()) {
                left.add(c);
            }
        }
        return left;
    }

    /** Repeated column groups (回款1/回款日期1, 回款2/回款日期2 …): group index → field → column. */
    public Map<Integer, Map<ImportField, ColumnMatch>> groups() {
        Map<Integer, Map<ImportField, ColumnMatch>> groups = new TreeMap<>();
        for (ColumnMatch c : columns) {
            if (c.isMapped() && c.group() > 0) {
                groups.computeIfAbsent(c.group(), g -> new EnumMap<>(ImportField.class)).putIfAbsent(c.field(), c);
            }
        }
        return groups;
    }

    /**
     * The user's choice for one column (null field = leave unmapped). Another column holding the same
     * field in the same group gives it up, so each field is read from one place.
     */
    public ColumnMapping with(int column, ImportField field, int group) {
        List<ColumnMatch> changed = new ArrayList<>(columns.size());
        for (ColumnMatch c : columns) {
            if (c.column() == column) {
                changed.add(c.withField(field, group));
            } else if (field != null && c.field() == field && c.group() == group) {
                changed.add(c.withField(null, 0));
            } else {
                changed.add(c);
            }
        }
        return new ColumnMapping(changed);
    }

    public ColumnMapping with(int column, ImportField field) {
        return with(column, field, 0);
    }

    /** The lowest confidence among mapped columns (1 when none), for "please check the mapping". */
    public double weakestConfidence() {
        return columns.stream().filter(ColumnMatch::isMapped).mapToDouble(ColumnMatch::confidence).min().orElse(1);
    }
}
