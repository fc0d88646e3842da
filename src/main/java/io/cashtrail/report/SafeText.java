package io.cashtrail.report;

/**
 * Keeps user text from running as a formula when a spreadsheet program opens an export (OWASP
 * "CSV injection"): text that starts with = + - @, a tab or a carriage return is risky. xlsx writes
 * it as a text cell marked quote-prefixed; csv puts an apostrophe before it. Amounts are never
 * text, so they stay numeric.
 */
public final class SafeText {
    private SafeText() {
    }

    public static boolean risky(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }

    /** The text with an apostrophe in front when risky (for csv, where no cell type can say "text"). */
    public static String forCsv(String s) {
        return risky(s) ? "'" + s : s;
    }
}
