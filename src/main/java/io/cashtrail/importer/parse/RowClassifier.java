package io.cashtrail.importer.parse;

import io.cashtrail.importer.read.CellValue;
import io.cashtrail.importer.read.SheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells data rows from the rows a legacy sheet has around them: blank rows, the header repeated
 * further down, subtotal rows (小计/合计/总计/Total in a cell, e.g. "华为小计", "本月合计"), section
 * headings (one text alone on a row, often merged across) and remark lines (制表人：…, 注：…, 备注1：…,
 * Note:…).
 */
public final class RowClassifier {
    private static final String[] CHINESE_TOTALS = {"小计", "合计", "总计"};
    private static final Set<String> ENGLISH_TOTALS = Set.of("total", "totals", "subtotal", "grandtotal", "sum");
    private static final int MAX_TOTAL_LENGTH = 20;
    private static final double HEADER_LIKENESS = 0.8;
    /** A label and a colon, the label possibly numbered ("备注1：", "Note 2:"): matched on folded text. */
    private static final Pattern NOTE = Pattern.compile(
            "^(制表|制单|填表|审核|审批|批准|复核|打印|经办|主管|会计|出纳|说明|注|备注|note|notes|remark|remarks)"
                    + "(人|日期|时间)?\\d*[:：].*");

    private final HeaderInfo header;
    private final List<List<String>> headerKeys = new ArrayList<>();

    public RowClassifier(HeaderInfo header) {
        this.header = header;
        for (List<String> texts : header.headerTexts()) {
            headerKeys.add(texts.stream().map(HeaderName::keyOf).toList());
        }
    }

    public RowKind classify(SheetRow row) {
        if (row.index() < header.firstRow()) {
            return RowKind.TITLE;
        }
        if (row.index() <= header.lastRow()) {
            return RowKind.HEADER;
        }
        if (row.isBlank()) {
            return RowKind.BLANK;
        }
        if (row.mergedOnly()) {
            return RowKind.MERGED_ONLY;
        }
        if (repeatsHeader(row)) {
            return RowKind.REPEATED_HEADER;
        }
        for (CellValue c : row.cells()) {
            if (c.kind() == CellValue.Kind.TEXT && isTotalLabel(c.text())) {
                return RowKind.SUBTOTAL;
            }
        }
        return textOnly(row) ? textRowKind(row) : RowKind.DATA;
    }

    private static boolean textOnly(SheetRow row) {
        return row.cells().stream().allMatch(c -> c.isBlank() || c.kind() == CellValue.Kind.TEXT);
    }

    /** A row of text only: a remark line, a heading alone on its row, or a record without numbers. */
    private static RowKind textRowKind(SheetRow row) {
        List<String> texts = row.cells().stream().filter(c -> !c.isBlank())
                .map(c -> TextNormalizer.clean(c.text())).distinct().toList();
        if (NOTE.matcher(TextNormalizer.fold(texts.get(0))).matches() || mergedNote(row)) {
            return RowKind.NOTE;
        }
        return texts.size() == 1 ? RowKind.SECTION : RowKind.DATA;
    }

    /**
     * A remark merged across the row among other footer texts (a delivery note's "合同号：… | 备注1：…"
     * lines): the same remark in three or more cells. A record's remarks column holds it once.
     */
    private static boolean mergedNote(SheetRow row) {
        Map<String, Integer> counts = new HashMap<>();
        for (CellValue c : row.cells()) {
            if (!c.isBlank()) {
                counts.merge(TextNormalizer.fold(c.text()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().anyMatch(e -> e.getValue() >= 3 && NOTE.matcher(e.getKey()).matches());
    }

    private boolean repeatsHeader(SheetRow row) {
        for (List<String> keys : headerKeys) {
            int named = 0;
            for (String k : keys) {
                named += k.isEmpty() ? 0 : 1;
            }
            int required = 2;
            while (required < HEADER_LIKENESS * named) {
                required++;
            }
            int allowedMisses = named - required; // stop comparing once the row cannot match any more
            int same = 0;
            int misses = 0;
            for (int c = 0; c < keys.size() && misses <= allowedMisses; c++) {
                if (keys.get(c).isEmpty()) {
                    continue;
                }
                CellValue cell = row.cell(c);
                if (cell.kind() == CellValue.Kind.TEXT && HeaderName.keyOf(cell.text()).equals(keys.get(c))) {
                    same++;
                } else {
                    misses++;
                }
            }
            if (misses <= allowedMisses && same >= 2 && same >= HEADER_LIKENESS * named) {
                return true;
            }
        }
        return false;
    }

    /** Every total label, once normalised, has a 计, an s or a t: a quick test before normalising. */
    private static boolean mayBeTotal(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '计', 's', 'S', 't', 'T', 'ｓ', 'Ｓ', 'ｔ', 'Ｔ' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** "合计", "合 计：", "华为小计", "2016年12月合计", "Total", "Grand Total", "Q1 total". */
    public static boolean isTotalLabel(String text) {
        if (!mayBeTotal(text)) {
            return false;
        }
        String k = HeaderName.keyOf(text);
        if (k.isEmpty() || k.length() > MAX_TOTAL_LENGTH) {
            return false;
        }
        for (String t : CHINESE_TOTALS) {
            if (k.startsWith(t) || k.endsWith(t)) {
                return true;
            }
        }
        return ENGLISH_TOTALS.contains(k) || k.startsWith("subtotal") || k.startsWith("grandtotal")
                || k.startsWith("totalfor") || k.endsWith("total");
    }
}
