package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the exported workbooks in LibreOffice (headless, when installed) the way a user's
 * spreadsheet program would: it must load them without complaint and show the same totals.
 */
class ReportInLibreOfficeTest {
    @TempDir
    Path dir;

    private static Path soffice() {
        for (String p : List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    @Test
    void libreOfficeOpensTheAgingWorkbookAndShowsTheSameTotal() throws Exception {
        Path soffice = soffice();
        Assumptions.assumeTrue(soffice != null, "LibreOffice not installed");
        Locale before = Messages.locale();
        Messages.use(Messages.CHINESE);
        try (Workspace ws = Workspace.open(dir.resolve("data"), Clock.fixed(ReportServiceTest.TODAY.atStartOfDay(
                ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()))) {
            ws.loadDemoData(7);
            Path xlsx = ws.reports().exportAging(ReportServiceTest.TODAY, AgingReport.Basis.DUE,
                    ForecastReport.GroupBy.CUSTOMER, dir.resolve("aging.xlsx"), ExportFormat.XLSX, null,
                    ExportProgress.NONE);
            CollectionsService svc = ws.collections();
            CollectionsSnapshot s = svc.load();
            AgingReport r = svc.aging(s, ReportServiceTest.TODAY, AgingReport.Basis.DUE, s.agingBuckets(),
                    ForecastReport.GroupBy.CUSTOMER);
            Path outDir = Files.createDirectory(dir.resolve("lo"));
            Process p = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "csv:Text - txt - csv "
                            + "(StarCalc):44,34,76,1,,0,false,true,true", "--outdir", outDir.toString(),
                    xlsx.toString()).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(log).isZero();
            Path csv = outDir.resolve("aging.csv");
            assertThat(csv).as(log).exists();
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(text).contains("合计").contains(Formats.money(r.total()).replace("¥", ""));
        } finally {
            Messages.use(before);
        }
    }
}
