package io.cashtrail.importer.parse;

import java.math.BigDecimal;

/**
 * One column of a sheet and what it was taken for: its header as written, the field (null when
 * unmapped; its values then go into the notes), the repeated-group index (0 when none), the unit
 * factor of amounts (10,000 for 万元) and how sure the mapping is (1 for exact names and for the
 * user's own choice).
 */
public record ColumnMatch(int column, String header, ImportField field, int group, BigDecimal unitFactor,
        double confidence) {

    public boolean isMapped() {
        return field != null;
    }

    public ColumnMatch withField(ImportField newField, int newGroup) {
        return new ColumnMatch(column, header, newField, newField == null ? 0 : newGroup, unitFactor,
                newField == null ? 0 : 1.0);
    }
}
