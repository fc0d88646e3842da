package io.cashtrail.service;

import io.cashtrail.importer.read.ImportRefusedException;
import io.cashtrail.importer.read.SheetInfo;
import io.cashtrail.importer.read.SheetRow;
import io.cashtrail.importer.read.SpreadsheetReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * An opened spreadsheet while the user imports it: its sheets, and each sheet's rows read once
 * (the analysis and the plan share them). Close it when the import is done or abandoned.
 */
public final class ImportFile implements AutoCloseable {
    private final Path path;
    private final SpreadsheetReader reader;
    private final Map<Integer, List<SheetRow>> rows = new HashMap<>();

    ImportFile(Path path, SpreadsheetReader reader) {
        this.path = path;
        this.reader = reader;
    }

    public Path path() {
        return path;
    }

    public List<SheetInfo> sheets() {
        return reader.sheets();
    }

    public List<String> sheetNames() {
        return sheets().stream().map(SheetInfo::name).toList();
    }

    /** The index of the sheet with this name (ignoring case), or -1. */
    public int sheetIndex(String name) {
        for (SheetInfo s : sheets()) {
            if (s.name().equals(name) || s.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return s.index();
            }
        }
        return -1;
    }

    SpreadsheetReader reader() {
        return reader;
    }

    /** The rows of a sheet when they were read already, else null. */
    List<SheetRow> cachedRows(int sheet) {
        return rows.get(sheet);
    }

    /** Every row of a sheet, read on first use; a cancelled read is not kept. */
    List<SheetRow> rows(int sheet, BooleanSupplier cancelled) {
        List<SheetRow> cached = rows.get(sheet);
        if (cached != null) {
            return cached;
        }
        List<SheetRow> read = new ArrayList<>();
        try {
            reader.read(sheet, read::add, cancelled);
        } catch (ImportRefusedException e) {
            throw ImportService.refusal(e);
        }
        if (!cancelled.getAsBoolean()) {
            rows.put(sheet, read);
        }
        return read;
    }

    @Override
    public void close() {
        reader.close();
    }
}
