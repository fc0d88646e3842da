package io.cashtrail.importer.plan;

/**
 * Undo of an import stopped because a field the import set was changed again afterwards; putting
 * the old value back would silently lose that later change, so nothing is undone.
 */
public final class UndoConflictException extends RuntimeException {
    private final String entity;
    private final String record;
    private final String field;

    public UndoConflictException(String entity, String record, String field) {
        super(entity + " " + record + ": " + field + " changed since the import");
        this.entity = entity;
        this.record = record;
        this.field = field;
    }

    public String entity() {
        return entity;
    }

    /** The contract or order number. */
    public String record() {
        return record;
    }

    public String field() {
        return field;
    }
}
