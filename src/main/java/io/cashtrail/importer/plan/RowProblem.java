package io.cashtrail.importer.plan;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.ParseProblem;
import java.util.List;

/**
 * An error or warning about one row: the sheet, the row number as Excel shows it (1-based), the
 * column header (empty when it concerns the whole row) and the message key with its arguments.
 */
public record RowProblem(ParseProblem.Severity severity, String sheet, int row, String column, String key,
        List<Object> args) {

    public RowProblem {
        args = List.copyOf(args);
    }

    public static RowProblem error(String sheet, int row, String column, String key, Object... args) {
        return new RowProblem(ParseProblem.Severity.ERROR, sheet, row, column, key, List.of(args));
    }

    public static RowProblem warning(String sheet, int row, String column, String key, Object... args) {
        return new RowProblem(ParseProblem.Severity.WARNING, sheet, row, column, key, List.of(args));
    }

    static RowProblem of(ParseProblem p, String sheet, int row, String column) {
        return new RowProblem(p.severity(), sheet, row, column, p.key(), p.args());
    }

    public boolean isError() {
        return severity == ParseProblem.Severity.ERROR;
    }

    /** The problem alone, in the user's language. */
    public String message() {
        return Messages.get(key, args.toArray());
    }

    /** "Row 37, 签订日期: Not a date: "2016.13.01"" in the user's language. */
    public String describe() {
        return Messages.get("import.problem.at", row, column.isEmpty() ? "-" : column, message());
    }
}
