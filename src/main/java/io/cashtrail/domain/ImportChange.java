package io.cashtrail.domain;

/**
 * One thing an import did, kept so it can be undone: a record it CREATED, or one field of a record
 * it UPDATED with the value the field had before and the one the import gave it (null field for
 * CREATED).
 */
public record ImportChange(long id, long runId, String entity, long entityId, Action action, String field,
        String oldValue, String newValue) {
    /** What the import did to the record. */
    public enum Action { CREATED, UPDATED }
}
