package io.cashtrail.importer.read;

/**
 * The user stopped the opening of a file: not a refusal of the file, but it travels the same way so
 * every reader closes what it had opened. Callers check for it before showing a refusal.
 */
public final class ReadCancelledException extends ImportRefusedException {
    public ReadCancelledException() {
        super(Reason.TOO_SLOW, "cancelled by the user");
    }
}
