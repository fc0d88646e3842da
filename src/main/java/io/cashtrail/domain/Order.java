package io.cashtrail.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One order (batch) of a contract, with its stage dates. Its owner is the responsible salesperson. */
public record Order(
        long id,
        long contractId,
        String orderNo,
        String description,
        BigDecimal amount,
        String owner,
        StageDates stages,
        String notes,
        int version,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    public Order {
        stages = stages == null ? StageDates.NONE : stages;
    }

    public static Order of(long contractId, String orderNo, BigDecimal amount, String owner) {
        return new Order(0, contractId, orderNo, null, Money.normalize(amount), owner, StageDates.NONE, null, 0,
                null, null);
    }

    public Order withStages(StageDates s) {
        return new Order(id, contractId, orderNo, description, amount, owner, s, notes, version, createdAt, updatedAt);
    }

    public Order withAmount(BigDecimal a) {
        return new Order(id, contractId, orderNo, description, a, owner, stages, notes, version, createdAt, updatedAt);
    }

    public Order withNotes(String n) {
        return new Order(id, contractId, orderNo, description, amount, owner, stages, n, version, createdAt, updatedAt);
    }

    public Order withOwner(String o) {
        return new Order(id, contractId, orderNo, description, amount, o, stages, notes, version, createdAt, updatedAt);
    }
}
