package io.cashtrail.store;

import java.util.Map;

/** A delete was refused because other records still refer to this one; counts per dependent kind. */
public class DependentsExistException extends RuntimeException {
    private final Map<String, Integer> counts;

    public DependentsExistException(String entity, long id, Map<String, Integer> counts) {
        super(entity + " " + id + " still has dependents: " + counts);
        this.counts = Map.copyOf(counts);
    }

    /** Dependent kind (e.g. "contract", "order", "payment") to number of rows. */
    public Map<String, Integer> counts() {
        return counts;
    }
}
