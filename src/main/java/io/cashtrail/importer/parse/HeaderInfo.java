package io.cashtrail.importer.parse;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a sheet's header is: its first and last row (sheet row indexes; two rows for a header whose
 * top row groups columns, e.g. "回款" over "金额 | 日期"), the column names (combined for two-row
 * headers: "回款金额", "回款日期"), how many distinct fields the names matched, the sheet's unit for
 * amounts when a line above says "单位：万元", and the header rows' own texts (to spot the header
 * repeated further down).
 */
public record HeaderInfo(int firstRow, int lastRow, List<String> names, double score, int matchedFields,
        BigDecimal unitFactor, List<List<String>> headerTexts) {

    public HeaderInfo {
        names = List.copyOf(names);
        headerTexts = headerTexts.stream().map(List::copyOf).toList();
    }

    /** The sheet row index of the first row below the header. */
    public int dataStart() {
        return lastRow + 1;
    }

    public int rowCount() {
        return lastRow - firstRow + 1;
    }

    /** True when at least two columns name known fields; otherwise ask the user for the header row. */
    public boolean confident() {
        return matchedFields >= 2;
    }
}
