package io.cashtrail.domain;

import java.time.LocalDateTime;

/** One recorded change of one field, for an entity's history. */
public record ChangeEntry(
        long id,
        String entity,
        long entityId,
        Long orderId,
        String field,
        String oldValue,
        String newValue,
        LocalDateTime changedAt) {
}
