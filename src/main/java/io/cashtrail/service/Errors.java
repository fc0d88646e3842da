package io.cashtrail.service;

import io.cashtrail.i18n.Messages;
import io.cashtrail.store.DependentsExistException;
import io.cashtrail.store.DuplicateKeyException;
import io.cashtrail.store.StaleDataException;
import java.util.stream.Collectors;

/** Turns failures from the services into one short message in the user's language. */
public final class Errors {
    private Errors() {
    }

    public static boolean isStale(Throwable t) {
        return find(t, StaleDataException.class) != null || find(t, NotFoundException.class) != null;
    }

    public static boolean isExpected(Throwable t) {
        return isStale(t) || find(t, DependentsExistException.class) != null
                || find(t, DuplicateKeyException.class) != null || find(t, ValidationException.class) != null
                || find(t, WorkspaceException.class) != null;
    }

    /** The field a duplicate-key failure is about ("name", "contractNo", "orderNo"), or null. */
    public static String duplicateField(Throwable t) {
        DuplicateKeyException d = find(t, DuplicateKeyException.class);
        return d == null ? null : d.field();
    }

    /** A one-line, human message; {@code logFile} is named for unexpected failures. */
    public static String userMessage(Throwable t, Object logFile) {
        if (find(t, NotFoundException.class) != null) {
            return Messages.get("error.notFound");
        }
        if (find(t, StaleDataException.class) != null) {
            return Messages.get("error.stale");
        }
        DependentsExistException dep = find(t, DependentsExistException.class);
        if (dep != null) {
            return Messages.get("error.dependents", dependents(dep.counts()));
        }
        DuplicateKeyException dup = find(t, DuplicateKeyException.class);
        if (dup != null) {
            return Messages.get("validation.duplicate", dup.value());
        }
        if (find(t, ValidationException.class) != null) {
            return Messages.get("validation.fixErrors");
        }
        WorkspaceException w = find(t, WorkspaceException.class);
        if (w != null) {
            return switch (w.reason()) {
                case IN_USE -> Messages.get("error.inUse", w.dataDir());
                case DAMAGED -> Messages.get("error.damaged", w.dataDir());
                case UNUSABLE -> Messages.get("error.unusable", w.getMessage());
            };
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return Messages.get("error.unexpected", m, logFile);
    }

    /** "1 contract, 3 orders" or "1 份合同、3 个订单". */
    public static String dependents(java.util.Map<String, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> Messages.get("entity." + e.getKey(), e.getValue()))
                .collect(Collectors.joining(Messages.get("common.listSeparator")));
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
