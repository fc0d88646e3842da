package io.cashtrail.service;

import java.nio.file.Path;

/** Opening a data folder failed for a reason the user must act on. */
public class WorkspaceException extends RuntimeException {
    /** Why the folder could not be opened. */
    public enum Reason { IN_USE, DAMAGED, UNUSABLE }

    private final Reason reason;
    private final Path dataDir;

    public WorkspaceException(Reason reason, Path dataDir, Throwable cause) {
        super(cause.getMessage(), cause);
        this.reason = reason;
        this.dataDir = dataDir;
    }

    public Reason reason() {
        return reason;
    }

    public Path dataDir() {
        return dataDir;
    }
}
