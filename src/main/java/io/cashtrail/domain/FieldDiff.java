package io.cashtrail.domain;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Lists which fields differ between two versions of a record, for the change history. Bookkeeping
 * fields (id, version, timestamps) are ignored; stage dates are compared stage by stage.
 */
public final class FieldDiff {
    /** One changed field with its old and new values rendered as text. */
    public record Change(String field, String oldValue, String newValue) {
    }

    private static final Set<String> IGNORED = Set.of("id", "version", "createdAt", "updatedAt");

    private FieldDiff() {
    }

    public static <T extends Record> List<Change> between(T before, T after) {
        List<Change> changes = new ArrayList<>();
        for (RecordComponent rc : before.getClass().getRecordComponents()) {
            if (IGNORED.contains(rc.getName())) {
                continue;
            }
            Object a = value(rc, before);
            Object b = value(rc, after);
            if (a instanceof StageDates sa && b instanceof StageDates sb) {
                for (Stage s : Stage.values()) {
                    add(changes, "planned." + s.key(), sa.planned(s), sb.planned(s));
                    add(changes, "actual." + s.key(), sa.actual(s), sb.actual(s));
                }
            } else {
                add(changes, rc.getName(), a, b);
            }
        }
        return changes;
    }

    private static void add(List<Change> changes, String field, Object a, Object b) {
        String sa = text(a);
        String sb = text(b);
        if (!Objects.equals(sa, sb)) {
            changes.add(new Change(field, sa, sb));
        }
    }

    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof BigDecimal d) {
            return Money.normalize(d).toPlainString();
        }
        String s = o.toString();
        return s.isEmpty() ? null : s;
    }

    private static Object value(RecordComponent rc, Object target) {
        try {
            return rc.getAccessor().invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
