package io.cashtrail.service;

import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.ValidationResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What a replan would change, shown before it is saved: the order with its new planned dates, the
 * installments whose due dates follow, and the money that moves from one month to another.
 */
public record ReplanPreview(
        Order before,
        Order after,
        List<InstallmentChange> installments,
        List<MoneyMove> moves,
        ValidationResult validation) {

    /** One installment whose due date changes. */
    public record InstallmentChange(Installment before, Installment after) {
        public LocalDate oldDue() {
            return before.dueDate();
        }

        public LocalDate newDue() {
            return after.dueDate();
        }
    }

    /** Open money that changes the month it is due in. */
    public record MoneyMove(YearMonth from, YearMonth to, BigDecimal amount) {
    }

    public boolean isValid() {
        return validation.isValid();
    }
}
