package io.cashtrail.report.template;

import io.cashtrail.i18n.Messages;
import java.util.List;

/**
 * A template that cannot be filled (not an .xlsx, unknown placeholders, a misplaced row
 * placeholder); the message is localized and {@link #key()} names the message for callers and tests.
 */
public final class TemplateException extends IllegalArgumentException {
    private final String key;
    private final transient List<Object> args;

    public TemplateException(String key, Object... args) {
        this(null, key, args);
    }

    public TemplateException(Throwable cause, String key, Object... args) {
        super(Messages.get(key, args), cause);
        this.key = key;
        this.args = List.of(args);
    }

    /** The message key (export.template.*). */
    public String key() {
        return key;
    }

    /** The arguments the message was formatted with (for tests). */
    public List<Object> args() {
        return args;
    }
}
