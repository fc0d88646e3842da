package io.cashtrail.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a report's main table as CSV: one header line, the rows and the totals line. UTF-8 starts
 * with a byte order mark so Excel shows Chinese correctly; GBK is for old tools that expect it
 * (characters GBK lacks become "?"). Amounts are plain numbers (1234.50), dates ISO, and risky
 * text gets an apostrophe in front so it cannot run as a formula.
 */
public final class CsvReportWriter {
    private CsvReportWriter() {
    }

    public static void write(ReportDocument doc, OutputStream out, Charset charset, WriteProgress progress)
            throws IOException {
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        if (utf8) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                1 << 16);
        ReportTable t = doc.main();
        List<ReportColumn> cols = t.columns();
        int n = cols.size();
        StringBuilder line = new StringBuilder(256);
        for (int c = 0; c < n; c++) {
            field(line, c, SafeText.forCsv(cols.get(c).header()));
        }
        w.append(line).append("\r\n");
        BigDecimal[] sums = new BigDecimal[n];
        long[] counts = new long[n];
        long done = 0;
        for (Object[] row : t.rows()) {
            line.setLength(0);
            for (int c = 0; c < n; c++) {
                Object v = row[c];
                String s = "";
                if (v != null) {
                    switch (cols.get(c).kind()) {
                        case TEXT -> s = SafeText.forCsv(v.toString());
                        case MONEY -> {
                            BigDecimal m = (BigDecimal) v;
                            sums[c] = sums[c] == null ? m : sums[c].add(m);
                            s = m.toPlainString();
                        }
                        case INTEGER -> {
                            counts[c] += v instanceof Number x ? x.longValue() : 0;
                            s = v instanceof Number ? v.toString() : SafeText.forCsv(v.toString());
                        }
                        case DATE -> s = v instanceof java.time.LocalDate ? v.toString() : SafeText.forCsv(v.toString());
                    }
                }
                field(line, c, s);
            }
            w.append(line).append("\r\n");
            if (++done % 1000 == 0) {
                progress.step(done, t.rowCount());
            }
        }
        if (t.totalLabel() != null) {
            line.setLength(0);
            for (int c = 0; c < n; c++) {
                ReportColumn col = cols.get(c);
                String s = c == 0 ? t.totalLabel() : !col.summed() ? ""
                        : col.kind() == ColumnKind.MONEY
                                ? (sums[c] == null ? BigDecimal.ZERO.setScale(2) : sums[c]).toPlainString()
                                : Long.toString(counts[c]);
                field(line, c, s);
            }
            w.append(line).append("\r\n");
        }
        progress.step(done, t.rowCount());
        w.flush();
    }

    private static void field(StringBuilder line, int c, String s) {
        if (c > 0) {
            line.append(',');
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '));
        if (quote) {
            line.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else {
            line.append(s);
        }
    }
}
