package io.cashtrail.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** An immutable set of planned/actual dates, one per {@link Stage}. */
public final class StageDates {
    public static final StageDates NONE = new StageDates(new EnumMap<>(Stage.class));

    private final Map<Stage, StageDate> dates;

    private StageDates(EnumMap<Stage, StageDate> dates) {
        this.dates = Collections.unmodifiableMap(dates);
    }

    /**
     * Takes ownership of a map the caller built and will not touch again (no copy; used when
     * loading 100,000 orders). Entries must be non-empty.
     */
    public static StageDates adopt(EnumMap<Stage, StageDate> dates) {
        return dates.isEmpty() ? NONE : new StageDates(dates);
    }

    public static StageDates of(Map<Stage, StageDate> dates) {
        EnumMap<Stage, StageDate> copy = new EnumMap<>(Stage.class);
        dates.forEach((s, d) -> {
            if (d != null && (d.planned() != null || d.actual() != null)) {
                copy.put(s, d);
            }
        });
        return new StageDates(copy);
    }

    public StageDate get(Stage stage) {
        return dates.getOrDefault(stage, StageDate.EMPTY);
    }

    public LocalDate planned(Stage stage) {
        return get(stage).planned();
    }

    public LocalDate actual(Stage stage) {
        return get(stage).actual();
    }

    public StageDates with(Stage stage, StageDate date) {
        EnumMap<Stage, StageDate> copy = new EnumMap<>(Stage.class);
        copy.putAll(dates);
        copy.put(stage, date);
        return of(copy);
    }

    public StageDates withPlanned(Stage stage, LocalDate planned) {
        return with(stage, get(stage).withPlanned(planned));
    }

    public StageDates withActual(Stage stage, LocalDate actual) {
        return with(stage, get(stage).withActual(actual));
    }

    public Map<Stage, StageDate> asMap() {
        return dates;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StageDates other && dates.equals(other.dates);
    }

    @Override
    public int hashCode() {
        return dates.hashCode();
    }

    @Override
    public String toString() {
        return dates.toString();
    }
}
