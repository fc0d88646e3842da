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
     * What the user chose in the save dialog. A typed extension of an offered format wins (.csv keeps
     * the GBK choice of the filter) — except the untouched default extension when the user picked
     * another filter (GTK's dialog does not rename on a filter change), which is replaced. A name
     * without a known extension gets the filter's.
     */
    public static ExportTarget resolve(Path chosen, ExportFormat filter, List<ExportFormat> offered) {
        String name = chosen.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String initial = extension(offered.get(0));
        Optional<ExportFormat> byName = ExportFormat.forFile(chosen);
        boolean defaultLeftAsIs = lower.endsWith(initial) && !extension(filter).equals(initial);
        if (byName.isPresent() && !defaultLeftAsIs) {
            ExportFormat f = byName.get() == ExportFormat.CSV && filter == ExportFormat.CSV_GBK
                    ? ExportFormat.CSV_GBK : byName.get();
            if (offered.contains(f)) {
                return new ExportTarget(chosen, f);
            }
        }
        if (defaultLeftAsIs) {
            name = name.substring(0, name.length() - initial.length());
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(extension(filter))) {
            name = name + extension(filter);
        }
        return new ExportTarget(chosen.resolveSibling(name), filter);
    }
}
