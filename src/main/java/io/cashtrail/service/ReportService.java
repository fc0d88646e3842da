package io.cashtrail.service;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reports and exports for finance (receivables, aging, forecast, order lists) in xlsx, csv and pdf.
 * Every method writes to a temporary file beside {@code out} and moves it into place only when
 * complete; it throws {@link java.util.concurrent.CancellationException} when cancelled and
 * {@link ExportException} (with a localized message) when the target cannot be written.
 *
 * <p>Contract for the UI and command line; implemented by the reports feature.
 */
public final class ReportService {
    private final Workspace ws;

    ReportService(Workspace ws) {
        this.ws = ws;
    }

    /** Aging as of a date by customer or salesperson (summary + detail); template is null for the built-in layout. */
    public Path exportAging(LocalDate asOf, AgingReport.Basis basis, ForecastReport.GroupBy by, Path out,
            ExportFormat format, Path template, ExportProgress progress) {
        throw new UnsupportedOperationException("reports feature");
    }

    /** The 12-month collections forecast by customer or salesperson. */
    public Path exportForecast(LocalDate today, ForecastReport.GroupBy by, Path out, ExportFormat format,
            ExportProgress progress) {
        throw new UnsupportedOperationException("reports feature");
    }

    /** Receivable lines (one per open installment) as of a date, grouped by customer or salesperson. */
    public Path exportReceivables(LocalDate asOf, ForecastReport.GroupBy by, Path out, ExportFormat format,
            ExportProgress progress) {
        throw new UnsupportedOperationException("reports feature");
    }

    /** A table as shown on screen (e.g. the orders list with its filter and columns). */
    public Path exportTable(TableExport table, Path out, ExportFormat format, ExportProgress progress) {
        throw new UnsupportedOperationException("reports feature");
    }

    Workspace workspace() {
        return ws;
    }
}
