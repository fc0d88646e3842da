package io.cashtrail.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Outcome of validating an edit: errors block saving, warnings are shown but allow it. Each issue
 * names the field it belongs to and a message key with arguments, so the UI can localise it.
 */
public final class ValidationResult {
    /** One validation issue: field, message key (resource bundle) and arguments. */
    public record Issue(String field, String messageKey, Object... args) {
    }

    private final List<Issue> errors = new ArrayList<>();
    private final List<Issue> warnings = new ArrayList<>();

    public ValidationResult error(String field, String key, Object... args) {
        errors.add(new Issue(field, key, args));
        return this;
    }

    public ValidationResult warning(String field, String key, Object... args) {
        warnings.add(new Issue(field, key, args));
        return this;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<Issue> errors() {
        return Collections.unmodifiableList(errors);
    }

    public List<Issue> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public ValidationResult merge(ValidationResult other) {
        errors.addAll(other.errors);
        warnings.addAll(other.warnings);
        return this;
    }
}
