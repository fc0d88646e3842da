package io.cashtrail.ui.export;

import io.cashtrail.service.AgingReport;
import io.cashtrail.service.ExportFormat;
import io.cashtrail.service.ExportProgress;
import io.cashtrail.service.ForecastReport;
import io.cashtrail.service.ReportService;
import io.cashtrail.service.TableExport;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The report calls the screens make, with {@link ReportService}'s signatures: the real one delegates
 * to the workspace's reports, tests put a recording fake in its place.
 */
public interface Exporter {
    Path exportAging(LocalDate asOf, AgingReport.Basis basis, ForecastReport.GroupBy by, boolean yearly, Path out,
            ExportFormat format, Path template, ExportProgress progress);

    Path exportForecast(LocalDate today, ForecastReport.GroupBy by, Path out, ExportFormat format,
            ExportProgress progress);

    Path exportReceivables(LocalDate asOf, ForecastReport.GroupBy by, Path out, ExportFormat format,
            ExportProgress progress);

    Path exportTable(TableExport table, Path out, ExportFormat format, ExportProgress progress);

    /** Delegates every call to {@code reports}. */
    static Exporter of(ReportService reports) {
        return new Exporter() {
            @Override
            public Path exportAging(LocalDate asOf, AgingReport.Basis basis, ForecastReport.GroupBy by,
                    boolean yearly, Path out, ExportFormat format, Path template, ExportProgress progress) {
                return reports.exportAging(asOf, basis, by, yearly, out, format, template, progress);
            }

            @Override
            public Path exportForecast(LocalDate today, ForecastReport.GroupBy by, Path out, ExportFormat format,
                    ExportProgress progress) {
                return reports.exportForecast(today, by, out, format, progress);
            }

            @Override
            public Path exportReceivables(LocalDate asOf, ForecastReport.GroupBy by, Path out, ExportFormat format,
                    ExportProgress progress) {
                return reports.exportReceivables(asOf, by, out, format, progress);
            }

            @Override
            public Path exportTable(TableExport table, Path out, ExportFormat format, ExportProgress progress) {
                return reports.exportTable(table, out, format, progress);
            }
        };
    }
}
