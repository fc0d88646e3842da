package io.cashtrail.ui.firstrun;

import java.nio.file.Path;

/**
 * What the user chose on the first run: how to start, the company name (blank: not given) and the data
 * folder (the one proposed unless they picked another). {@code skipped}: the wizard was skipped or closed.
 */
public record FirstRunChoice(Start start, String companyName, Path dataDir, boolean skipped) {
    /** The three ways to begin. */
    public enum Start {
        IMPORT, DEMO, EMPTY
    }

    public static FirstRunChoice skipped(Path dataDir) {
        return new FirstRunChoice(Start.EMPTY, "", dataDir, true);
    }
}
