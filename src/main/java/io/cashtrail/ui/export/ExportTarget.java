package io.cashtrail.ui.export;

import io.cashtrail.service.ExportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file an export goes to and its format. */
public record ExportTarget(Path file, ExportFormat format) {

    /** The extension a format's files get. */
    public static String extension(ExportFormat f) {
        return switch (f) {
            case XLSX -> ".xlsx";
            case CSV, CSV_GBK -> ".csv";
            case PDF -> ".pdf";
        };
    }

    /**
     * What the user chose in the save dialog: the typed name's extension wins when it is one of the
     * offered formats (.csv keeps the GBK choice of the filter); otherwise the filter's format, with
     * its extension added.
     */
    public static ExportTarget resolve(Path chosen, ExportFormat filter, List<ExportFormat> offered) {
        Optional<ExportFormat> byName = ExportFormat.forFile(chosen);
        if (byName.isPresent()) {
            ExportFormat f = byName.get() == ExportFormat.CSV && filter == ExportFormat.CSV_GBK
                    ? ExportFormat.CSV_GBK : byName.get();
            if (offered.contains(f)) {
                return new ExportTarget(chosen, f);
            }
        }
        String name = chosen.getFileName().toString();
        Path file = chosen.resolveSibling(name + extension(filter));
        if (name.toLowerCase(Locale.ROOT).endsWith(extension(filter))) {
            file = chosen;
        }
        return new ExportTarget(file, filter);
    }
}
