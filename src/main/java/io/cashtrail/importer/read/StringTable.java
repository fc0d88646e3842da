package io.cashtrail.importer.read;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A workbook's shared strings kept compactly: all characters in one array and an offset per
 * string (about 2 bytes a character plus 4 a string, instead of some 50 bytes of String object
 * each), so a sheet with hundreds of thousands of distinct texts stays small while it streams. A
 * string is made when asked for; a small cache hands out the same instance for texts that repeat
 * (names, owners, terms), so the records they end up in share it.
 */
final class StringTable extends AbstractList<String> implements RandomAccess {
    private static final int CACHE = 4096;
    private char[] chars = new char[1024];
    private int[] ends = new int[64];
    private int size;
    private int used;
    private final String[] cached = new String[CACHE];
    private final int[] cachedIndex = new int[CACHE];

    StringTable() {
        Arrays.fill(cachedIndex, -1);
    }

    void add(CharSequence s) {
        int n = s.length();
        if (used + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(used + n, chars.length + (chars.length >> 1)));
        }
        for (int i = 0; i < n; i++) {
            chars[used + i] = s.charAt(i);
        }
        used += n;
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, ends.length + (ends.length >> 1));
        }
        ends[size++] = used;
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int slot = index & (CACHE - 1);
        if (cachedIndex[slot] == index) {
            return cached[slot];
        }
        int start = index == 0 ? 0 : ends[index - 1];
        String s = new String(chars, start, ends[index] - start);
        cached[slot] = s;
        cachedIndex[slot] = index;
        return s;
    }

    @Override
    public int size() {
        return size;
    }

    /** Releases the spare room once all strings are in. */
    void trim() {
        chars = Arrays.copyOf(chars, used);
        ends = Arrays.copyOf(ends, size);
    }
}
