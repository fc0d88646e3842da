package io.cashtrail.store;

/** Thrown when a save finds the row changed (or deleted) by someone else since it was loaded. */
public class StaleDataException extends RuntimeException {
    private final String entity;
    private final long id;

    public StaleDataException(String entity, long id) {
        super(entity + " " + id + " was changed by someone else; reload it before saving");
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public long id() {
        return id;
    }
}
