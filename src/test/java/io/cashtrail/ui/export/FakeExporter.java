package io.cashtrail.ui.export;

import io.cashtrail.service.AgingReport;
import io.cashtrail.service.ExportException;
import io.cashtrail.service.ExportFormat;
import io.cashtrail.service.ExportProgress;
import io.cashtrail.service.ForecastReport;
import io.cashtrail.service.TableExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the report calls a screen makes (the engine is built elsewhere) and behaves as asked:
 * write a small file, run slowly with progress until stopped, or refuse with an ExportException.
 */
public final class FakeExporter implements Exporter {
    /** One call: method name, its report arguments, the target and format. */
    public record Call(String method, List<Object> args, Path out, ExportFormat format) {
    }

    /** What the fake does. */
    public enum Mode { WRITE, SLOW, REFUSE, BAD_TEMPLATE }

    public final List<Call> calls = new CopyOnWriteArrayList<>();
    public volatile Mode mode = Mode.WRITE;
    public volatile boolean templateWasXlsx;
    public volatile long progressReported;

    @Override
    public Path exportAging(LocalDate asOf, AgingReport.Basis basis, ForecastReport.GroupBy by, boolean yearly,
            Path out, ExportFormat format, Path template, ExportProgress progress) {
        try {
            templateWasXlsx = template != null && Files.isRegularFile(template)
                    && Arrays.equals(Arrays.copyOf(Files.readAllBytes(template), 2), new byte[] {'P', 'K'});
        } catch (java.io.IOException e) {
            templateWasXlsx = false;
        }
        return record("aging", out, format, progress, asOf, basis, by, yearly, template);
    }

    @Override
    public Path exportForecast(LocalDate today, ForecastReport.GroupBy by, Path out, ExportFormat format,
            ExportProgress progress) {
        return record("forecast", out, format, progress, today, by);
    }

    @Override
    public Path exportReceivables(LocalDate asOf, ForecastReport.GroupBy by, Path out, ExportFormat format,
            ExportProgress progress) {
        return record("receivables", out, format, progress, asOf, by);
    }

    @Override
    public Path exportTable(TableExport table, Path out, ExportFormat format, ExportProgress progress) {
        return record("table", out, format, progress, table);
    }

    private Path record(String method, Path out, ExportFormat format, ExportProgress progress, Object... args) {
        calls.add(new Call(method, Arrays.asList(args), out, format));
        switch (mode) {
            case REFUSE -> throw new ExportException("目标文件正被其他程序打开 / the file is open in another program",
                    null);
            case BAD_TEMPLATE -> throw new IllegalArgumentException("模板中有本报表没有的占位符：${nope}");
            case SLOW -> {
                for (int i = 0; i < 1000; i++) {
                    if (progress.cancelled()) {
                        throw new CancellationException("stopped");
                    }
                    progress.progress(i, 1000);
                    progressReported = i;
                    sleep();
                }
            }
            default -> {
            }
        }
        try {
            Files.writeString(out, "fake " + method);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** A chooser that records what it was offered and answers with a file in {@code dir}. */
    public static final class Chooser implements TargetChooser {
        public final List<String> names = new CopyOnWriteArrayList<>();
        public final List<List<ExportFormat>> offered = new CopyOnWriteArrayList<>();
        private final Path dir;
        public volatile ExportFormat answer;
        public volatile boolean cancel;

        public Chooser(Path dir) {
            this.dir = dir;
        }

        @Override
        public ExportTarget choose(javafx.stage.Window owner, String fileName, List<ExportFormat> formats) {
            names.add(fileName);
            offered.add(formats);
            if (cancel) {
                return null;
            }
            ExportFormat f = answer == null ? formats.get(0) : answer;
            String base = fileName.substring(0, fileName.lastIndexOf('.'));
            return ExportTarget.resolve(dir.resolve(base + ExportTarget.extension(f)), f, formats);
        }
    }
}
