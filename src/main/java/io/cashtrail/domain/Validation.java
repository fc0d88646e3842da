package io.cashtrail.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Validation rules for customers, contracts and orders, shared by the UI, importer and command line. */
public final class Validation {
    private Validation() {
    }

    public static ValidationResult customer(Customer c) {
        ValidationResult r = new ValidationResult();
        if (isBlank(c.name())) {
            r.error("name", "validation.required");
        } else if (c.name().length() > 200) {
            r.error("name", "validation.tooLong", 200);
        }
        if (c.invoiceCutoffDay() != null && (c.invoiceCutoffDay() < 1 || c.invoiceCutoffDay() > 31)) {
            r.error("invoiceCutoffDay", "validation.cutoffDay");
        }
        return r;
    }

    public static ValidationResult contract(Contract c, LocalDate today) {
        ValidationResult r = new ValidationResult();
        if (isBlank(c.contractNo())) {
            r.error("contractNo", "validation.required");
        }
        if (c.customerId() <= 0) {
            r.error("customerId", "validation.required");
        }
        amount(r, "amount", c.amount());
        if (c.signedDate() != null && c.signedDate().isAfter(today.plusDays(1))) {
            r.error("signedDate", "validation.futureDate");
        }
        if (c.taxRate() != null && (c.taxRate().signum() < 0 || c.taxRate().compareTo(BigDecimal.valueOf(100)) > 0)) {
            r.error("taxRate", "validation.percent");
        }
        return r;
    }

    /** Validates an order's own fields and its stage dates. */
    public static ValidationResult order(Order o, LocalDate today) {
        ValidationResult r = new ValidationResult();
        if (isBlank(o.orderNo())) {
            r.error("orderNo", "validation.required");
        }
        if (o.contractId() <= 0) {
            r.error("contractId", "validation.required");
        }
        amount(r, "amount", o.amount());
        return r.merge(stages(o.stages(), today));
    }

    /**
     * An actual date may not lie more than a day in the future; a finish may not precede its start;
     * stages reached out of their usual order only warn (real projects do that).
     */
    public static ValidationResult stages(StageDates s, LocalDate today) {
        ValidationResult r = new ValidationResult();
        for (Stage stage : Stage.values()) {
            LocalDate actual = s.actual(stage);
            if (actual != null && actual.isAfter(today.plusDays(1))) {
                r.error("actual." + stage.key(), "validation.actualInFuture");
            }
        }
        pair(r, s, true);
        pair(r, s, false);
        LocalDate lastActual = null;
        Stage lastStage = null;
        for (Stage stage : Stage.values()) {
            LocalDate actual = s.actual(stage);
            if (actual == null) {
                continue;
            }
            if (lastActual != null && actual.isBefore(lastActual) && !isStartFinishPair(lastStage, stage)) {
                r.warning("actual." + stage.key(), "validation.outOfOrder", lastStage.key());
            }
            lastActual = actual;
            lastStage = stage;
        }
        return r;
    }

    private static void pair(ValidationResult r, StageDates s, boolean actual) {
        LocalDate start = actual ? s.actual(Stage.PRODUCTION_START) : s.planned(Stage.PRODUCTION_START);
        LocalDate finish = actual ? s.actual(Stage.PRODUCTION_FINISH) : s.planned(Stage.PRODUCTION_FINISH);
        if (start != null && finish != null && finish.isBefore(start)) {
            r.error((actual ? "actual." : "planned.") + Stage.PRODUCTION_FINISH.key(), "validation.finishBeforeStart");
        }
    }

    private static boolean isStartFinishPair(Stage a, Stage b) {
        return a == Stage.PRODUCTION_START && b == Stage.PRODUCTION_FINISH;
    }

    private static void amount(ValidationResult r, String field, BigDecimal amount) {
        if (amount == null) {
            r.error(field, "validation.required");
        } else if (amount.signum() < 0) {
            r.error(field, "validation.negative");
        } else if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            r.error(field, "validation.cents");
        } else if (amount.precision() - amount.scale() > 17) {
            r.error(field, "validation.tooLarge");
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
