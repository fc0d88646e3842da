package io.cashtrail.importer.parse;

import io.cashtrail.importer.read.CellValue;
import io.cashtrail.importer.read.SheetRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the header row among the first rows of a sheet: the row whose cells name the most known
 * fields, skipping title lines above it (one merged title, "制表日期", "单位：万元"). A header whose
 * top row groups columns ("回款" spanning "金额 | 日期") is recognised and its names combined. The
 * user can point at the header row instead ({@link #atRow}, {@link #atRows}).
 */
public final class HeaderDetector {
    /** How many rows from the top are looked at. */
    public static final int SCAN_ROWS = 50;
    private static final double OTHER_TEXT_WEIGHT = 0.2;

    private HeaderDetector() {
    }

    /**
     * The most likely header among the first {@link #SCAN_ROWS} rows; empty when all are blank. A
     * row that repeats an earlier row (the header of the next block of a sheet pasted together) is
     * not a header again, nor the lower half of one: the first block's header is the header, and
     * the repeats below it are skipped as repeated headers, so every block is imported.
     */
    public static Optional<HeaderInfo> detect(List<SheetRow> rows) {
        List<SheetRow> scan = rows.subList(0, Math.min(rows.size(), SCAN_ROWS));
        HeaderInfo best = null;
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < scan.size(); i++) {
            SheetRow row = scan.get(i);
            if (row.isBlank()) {
                continue;
            }
            if (!seen.add(keys(row))) {
                continue;
            }
            HeaderInfo candidate = atRow(scan, i);
            if (candidate.rowCount() == 2 && seen.contains(keys(scan.get(i + 1)))) {
                candidate = atRows(scan, i, 1);
            }
            if (best == null || candidate.score() > best.score()) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The header at the given position in {@code rows} (the user's choice), taking the row below
     * as its second row when that makes more columns known.
     */
    public static HeaderInfo atRow(List<SheetRow> rows, int position) {
        HeaderInfo single = atRows(rows, position, 1);
        if (position + 1 >= rows.size() || !canPair(rows.get(position), rows.get(position + 1))) {
            return single;
        }
        HeaderInfo pair = atRows(rows, position, 2);
        double bottomAlone = score(names(rows.get(position + 1))).value;
        return pair.score() > single.score() && pair.score() > bottomAlone ? pair : single;
    }

    /** The header exactly as the user says: {@code rowCount} (1 or 2) rows from {@code position}. */
    public static HeaderInfo atRows(List<SheetRow> rows, int position, int rowCount) {
        SheetRow top = rows.get(position);
        SheetRow bottom = rows.get(position + rowCount - 1);
        List<String> names = rowCount == 1 ? names(top) : combine(top, bottom);
        Score s = score(names);
        List<List<String>> texts = new ArrayList<>();
        for (int r = position; r < position + rowCount; r++) {
            texts.add(names(rows.get(r)));
        }
        return new HeaderInfo(top.index(), bottom.index(), names, s.value, s.fields, unitAbove(rows, position), texts);
    }

    private static boolean canPair(SheetRow top, SheetRow bottom) {
        return bottom.index() == top.index() + 1 && !bottom.isBlank() && textOnly(top) && textOnly(bottom)
                && new HashSet<>(nonBlank(names(top))).size() >= 2;
    }

    private static boolean textOnly(SheetRow row) {
        return row.cells().stream().allMatch(c -> c.isBlank() || c.kind() == CellValue.Kind.TEXT);
    }

    /**
     * Two header rows as one: a top cell over a different bottom cell gives "top+bottom" when that
     * names a field at least as surely as the bottom alone (回款+金额 → 回款金额; 客户信息+联系人 →
     * 联系人); a top cell merged down (same text, or blank below) stays as it is. A blank top cell
     * continues the group to its left, for files that do not repeat merged values.
     */
    static List<String> combine(SheetRow top, SheetRow bottom) {
        int width = Math.max(top.cells().size(), bottom.cells().size());
        List<String> names = new ArrayList<>(width);
        String group = "";
        for (int c = 0; c < width; c++) {
            String t = text(top.cell(c));
            String b = text(bottom.cell(c));
            if (!t.isEmpty()) {
                group = b.isEmpty() || b.equals(t) ? "" : t;
            }
            String upper = t.isEmpty() ? group : t;
            if (b.isEmpty() || b.equals(upper) || upper.isEmpty()) {
                names.add(b.isEmpty() ? upper : b);
                continue;
            }
            Synonyms.Match joined = Synonyms.match(HeaderName.of(upper + b).key());
            Synonyms.Match alone = Synonyms.match(HeaderName.of(b).key());
            boolean useJoined = joined != null && (alone == null || joined.confidence() >= alone.confidence());
            names.add(useJoined ? upper + b : b);
        }
        return names;
    }

    /** A row's texts as header keys, to recognise the same row further down. */
    private static List<String> keys(SheetRow row) {
        return names(row).stream().map(HeaderName::keyOf).toList();
    }

    static List<String> names(SheetRow row) {
        List<String> names = new ArrayList<>(row.cells().size());
        for (CellValue c : row.cells()) {
            names.add(text(c));
        }
        return names;
    }

    private static String text(CellValue c) {
        return c.isBlank() ? "" : TextNormalizer.clean(c.text());
    }

    private static List<String> nonBlank(List<String> names) {
        return names.stream().filter(n -> !n.isEmpty()).toList();
    }

    private record Score(double value, int fields) {
    }

    /** Best confidence per distinct field, plus a little for other distinct texts. */
    private static Score score(List<String> names) {
        Map<ImportField, Double> fields = new EnumMap<>(ImportField.class);
        Set<String> others = new HashSet<>();
        for (String n : nonBlank(names)) {
            HeaderName h = HeaderName.of(n);
            Synonyms.Match m = Synonyms.match(h.key());
            if (m == null) {
                others.add(h.key());
            } else {
                fields.merge(m.field(), m.confidence(), Math::max);
            }
        }
        double value = fields.values().stream().mapToDouble(Double::doubleValue).sum() + OTHER_TEXT_WEIGHT * others.size();
        return new Score(value, fields.size());
    }

    /** "单位：万元" (or 亿元/千元/元) in a row above the header: the unit of the sheet's amounts. */
    private static BigDecimal unitAbove(List<SheetRow> rows, int position) {
        for (int r = position - 1; r >= 0; r--) {
            for (CellValue c : rows.get(r).cells()) {
                String f = TextNormalizer.fold(c.text());
                int at = f.indexOf("单位");
                if (c.kind() == CellValue.Kind.TEXT && at >= 0) {
                    String unit = f.substring(at);
                    if (unit.contains("亿元")) {
                        return new BigDecimal("100000000");
                    }
                    if (unit.contains("万元")) {
                        return new BigDecimal("10000");
                    }
                    if (unit.contains("千元")) {
                        return new BigDecimal("1000");
                    }
                }
            }
        }
        return BigDecimal.ONE;
    }
}
