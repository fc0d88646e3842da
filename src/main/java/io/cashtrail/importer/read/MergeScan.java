package io.cashtrail.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The cheap first pass over a sheet's XML: xlsx stores {@code <mergeCells>} after
 * {@code <sheetData>}, but rows are streamed, so the merged blocks are collected first by scanning
 * bytes for {@code <mergeCell ref="A1:B2"/>} tags (any namespace prefix) without building XML
 * events. Text content cannot contain a raw '<', so no false matches outside CDATA.
 */
final class MergeScan {
    private static final int MAX_BLOCKS = 500_000;
    private static final byte[] NAME = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final int OUTSIDE = 0;
    private static final int NAME_STATE = 1;
    private static final int SKIP = 2;
    private static final int ATTRIBUTES = 3;

    private MergeScan() {
    }

    static List<MergedCells.Block> scan(InputStream in, ReadGuard guard) throws IOException {
        List<MergedCells.Block> blocks = new ArrayList<>();
        byte[] buf = new byte[64 * 1024];
        byte[] tag = new byte[512];
        int state = OUTSIDE;
        int namePos = 0;
        int tagLen = 0;
        try (InputStream input = in) {
            int n;
            while ((n = input.read(buf)) > 0) {
                guard.tick();
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    switch (state) {
                        case OUTSIDE -> {
                            if (b == '<') {
                                state = NAME_STATE;
                                namePos = 0;
                            }
                        }
                        case NAME_STATE -> {
                            if (b == ':') {
                                namePos = 0; // that was a namespace prefix: the local name follows
                            } else if (isSpace(b) || b == '/' || b == '>') {
                                if (namePos == NAME.length && isSpace(b)) {
                                    state = ATTRIBUTES;
                                    tagLen = 0;
                                } else {
                                    state = b == '>' ? OUTSIDE : SKIP;
                                }
                            } else if (namePos >= 0 && namePos < NAME.length && b == NAME[namePos]) {
                                namePos++;
                            } else {
                                namePos = -1; // not mergeCell, unless this is a prefix
                            }
                        }
                        case SKIP -> {
                            if (b == '>') {
                                state = OUTSIDE;
                            }
                        }
                        default -> {
                            if (b == '>') {
                                MergedCells.Block block = blockOf(tag, tagLen);
                                if (block != null && blocks.size() < MAX_BLOCKS) {
                                    blocks.add(block);
                                }
                                state = OUTSIDE;
                            } else if (tagLen < tag.length) {
                                tag[tagLen++] = b;
                            } else {
                                state = SKIP; // far too long for a mergeCell tag
                            }
                        }
                    }
                }
            }
        }
        return blocks;
    }

    /** The ref="A1:B2" attribute among a mergeCell tag's attribute bytes. */
    private static MergedCells.Block blockOf(byte[] tag, int len) {
        String attrs = " " + new String(tag, 0, len, StandardCharsets.US_ASCII);
        int at = attrs.indexOf("ref");
        while (at >= 0) {
            boolean startOfName = at == 0 || isSpace((byte) attrs.charAt(at - 1));
            int eq = at + 3;
            while (eq < attrs.length() && isSpace((byte) attrs.charAt(eq))) {
                eq++;
            }
            if (startOfName && eq < attrs.length() && attrs.charAt(eq) == '=') {
                int q = eq + 1;
                while (q < attrs.length() && isSpace((byte) attrs.charAt(q))) {
                    q++;
                }
                if (q < attrs.length() && (attrs.charAt(q) == '"' || attrs.charAt(q) == '\'')) {
                    int close = attrs.indexOf(attrs.charAt(q), q + 1);
                    return close < 0 ? null : MergedCells.parse(attrs.substring(q + 1, close).trim());
                }
            }
            at = attrs.indexOf("ref", at + 3);
        }
        return null;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
