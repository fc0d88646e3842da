package io.cashtrail.domain;

/**
 * The text folding every part of the app agrees on: what counts as a space (including the
 * ideographic space U+3000, no-break and zero-width spaces, a BOM), trimming those, and full-width
 * ASCII to half-width — so "ＨＴ－００１　" and "HT-001" compare equal wherever users type or import.
 */
public final class TextForms {
    private TextForms() {
    }

    public static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u200B' || ch == '\uFEFF';
    }

    /** Trims all kinds of spaces at both ends; null becomes "". */
    public static String trim(String s) {
        if (s == null) {
            return "";
        }
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Full-width ASCII (U+FF01..U+FF5E) to half-width; the ideographic and no-break spaces to ' '. */
    public static String halfWidth(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                ch = (char) (ch - 0xFEE0);
            } else if (ch == '\u3000' || ch == '\u00A0') {
                ch = ' ';
            }
            b.append(ch);
        }
        return b.toString();
    }
}
