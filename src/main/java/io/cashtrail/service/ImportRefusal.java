package io.cashtrail.service;

import io.cashtrail.i18n.Messages;

/**
 * Why a file (or an import step) cannot go on, as a message key the UI and the command line show in
 * the user's language on one line: "import.refused.*" from the reader, "import.plan.*" otherwise.
 */
public final class ImportRefusal extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public ImportRefusal(String key, Throwable cause, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    /** The one-line reason in the user's language. */
    @Override
    public String getLocalizedMessage() {
        return Messages.get(key, args);
    }
}
