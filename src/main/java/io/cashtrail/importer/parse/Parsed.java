package io.cashtrail.importer.parse;

import java.util.Optional;

/**
 * The outcome of reading one cell as a typed value: a value, an empty cell (blank or a placeholder
 * such as "—" or "无"), or a problem. A value can carry a warning (kept, but shown to the user).
 */
public record Parsed<T>(T value, ParseProblem problem) {

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> empty() {
        return new Parsed<>(null, null);
    }

    public static <T> Parsed<T> warn(T value, String key, Object... args) {
        return new Parsed<>(value, ParseProblem.warning(key, args));
    }

    public static <T> Parsed<T> fail(String key, Object... args) {
        return new Parsed<>(null, ParseProblem.error(key, args));
    }

    /** True when the cell was blank or a placeholder, without error. */
    public boolean isEmpty() {
        return value == null && problem == null;
    }

    public boolean isError() {
        return problem != null && problem.isError();
    }

    public boolean hasWarning() {
        return problem != null && !problem.isError();
    }

    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }

    /** Same problem, other value type (for passing a failure on). */
    @SuppressWarnings("unchecked")
    <U> Parsed<U> castFailure() {
        return (Parsed<U>) new Parsed<>(null, problem);
    }
}
