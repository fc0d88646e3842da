package io.cashtrail.service;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats reports and table exports are written in. */
public enum ExportFormat {
    XLSX, CSV, CSV_GBK, PDF;

    /** The format a file name asks for (.xlsx, .csv = UTF-8 with BOM, .pdf); empty for anything else. */
    public static java.util.Optional<ExportFormat> forFile(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx")) {
            return java.util.Optional.of(XLSX);
        }
        if (n.endsWith(".csv")) {
            return java.util.Optional.of(CSV);
        }
        if (n.endsWith(".pdf")) {
            return java.util.Optional.of(PDF);
        }
        return java.util.Optional.empty();
    }
}
