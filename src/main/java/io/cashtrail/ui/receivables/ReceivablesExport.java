package io.cashtrail.ui.receivables;

import io.cashtrail.service.AgingReport;
import io.cashtrail.service.ExportException;
import io.cashtrail.service.ExportFormat;
import io.cashtrail.service.ForecastReport;
import io.cashtrail.ui.export.ExportAction;
import io.cashtrail.ui.export.TemplateBox;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.stage.Window;

/** Which report the receivables screen's "Export…" writes for the tab on show, with its choices. */
final class ReceivablesExport {
    /** The tab on show. */
    enum View { LINES, AGING, FORECAST }

    private ReceivablesExport() {
    }

    static void run(ExportAction export, Window owner, View view, LocalDate date, ForecastReport.GroupBy by,
            AgingReport.Basis basis, boolean yearly, TemplateBox.Selection layout,
            io.cashtrail.service.TableExport filteredLines) {
        switch (view) {
            case AGING -> export.run(owner, ExportAction.fileBase("export.name.aging", date),
                    layout.usesTemplate() ? List.of(ExportFormat.XLSX) : ExportAction.allFormats(),
                    (ex, out, format, progress) -> {
                        Path template = layout.open();
                        try {
                            return ex.exportAging(date, basis, by, yearly, out, format, template, progress);
                        } catch (IllegalArgumentException e) {
                            if (template == null || e.getMessage() == null) {
                                throw e;
                            }
                            // a template the report cannot fill (not .xlsx, unknown placeholders): its message says why
                            throw new ExportException(e.getMessage(), e);
                        } finally {
                            layout.close(template);
                        }
                    });
            case FORECAST -> export.run(owner, ExportAction.fileBase("export.name.forecast", date),
                    ExportAction.allFormats(),
                    (ex, out, format, progress) -> ex.exportForecast(date, by, out, format, progress));
            default -> export.run(owner, ExportAction.fileBase("export.name.receivables", date),
                    ExportAction.allFormats(),
                    (ex, out, format, progress) -> filteredLines != null
                            ? ex.exportTable(filteredLines, out, format, progress) // what the filter leaves on screen
                            : ex.exportReceivables(date, by, out, format, progress));
        }
    }
}
