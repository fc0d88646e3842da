package io.cashtrail.service;

import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.report.AgingSummary;
import io.cashtrail.report.AgingTemplateData;
import io.cashtrail.report.AtomicOutput;
import io.cashtrail.report.CjkFont;
import io.cashtrail.report.CsvReportWriter;
import io.cashtrail.report.NoCjkFontException;
import io.cashtrail.report.PdfReportWriter;
import io.cashtrail.report.ReportDocument;
import io.cashtrail.report.ReportTable;
import io.cashtrail.report.TargetException;
import io.cashtrail.report.WriteProgress;
import io.cashtrail.report.XlsxReportWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import io.cashtrail.report.template.TemplateData;
import io.cashtrail.report.template.TemplateException;
import io.cashtrail.report.template.TemplateFiller;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reports and exports for finance (receivables, aging, forecast, order lists) in xlsx, csv and pdf.
 * Every method writes to a temporary file beside {@code out} and moves it into place only when
 * complete; it throws {@link java.util.concurrent.CancellationException} when cancelled and
 * {@link ExportException} (with a localized message) when the target cannot be written.
 *
 * <p>Contract for the UI and command line. The figures are the app's own (CollectionsService); the
 * writers live in {@code io.cashtrail.report}.
 */
public final class ReportService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Workspace ws;

    ReportService(Workspace ws) {
        this.ws = ws;
    }

    /** Aging as of a date by customer or salesperson (summary + detail); template is null for the built-in layout. */
    public Path exportAging(LocalDate asOf, AgingReport.Basis basis, ForecastReport.GroupBy by, Path out,
            ExportFormat format, Path template, ExportProgress progress) {
        return exportAging(asOf, basis, by, false, out, format, template, progress);
    }

    /** The same with the statutory yearly buckets (1 year, 1–2, 2–3, over 3) instead of the settings' ones. */
    public Path exportAging(LocalDate asOf, AgingReport.Basis basis, ForecastReport.GroupBy by, boolean yearly,
            Path out, ExportFormat format, Path template, ExportProgress progress) {
        checkTarget(out, format);
        return exportAging(ws.collections().load(), asOf, basis, by, yearly, out, format, template, progress);
    }

    /** The same from a snapshot the caller already has (the receivables screen keeps one). */
    public Path exportAging(CollectionsSnapshot snap, LocalDate asOf, AgingReport.Basis basis,
            ForecastReport.GroupBy by, boolean yearly, Path out, ExportFormat format, Path template,
            ExportProgress progress) {
        checkTarget(out, format);
        AgingExport a = new AgingExport(ws.collections(), snap, asOf, basis,
                yearly ? io.cashtrail.domain.Aging.yearlyBuckets() : snap.agingBuckets());
        String company = ws.settings().companyName();
        String stamp = generatedAt();
        ForecastReport.GroupBy other = by == ForecastReport.GroupBy.OWNER ? ForecastReport.GroupBy.CUSTOMER
                : ForecastReport.GroupBy.OWNER;
        AgingSummary main = a.summary(by, company, stamp);
        if (template != null) {
            Map<String, Object> values = AgingTemplateData.values(main);
            List<Map<String, Object>> rows = AgingTemplateData.rows(main);
            if (format != ExportFormat.XLSX) {
                throw new ExportException(Messages.get("report.error.templateXlsx"), null);
            }
            TemplateData data = new TemplateData(values, rows);
            return write(out, o -> TemplateFiller.fill(template, data, o));
        }
        List<ReportTable> tables = new ArrayList<>();
        tables.add(main.table(Messages.get("report.sheet." + by.name()), Messages.get("report.by." + by.name())));
        if (format == ExportFormat.XLSX) {
            AgingSummary second = a.summary(other, company, stamp);
            tables.add(second.table(Messages.get("report.sheet." + other.name()),
                    Messages.get("report.by." + other.name())));
            tables.add(a.detail(by));
        }
        List<String> lines = new ArrayList<>(List.of(Messages.get("report.asOf", Formats.date(asOf)),
                Messages.get("report.basisLine", main.basis())));
        if (format != ExportFormat.XLSX) {
            lines.add(main.by()); // xlsx names the grouping in each sheet's title
        }
        lines.add(Messages.get("report.generatedAt", stamp));
        ReportDocument doc = new ReportDocument(main.reportName(), company, lines, ws.settings().currencySymbol(),
                tables);
        return write(doc, out, format, progress);
    }

    /** The 12-month collections forecast by customer or salesperson. */
    public Path exportForecast(LocalDate today, ForecastReport.GroupBy by, Path out, ExportFormat format,
            ExportProgress progress) {
        checkTarget(out, format);
        CollectionsService svc = ws.collections();
        ForecastReport f = svc.forecast(svc.load(), today, 12, by);
        ReportDocument doc = new ReportDocument(Messages.get("report.forecast.name"), ws.settings().companyName(),
                List.of(Messages.get("report.fromDate", Formats.date(today)), Messages.get("report.by." + by.name()),
                        Messages.get("report.generatedAt", generatedAt())),
                ws.settings().currencySymbol(), List.of(ReportTables.forecast(f)));
        return write(doc, out, format, progress);
    }

    /** Receivable lines (one per open installment) as of a date, grouped by customer or salesperson. */
    public Path exportReceivables(LocalDate asOf, ForecastReport.GroupBy by, Path out, ExportFormat format,
            ExportProgress progress) {
        checkTarget(out, format);
        CollectionsService svc = ws.collections();
        ReportTable t = ReportTables.receivables(svc.unsortedLines(svc.load(), asOf), asOf, by);
        ReportDocument doc = new ReportDocument(Messages.get("report.receivables.name"), ws.settings().companyName(),
                List.of(Messages.get("report.asOf", Formats.date(asOf)), Messages.get("report.by." + by.name()),
                        Messages.get("report.generatedAt", generatedAt())),
                ws.settings().currencySymbol(), List.of(t));
        return write(doc, out, format, progress);
    }

    /** A table as shown on screen (e.g. the orders list with its filter and columns). */
    public Path exportTable(TableExport table, Path out, ExportFormat format, ExportProgress progress) {
        checkTarget(out, format);
        ReportDocument doc = new ReportDocument(table.title(), ws.settings().companyName(),
                List.of(Messages.get("report.generatedAt", generatedAt())), ws.settings().currencySymbol(),
                List.of(ReportTables.table(table)));
        return write(doc, out, format, progress);
    }

    /**
     * The orders list as the orders screen shows it on {@code ws.today()} (its columns, all orders or
     * those matching the same multi-word filter), for {@link #exportTable} from the command line.
     */
    public TableExport ordersTable(String filter) {
        return ReportTables.orders(ws.orders().summaries(), ws.today(), filter);
    }

    private String generatedAt() {
        return LocalDateTime.now(ws.clock()).format(STAMP);
    }

    private Path write(ReportDocument doc, Path out, ExportFormat format, ExportProgress progress) {
        WriteProgress p = new WriteProgress() {
            @Override
            public void rows(long done, long total) {
                progress.progress(done, total);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
        return write(out, o -> {
            switch (format) {
                case XLSX -> XlsxReportWriter.write(doc, o, p);
                case CSV -> CsvReportWriter.write(doc, o, StandardCharsets.UTF_8, p);
                case CSV_GBK -> CsvReportWriter.write(doc, o, Charset.forName("GBK"), p);
                case PDF -> PdfReportWriter.write(doc, o, p);
            }
        });
    }

    private static Path write(Path out, AtomicOutput.Body body) {
        try {
            return AtomicOutput.write(out, body);
        } catch (TargetException e) {
            throw translate(e);
        } catch (NoCjkFontException | TemplateException e) {
            throw new ExportException(e.getMessage(), e);
        }
    }

    /** Fails fast (before any figures are computed) when the target cannot be written. */
    private static void checkTarget(Path out, ExportFormat format) {
        try {
            AtomicOutput.check(out);
        } catch (TargetException e) {
            throw translate(e);
        }
        if (format == ExportFormat.PDF && CjkFont.find().isEmpty()) {
            throw new ExportException(new NoCjkFontException().getMessage(), null);
        }
    }

    private static ExportException translate(TargetException e) {
        String file = e.target().toString();
        return new ExportException(switch (e.reason()) {
            case LOCKED -> Messages.get("report.error.locked", file);
            case FOLDER -> Messages.get("report.error.folder", e.target().getParent());
            case FAILED -> Messages.get("report.error.failed", file,
                    e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage()));
        }, e);
    }

    Workspace workspace() {
        return ws;
    }
}
