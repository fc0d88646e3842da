package io.cashtrail.importer.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: all rows of a sheet, or the refusal. */
final class ReadHelper {
    private ReadHelper() {
    }

    static List<SheetRow> rows(Path file, int sheet) throws ImportRefusedException {
        return rows(file, null, sheet);
    }

    static List<SheetRow> rows(Path file, String password, int sheet) throws ImportRefusedException {
        try (SpreadsheetReader reader = Spreadsheets.open(file, password)) {
            List<SheetRow> rows = new ArrayList<>();
            reader.read(sheet, rows::add, () -> false);
            return rows;
        }
    }

    static List<SheetInfo> sheets(Path file) throws ImportRefusedException {
        try (SpreadsheetReader reader = Spreadsheets.open(file, null)) {
            return reader.sheets();
        }
    }

    static SheetRow row(List<SheetRow> rows, int index) {
        return rows.stream().filter(r -> r.index() == index).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + index + " in " + rows));
    }
}
