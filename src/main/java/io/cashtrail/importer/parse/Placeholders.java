package io.cashtrail.importer.parse;

import java.util.Set;

/**
 * Cell texts that mean "nothing here" in legacy ledgers: dashes, a slash, 无, NULL, N/A, 待定. They
 * read as an empty value, not as a problem.
 */
public final class Placeholders {
    private static final Set<String> EMPTY = Set.of("-", "--", "---", "—", "——", "–", "/", "\\", "无", "暂无", "空",
            "null", "n/a", "na", "none", "nil", "待定", "未定", "x", "*", "?", "？", "#");

    private Placeholders() {
    }

    /** True for blank text and for the placeholders above (compared half-width, space-free, any case). */
    public static boolean isEmpty(String text) {
        String f = TextNormalizer.fold(text);
        return f.isEmpty() || EMPTY.contains(f);
    }
}
