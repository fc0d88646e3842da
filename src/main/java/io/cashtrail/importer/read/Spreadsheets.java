package io.cashtrail.importer.read;

import java.nio.file.Path;

/** Recognises a file's format from its content (not its name alone) and opens the right reader. */
public final class Spreadsheets {
    private Spreadsheets() {
    }

    /**
     * Opens a file for reading; {@code password} may be null. Refuses (never crashes) with the
     * reason for anything it cannot read. (Stub: being built.)
     */
    public static SpreadsheetReader open(Path file, String password) throws ImportRefusedException {
        throw new ImportRefusedException(ImportRefusedException.Reason.NOT_SPREADSHEET, "not yet implemented");
    }
}
