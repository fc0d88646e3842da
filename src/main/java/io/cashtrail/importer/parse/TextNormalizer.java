package io.cashtrail.importer.parse;

import java.util.Locale;

/**
 * Text clean-up shared by the parsers: trimming that knows full-width and no-break spaces, folding
 * full-width ASCII (Ｈ Ｔ － ０ ０ １, the IME's "全角") to half-width, and keys for matching contract
 * numbers and header names. Same idea as the search's normalisation, kept here so the importer does
 * not depend on the service layer.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Whitespace including the ideographic space U+3000, no-break spaces and zero-width characters. */
    public static boolean isSpace(char ch) {
        return io.cashtrail.domain.TextForms.isSpace(ch);
    }

    /** Trims all kinds of spaces at both ends; null becomes "". */
    public static String trim(String s) {
        return io.cashtrail.domain.TextForms.trim(s);
    }

    /** Full-width ASCII (U+FF01..U+FF5E) and the ideographic space to their half-width forms. */
    public static String halfWidth(String s) {
        if (s != null) {
            int i = 0;
            while (i < s.length() && !needsHalfWidth(s.charAt(i))) {
                i++;
            }
            if (i == s.length()) {
                return s; // nothing to change: no copy (keys and folds run on every cell of every row)
            }
        }
        return io.cashtrail.domain.TextForms.halfWidth(s);
    }

    private static boolean needsHalfWidth(char ch) {
        return (ch >= '\uFF01' && ch <= '\uFF5E') || ch == '\u3000' || ch == '\u00A0';
    }

    /** Half-width, trimmed, runs of inner spaces collapsed to one: what a text field should hold. */
    public static String clean(String s) {
        String h = trim(halfWidth(s));
        StringBuilder b = new StringBuilder(h.length());
        boolean space = false;
        for (int i = 0; i < h.length(); i++) {
            char ch = h.charAt(i);
            if (isSpace(ch)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(ch);
        }
        return b.toString();
    }

    /**
     * A key for identifiers such as contract and order numbers: half-width, no spaces at all, upper
     * case ("ｈｔ－2016 001" and "HT-2016001" are the same contract).
     */
    public static String key(String s) {
        return removeSpaces(halfWidth(s)).toUpperCase(Locale.ROOT);
    }

    /** Lower-case, half-width, space-free form used to compare header names and markers. */
    public static String fold(String s) {
        return removeSpaces(halfWidth(s)).toLowerCase(Locale.ROOT);
    }

    private static String removeSpaces(String s) {
        int first = 0;
        while (first < s.length() && !isSpace(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!isSpace(ch)) {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
