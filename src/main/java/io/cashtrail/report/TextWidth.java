package io.cashtrail.report;

import java.math.BigDecimal;

/**
 * Display width of text in "narrow character" units, East Asian wide and full-width characters
 * counting 2, so column widths fit Chinese without AWT font measuring (which is slow, needs fonts
 * and differs between machines).
 */
public final class TextWidth {
    private TextWidth() {
    }

    public static int of(String s) {
        if (s == null) {
            return 0;
        }
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Width of an amount shown as "¥1,234,567.89" (without formatting it). */
    public static int money(BigDecimal v, int symbolWidth) {
        if (v == null) {
            return 0;
        }
        int intDigits = Math.max(1, v.precision() - v.scale());
        return symbolWidth + intDigits + (intDigits - 1) / 3 + 3 + (v.signum() < 0 ? 1 : 0);
    }
}
