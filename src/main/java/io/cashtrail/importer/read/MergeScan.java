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

    private MergeScan() {
    }

    static List<MergedCells.Block> scan(InputStream in, ReadGuard guard) throws IOException {
        List<MergedCells.Block> blocks = new ArrayList<>();
        byte[] buf = new byte[64 * 1024];
        byte[] tag = new byte[512];
        int tagLen = -1; // -1: outside a tag
        try (InputStream input = in) {
            int n;
            while ((n = input.read(buf)) > 0) {
                guard.tick();
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '<') {
                        tagLen = 0;
                    } else if (tagLen >= 0) {
                        if (b == '>') {
                            MergedCells.Block block = blockOf(tag, tagLen);
                            if (block != null && blocks.size() < MAX_BLOCKS) {
                                blocks.add(block);
                            }
                            tagLen = -1;
                        } else if (tagLen < tag.length) {
                            tag[tagLen++] = b;
                        } else {
                            tagLen = -1; // far too long for a mergeCell tag
                        }
                    }
                }
            }
        }
        return blocks;
    }

    private static MergedCells.Block blockOf(byte[] tag, int len) {
        int nameStart = 0;
        int nameEnd = 0;
        while (nameEnd < len && !isSpace(tag[nameEnd]) && tag[nameEnd] != '/') {
            if (tag[nameEnd] == ':') {
                nameStart = nameEnd + 1;
            }
            nameEnd++;
        }
        if (nameEnd - nameStart != NAME.length) {
            return null;
        }
        for (int k = 0; k < NAME.length; k++) {
            if (tag[nameStart + k] != NAME[k]) {
                return null;
            }
        }
        String attrs = new String(tag, nameEnd, len - nameEnd, StandardCharsets.US_ASCII);
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
