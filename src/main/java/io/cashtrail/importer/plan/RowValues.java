package io.cashtrail.importer.plan;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.ColumnMatch;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.Parsed;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.parse.ValueParsers;
import io.cashtrail.importer.read.SheetRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The typed values of one data row: the fields outside repeated groups, the repeated groups
 * (回款1/回款日期1 …), the problems the parsers found (with the column header), and the "header:
 * value" lines of every cell no field of the record kind takes, so nothing is silently dropped.
 */
final class RowValues {
    final String sheet;
    final int row;
    final Map<ImportField, Object> values = new EnumMap<>(ImportField.class);
    final Map<ImportField, String> headers = new EnumMap<>(ImportField.class);
    final Map<Integer, Map<ImportField, Object>> groups = new TreeMap<>();
    final List<RowProblem> problems = new ArrayList<>();
    final List<String> leftovers = new ArrayList<>();

    private RowValues(String sheet, int row) {
        this.sheet = sheet;
        this.row = row;
    }

    /** Reads a data row; {@code used} are the fields the record kind makes records of. */
    static RowValues read(String sheet, SheetRow r, SheetAnalysis analysis, Set<ImportField> used) {
        RowValues v = new RowValues(sheet, r.index() + 1);
        List<ColumnMatch> columns = analysis.mapping().columns();
        for (ColumnMatch c : columns) {
            if (r.cell(c.column()).isBlank()) {
                continue;
            }
            if (c.isMapped() && c.field() == ImportField.DERIVED) {
                continue; // worked out by Cashtrail, shown in its exports, never stored
            }
            String header = header(c);
            if (!c.isMapped() || !used.contains(c.field())) {
                Parsed<String> t = ValueParsers.text(r.cell(c.column()));
                if (t.value() != null) {
                    v.leftovers.add(header + ": " + t.value());
                }
                continue;
            }
            Parsed<?> p = ValueParsers.parse(c, r.cell(c.column()), analysis.datesFor(c.column()));
            if (p.problem() != null) {
                v.problems.add(RowProblem.of(p.problem(), sheet, v.row, header));
            }
            if (p.value() == null) {
                continue;
            }
            if (c.group() > 0) {
                v.groups.computeIfAbsent(c.group(), g -> new EnumMap<>(ImportField.class)).putIfAbsent(c.field(), p.value());
            } else if (!v.values.containsKey(c.field())) {
                v.values.put(c.field(), p.value());
                v.headers.put(c.field(), header);
            }
        }
        for (int c = columns.size(); c < r.cells().size(); c++) {
            Parsed<String> t = ValueParsers.text(r.cell(c));
            if (t.value() != null) {
                v.leftovers.add(Messages.get("import.plan.column", columnLetters(c)) + ": " + t.value());
            }
        }
        return v;
    }

    private static String header(ColumnMatch c) {
        return c.header().isBlank() ? Messages.get("import.plan.column", columnLetters(c.column())) : c.header();
    }

    /** A, B, … Z, AA, AB … as Excel names columns. */
    static String columnLetters(int column) {
        StringBuilder b = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(RowProblem::isError);
    }

    @SuppressWarnings("unchecked")
    <T> T get(ImportField f) {
        return (T) values.get(f);
    }

    String header(ImportField f) {
        return headers.getOrDefault(f, Messages.get(f.messageKey()));
    }

    void error(ImportField f, String key, Object... args) {
        problems.add(RowProblem.error(sheet, row, f == null ? "" : header(f), key, args));
    }

    void warn(ImportField f, String key, Object... args) {
        problems.add(RowProblem.warning(sheet, row, f == null ? "" : header(f), key, args));
    }
}
