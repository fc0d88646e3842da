package io.cashtrail.ui.timeline;

import io.cashtrail.domain.Money;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDate;
import io.cashtrail.domain.StageDates;
import io.cashtrail.service.TimelineInstallment;
import io.cashtrail.service.TimelineOrder;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;

/** Small in-memory orders for the pure timeline tests. */
final class TimelineFixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private TimelineFixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Stage dates from pairs: stage, planned (or null), actual (or null), ... */
    static StageDates stages(Object... triples) {
        EnumMap<Stage, StageDate> m = new EnumMap<>(Stage.class);
        for (int i = 0; i < triples.length; i += 3) {
            m.put((Stage) triples[i], new StageDate(date(triples[i + 1]), date(triples[i + 2])));
        }
        return StageDates.of(m);
    }

    private static LocalDate date(Object o) {
        return o == null ? null : d((String) o);
    }

    static TimelineOrder order(long id, String customer, String owner, long amount, long outstanding, StageDates s,
            TimelineInstallment... installments) {
        return new TimelineOrder(id, id, customer.hashCode(), "HT-" + id, "C-" + id, customer, owner, Money.of(amount),
                Money.of(outstanding), 25, s, StageDates.NONE, List.of(installments));
    }
}
