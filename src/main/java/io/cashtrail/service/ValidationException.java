package io.cashtrail.service;

import io.cashtrail.domain.ValidationResult;

/** A save was refused because the record is not valid; nothing was written. */
public class ValidationException extends RuntimeException {
    private final transient ValidationResult result;

    public ValidationException(ValidationResult result) {
        super("Invalid: " + result.errors().stream().map(i -> i.field() + " " + i.messageKey()).toList());
        this.result = result;
    }

    public ValidationResult result() {
        return result;
    }
}
