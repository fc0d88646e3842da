package io.cashtrail.importer.parse;

import java.util.List;

/**
 * Something wrong (or worth a look) about one value, as a message key under {@code import.problem.}
 * with its arguments, so the UI can say "row 37, 签订日期: '2016.13.01' is not a date" in the user's
 * language. Errors make the value unusable; warnings keep it (e.g. an amount rounded to cents).
 */
public record ParseProblem(Severity severity, String key, List<Object> args) {
    public enum Severity { ERROR, WARNING }

    public ParseProblem {
        args = List.copyOf(args);
    }

    public static ParseProblem error(String key, Object... args) {
        return new ParseProblem(Severity.ERROR, key, List.of(args));
    }

    public static ParseProblem warning(String key, Object... args) {
        return new ParseProblem(Severity.WARNING, key, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The arguments for {@code Messages.get(key, args)}. */
    public Object[] argArray() {
        return args.toArray();
    }
}
