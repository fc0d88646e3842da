package io.cashtrail.importer.read;

/** Parses A1-style cell references ("B7", "$AA$10") into 0-based row and column. */
final class CellRef {
    private CellRef() {
    }

    /** Returns {row, col} (0-based) or null when the text is not a cell reference. */
    static int[] parse(String ref) {
        int i = 0;
        int n = ref.length();
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        int col = 0;
        int letters = 0;
        while (i < n && Character.isLetter(ref.charAt(i)) && letters < 4) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            letters++;
        }
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        int row = 0;
        int digits = 0;
        while (i < n && Character.isDigit(ref.charAt(i)) && digits < 8) {
            row = row * 10 + (ref.charAt(i) - '0');
            i++;
            digits++;
        }
        if (letters == 0 || digits == 0 || i != n || row == 0) {
            return null;
        }
        return new int[] {row - 1, col - 1};
    }

    /** The 0-based column of a reference like "C5" (-1 if none). */
    static int column(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && i < 4) {
            char c = ref.charAt(i);
            if (c == '$') {
                i++;
                continue;
            }
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
            i++;
        }
        return col - 1;
    }
}
