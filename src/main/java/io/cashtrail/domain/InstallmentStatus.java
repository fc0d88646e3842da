package io.cashtrail.domain;

/** Where an installment stands on a date. */
public enum InstallmentStatus {
    /** Its trigger (e.g. acceptance) has not happened yet. */
    PENDING,
    /** Triggered, not yet past its due date, nothing paid. */
    DUE,
    /** Some money allocated, not past its due date. */
    PARTLY_PAID,
    PAID,
    /** Past its due date and not fully paid. */
    OVERDUE,
    CANCELLED
}
