package io.cashtrail.importer.read;

/**
 * A file that cannot be imported, with the reason a user can act on (the UI and CLI turn the reason
 * into a message in the user's language: key "import.refused." + reason in lower case).
 */
public class ImportRefusedException extends Exception {
    /** Why the file was refused. */
    public enum Reason {
        NOT_FOUND, EMPTY_FILE, NOT_SPREADSHEET, OLD_EXCEL, XLSB, ODS, EXCEL_2003_XML, STRICT_OOXML, DAMAGED,
        PASSWORD_REQUIRED, WRONG_PASSWORD, TOO_LARGE, TOO_SLOW, UNKNOWN_ENCODING
    }

    private final Reason reason;

    public ImportRefusedException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public ImportRefusedException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }
}
