package io.cashtrail.service;

import io.cashtrail.store.Database;
import java.time.LocalDate;

/** Generates the demo data set. (Placeholder: filled in by the demo-data work.) */
public final class DemoData {
    /** What was created. */
    public record Result(int customers, int contracts, int orders) {
    }

    private DemoData() {
    }

    public static Result load(Database db, LocalDate today, long seed) {
        throw new UnsupportedOperationException("not yet");
    }
}
