package io.cashtrail.service;

/** An export that could not be written (target open in another program, folder not writable…); message localized. */
public class ExportException extends RuntimeException {
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
