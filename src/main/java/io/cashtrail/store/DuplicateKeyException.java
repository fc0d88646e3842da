package io.cashtrail.store;

/** A unique value (customer name, contract number, order number in a contract) is already taken. */
public class DuplicateKeyException extends RuntimeException {
    private final String field;
    private final String value;

    public DuplicateKeyException(String field, String value, Throwable cause) {
        super(field + " '" + value + "' already exists", cause);
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
