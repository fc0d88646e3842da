package io.cashtrail.importer.parse;

import io.cashtrail.importer.read.CellValue;
import io.cashtrail.importer.read.SheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the pieces together for one sheet: finds the header (or takes the user's), maps the columns
 * (a saved {@link SheetProfile} with the same signature wins over the synonyms), guesses the record
 * kind and resolves each date column's day/month order from the data rows given.
 */
public final class SheetAnalyzer {
    private SheetAnalyzer() {
    }

    /** Analyses the first rows of a sheet (give at least {@link HeaderDetector#SCAN_ROWS}; more rows help the dates). */
    public static Optional<SheetAnalysis> analyze(List<SheetRow> rows, List<SheetProfile> saved) {
        return HeaderDetector.detect(rows).map(h -> analyze(rows, h, saved));
    }

    /** Analyses with a header the caller chose (e.g. {@link HeaderDetector#atRow} on the user's click). */
    public static SheetAnalysis analyze(List<SheetRow> rows, HeaderInfo header, List<SheetProfile> saved) {
        SheetProfile profile = saved.stream().filter(p -> p.matches(header.names())).findFirst().orElse(null);
        ColumnMapping mapping = profile != null ? profile.applyTo(header.names())
                : ColumnMapper.map(header.names(), header.unitFactor());
        return new SheetAnalysis(header, mapping, RecordKindGuesser.guess(mapping), profile, dateOrders(rows, header, mapping));
    }

    /** The day/month order of every date column, from the data rows among {@code rows}. */
    public static Map<Integer, DateColumnResolver.Resolution> dateOrders(List<SheetRow> rows, HeaderInfo header,
            ColumnMapping mapping) {
        RowClassifier classifier = new RowClassifier(header);
        List<SheetRow> data = rows.stream().filter(r -> classifier.classify(r) == RowKind.DATA).toList();
        Map<Integer, DateColumnResolver.Resolution> orders = new HashMap<>();
        for (ColumnMatch c : mapping.columns()) {
            if (c.isMapped() && c.field().valueKind() == ImportField.ValueKind.DATE) {
                List<CellValue> cells = new ArrayList<>(data.size());
                for (SheetRow r : data) {
                    cells.add(r.cell(c.column()));
                }
                orders.put(c.column(), DateColumnResolver.resolve(cells));
            }
        }
        return orders;
    }

    /**
     * The day/month evidence of a header's date columns, counted from rows streaming past (the same
     * outcome as {@link #dateOrders} over the same rows, without keeping them).
     */
    public static final class DateTally {
        private final RowClassifier classifier;
        private final Map<Integer, DateColumnResolver.Tally> tallies = new HashMap<>();

        public DateTally(HeaderInfo header, ColumnMapping mapping) {
            classifier = new RowClassifier(header);
            for (ColumnMatch c : mapping.columns()) {
                if (c.isMapped() && c.field().valueKind() == ImportField.ValueKind.DATE) {
                    tallies.put(c.column(), new DateColumnResolver.Tally());
                }
            }
        }

        public void accept(SheetRow row) {
            boolean evidence = false;
            for (Integer column : tallies.keySet()) {
                evidence = evidence || DateColumnResolver.Tally.counts(row.cell(column));
            }
            // classifying is the costly part: only rows with a year-last text date in a date column need it
            if (!evidence || classifier.classify(row) != RowKind.DATA) {
                return;
            }
            tallies.forEach((column, t) -> t.add(row.cell(column)));
        }

        /** Column → resolution, for every date column. */
        public Map<Integer, DateColumnResolver.Resolution> orders() {
            Map<Integer, DateColumnResolver.Resolution> orders = new HashMap<>();
            tallies.forEach((column, t) -> orders.put(column, t.resolution()));
            return orders;
        }
    }

    /**
     * The same analysis for rows streaming past, without keeping them: the first
     * {@link HeaderDetector#SCAN_ROWS} rows find the header, every data row after that adds to the
     * date columns' evidence. {@link #result} equals {@link #analyze(List, List)} over all rows.
     */
    public static final class Streaming {
        private final List<SheetProfile> saved;
        private final List<SheetRow> head = new ArrayList<>();
        private SheetAnalysis headOnly;
        private DateTally tally;
        private boolean started;

        public Streaming(List<SheetProfile> saved) {
            this.saved = saved;
        }

        public void accept(SheetRow row) {
            if (!started) {
                head.add(row);
                if (head.size() == HeaderDetector.SCAN_ROWS) {
                    start();
                }
                return;
            }
            if (tally != null) {
                tally.accept(row);
            }
        }

        private void start() {
            started = true;
            Optional<HeaderInfo> h = HeaderDetector.detect(head);
            if (h.isEmpty()) {
                head.clear();
                return;
            }
            headOnly = analyze(List.of(), h.get(), saved);
            tally = new DateTally(h.get(), headOnly.mapping());
            head.forEach(tally::accept);
            head.clear();
        }

        /** The analysis of every row accepted; empty when the first rows hold no header. */
        public Optional<SheetAnalysis> result() {
            if (!started) {
                start();
            }
            if (headOnly == null) {
                return Optional.empty();
            }
            return Optional.of(new SheetAnalysis(headOnly.header(), headOnly.mapping(), headOnly.kinds(),
                    headOnly.savedProfile(), tally.orders()));
        }
    }
}
