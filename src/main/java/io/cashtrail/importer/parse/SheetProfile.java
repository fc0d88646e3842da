package io.cashtrail.importer.parse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A mapping the user confirmed, remembered by the sheet's header signature so the next file with the
 * same headers (the same ERP export next month, even with columns moved) is mapped the same way. The
 * signature is a hash of the normalised header names, order ignored, units kept (金额(元) and
 * 金额(万元) differ). {@link #encode()} gives a small text form for saving in preferences or a file.
 */
public record SheetProfile(String signature, RecordKind kind, int headerRows, List<Assignment> columns) {
    private static final String MAGIC = "cashtrail-mapping 1";

    /** One header (the {@code occurrence}-th column with that normalised name) and its field. */
    public record Assignment(String headerKey, int occurrence, ImportField field, int group, BigDecimal unitFactor) {
    }

    public SheetProfile {
        columns = List.copyOf(columns);
    }

    /** The stable key of a list of header names. */
    public static String signature(List<String> headerNames) {
        List<String> keys = new ArrayList<>();
        for (String h : headerNames) {
            String k = TextNormalizer.fold(h);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        keys.sort(null);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u0001", keys).getBytes(StandardCharsets.UTF_8));
            return "h1-" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Remembers the user's mapping of a sheet whose header had these names. */
    public static SheetProfile of(List<String> headerNames, int headerRows, ColumnMapping mapping, RecordKind kind) {
        List<Assignment> assignments = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < headerNames.size(); i++) {
            String key = TextNormalizer.fold(headerNames.get(i));
            if (key.isEmpty()) {
                continue;
            }
            int occurrence = seen.merge(key, 1, Integer::sum);
            ColumnMatch c = mapping.column(i);
            assignments.add(new Assignment(key, occurrence, c.field(), c.group(), c.unitFactor()));
        }
        return new SheetProfile(signature(headerNames), kind, headerRows, assignments);
    }

    public boolean matches(List<String> headerNames) {
        return signature.equals(signature(headerNames));
    }

    /** The remembered mapping laid over this sheet's columns (by name, wherever they now stand). */
    public ColumnMapping applyTo(List<String> headerNames) {
        Map<String, Assignment> byKey = new HashMap<>();
        for (Assignment a : columns) {
            byKey.put(a.headerKey() + "#" + a.occurrence(), a);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<ColumnMatch> matches = new ArrayList<>();
        for (int i = 0; i < headerNames.size(); i++) {
            String header = headerNames.get(i) == null ? "" : TextNormalizer.clean(headerNames.get(i));
            String key = TextNormalizer.fold(header);
            Assignment a = key.isEmpty() ? null : byKey.get(key + "#" + seen.merge(key, 1, Integer::sum));
            matches.add(a == null || a.field() == null
                    ? new ColumnMatch(i, header, null, 0, a == null ? BigDecimal.ONE : a.unitFactor(), 0)
                    : new ColumnMatch(i, header, a.field(), a.group(), a.unitFactor(), 1.0));
        }
        return new ColumnMapping(matches);
    }

    public String encode() {
        StringBuilder b = new StringBuilder(MAGIC).append('\n');
        b.append("signature=").append(signature).append('\n');
        b.append("kind=").append(kind.key()).append('\n');
        b.append("headerRows=").append(headerRows).append('\n');
        for (Assignment a : columns) {
            b.append("column=").append(a.headerKey()).append('\t').append(a.occurrence()).append('\t')
                    .append(a.field() == null ? "-" : a.field().key()).append('\t').append(a.group()).append('\t')
                    .append(a.unitFactor().toPlainString()).append('\n');
        }
        return b.toString();
    }

    /** Reads {@link #encode()}'s form; a damaged or foreign text gives IllegalArgumentException. */
    public static SheetProfile decode(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 4 || !lines[0].equals(MAGIC)) {
            throw new IllegalArgumentException("not a saved mapping");
        }
        try {
            String signature = value(lines[1], "signature=");
            RecordKind kind = kindOf(value(lines[2], "kind="));
            int headerRows = Integer.parseInt(value(lines[3], "headerRows="));
            List<Assignment> columns = new ArrayList<>();
            for (int i = 4; i < lines.length; i++) {
                String[] f = value(lines[i], "column=").split("\t", -1);
                columns.add(new Assignment(f[0], Integer.parseInt(f[1]), f[2].equals("-") ? null : ImportField.byKey(f[2]),
                        Integer.parseInt(f[3]), new BigDecimal(f[4])));
            }
            return new SheetProfile(signature, kind, headerRows, columns);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("damaged saved mapping: " + e.getMessage(), e);
        }
    }

    private static String value(String line, String prefix) {
        if (!line.startsWith(prefix)) {
            throw new IllegalArgumentException("expected " + prefix);
        }
        return line.substring(prefix.length());
    }

    private static RecordKind kindOf(String key) {
        for (RecordKind k : RecordKind.values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no record kind " + key);
    }
}
