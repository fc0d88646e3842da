package io.cashtrail.report;

import java.nio.file.Path;

/** The export's target cannot be written: why, and which file (the service turns it into a localized message). */
public class TargetException extends RuntimeException {
    /** Why the file cannot be written. */
    public enum Reason {
        /** The file is read-only or open in another program (Excel locks what it has open). */
        LOCKED,
        /** The folder does not exist or cannot be written. */
        FOLDER,
        /** Writing failed (disk full, device gone…). */
        FAILED
    }

    private final Reason reason;
    private final Path target;

    public TargetException(Reason reason, Path target, Throwable cause) {
        super(reason + ": " + target + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.reason = reason;
        this.target = target;
    }

    public Reason reason() {
        return reason;
    }

    public Path target() {
        return target;
    }
}
