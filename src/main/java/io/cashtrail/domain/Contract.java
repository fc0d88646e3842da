package io.cashtrail.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A signed contract with a customer; its amount includes tax. A contract ships in one or more orders. */
public record Contract(
        long id,
        String contractNo,
        long customerId,
        String title,
        LocalDate signedDate,
        BigDecimal amount,
        BigDecimal taxRate,
        String owner,
        String paymentTerms,
        String notes,
        int version,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    public static Contract of(String contractNo, long customerId, LocalDate signed, BigDecimal amount, String owner) {
        return new Contract(0, contractNo, customerId, null, signed, Money.normalize(amount), null, owner, null, null,
                0, null, null);
    }

    public Contract withAmount(BigDecimal a) {
        return new Contract(id, contractNo, customerId, title, signedDate, a, taxRate, owner, paymentTerms, notes,
                version, createdAt, updatedAt);
    }

    public Contract withNotes(String n) {
        return new Contract(id, contractNo, customerId, title, signedDate, amount, taxRate, owner, paymentTerms, n,
                version, createdAt, updatedAt);
    }
}
