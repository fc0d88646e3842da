package io.cashtrail.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An installment as the timeline draws it: a marker at its due date, filled once paid. */
public record TimelineInstallment(long id, String label, LocalDate dueDate, BigDecimal amount, boolean paid) {
}
