package io.cashtrail.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Something a salesperson should do so that money arrives on time: which order, who, how urgent,
 * how much money is at stake, by when, and the suggested next step (a message key with arguments).
 * {@code flagged} marks an action left open longer than the ignore threshold, for the manager.
 */
public record Action(String key, Rule rule, long orderId, String orderNo, String customer, String owner,
        Severity severity, BigDecimal money, LocalDate dueDate, String suggestionKey, List<Object> args,
        State state, LocalDate snoozedUntil, boolean flagged) {

    /** The rule that raised the action. */
    public enum Rule {
        PRODUCTION_SLIPPED, FINISHED_NOT_SHIPPED, SHIPPED_NO_SIGNOFF, NOT_INVOICED, PAYMENT_OVERDUE, RETENTION_DUE,
        BILL_MATURING
    }

    /** How urgent. */
    public enum Severity { HIGH, MEDIUM, LOW }

    /** What the user did with it. */
    public enum State { OPEN, SNOOZED, DONE }
}
