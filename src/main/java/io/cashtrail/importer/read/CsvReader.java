package io.cashtrail.importer.read;

import io.cashtrail.importer.read.ImportRefusedException.Reason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Reader for .csv/.txt: one sheet named after the file; encoding from {@link EncodingDetector},
 * delimiter (comma, tab, semicolon) from the most consistent field count over the first records.
 * Every field is TEXT as written (trimmed; "NULL" stays "NULL"); interpreting numbers and dates is
 * the importer's job, so codes with leading zeros survive.
 */
final class CsvReader implements SpreadsheetReader {
    private static final char[] DELIMITERS = {',', '\t', ';'};
    private static final int SAMPLE_CHARS = 64 * 1024;

    private final Path file;
    private final Limits limits;
    private final EncodingDetector.Detected encoding;
    private final char delimiter;
    private final List<SheetInfo> sheets;

    private CsvReader(Path file, Limits limits, EncodingDetector.Detected encoding, char delimiter) {
        this.file = file;
        this.limits = limits;
        this.encoding = encoding;
        this.delimiter = delimiter;
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.sheets = List.of(new SheetInfo(0, dot > 0 ? name.substring(0, dot) : name, false));
    }

    static CsvReader open(Path file, byte[] head, Limits limits) throws ImportRefusedException {
        return open(file, head, limits, null);
    }

    /** As {@link #open(Path, byte[], Limits)}, given up when {@code cancelled} says so. */
    static CsvReader open(Path file, byte[] head, Limits limits, BooleanSupplier cancelled)
            throws ImportRefusedException {
        return ReadGuard.bounded(limits.maxTime(), cancelled, () -> {
            EncodingDetector.Detected enc = EncodingDetector.detect(file, head);
            if (!EncodingDetector.looksLikeText(head, enc)) {
                throw new ImportRefusedException(Reason.NOT_SPREADSHEET, "binary content");
            }
            CsvReader probe = new CsvReader(file, limits, enc, ',');
            return new CsvReader(file, limits, enc, detectDelimiter(probe.sample()));
        });
    }

    char delimiter() {
        return delimiter;
    }

    EncodingDetector.Detected encoding() {
        return encoding;
    }

    private Reader openReader() throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new BufferedReader(new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }

    private String sample() throws IOException {
        try (Reader r = openReader()) {
            char[] buf = new char[SAMPLE_CHARS];
            int n = 0;
            int got;
            while (n < buf.length && (got = r.read(buf, n, buf.length - n)) > 0) {
                n += got;
            }
            return new String(buf, 0, n);
        }
    }

    /** The delimiter that splits the most sample records into the same number (>1) of fields. */
    static char detectDelimiter(String sample) throws IOException {
        char best = ',';
        int bestScore = 0;
        int bestWidth = 0;
        for (char d : DELIMITERS) {
            CsvTokenizer t = new CsvTokenizer(new StringReader(sample), d, 100_000);
            Map<Integer, Integer> widths = new HashMap<>();
            List<String> rec;
            int records = 0;
            try {
                while (records < 100 && (rec = t.next()) != null) {
                    if (rec.size() == 1 && rec.get(0).isBlank()) {
                        continue;
                    }
                    widths.merge(rec.size(), 1, Integer::sum);
                    records++;
                }
            } catch (ReadGuard.Stop tooLong) {
                // an unclosed quote in the sample: judge by what was read
            }
            int width = 0;
            int score = 0;
            for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
                if (e.getKey() > 1 && (e.getValue() > score || (e.getValue() == score && e.getKey() > width))) {
                    width = e.getKey();
                    score = e.getValue();
                }
            }
            if (score > bestScore || (score == bestScore && score > 0 && width > bestWidth)) {
                best = d;
                bestScore = score;
                bestWidth = width;
            }
        }
        return best;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public void read(int sheetIndex, RowSink sink, BooleanSupplier cancelled) throws ImportRefusedException {
        if (sheetIndex != 0) {
            throw new IndexOutOfBoundsException("no sheet " + sheetIndex);
        }
        ReadGuard guard = new ReadGuard(limits, cancelled);
        ReadGuard.run(() -> {
            try (Reader reader = openReader()) {
                CsvTokenizer tokenizer = new CsvTokenizer(reader, delimiter, limits.maxColumns());
                RowEmitter emitter = new RowEmitter(guard, sink, new MergedCells(List.of(), limits.maxColumns()));
                List<String> fields;
                int index = 0;
                while ((fields = tokenizer.next()) != null) {
                    List<CellValue> cells = new ArrayList<>(fields.size());
                    for (String f : fields) {
                        cells.add(Cells.text(f));
                    }
                    emitter.row(index++, false, cells);
                }
            }
        });
    }

    @Override
    public void close() {
        // nothing held open between reads
    }
}
