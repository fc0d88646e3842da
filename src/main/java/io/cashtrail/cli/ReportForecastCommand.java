package io.cashtrail.cli;

import io.cashtrail.service.ExportFormat;
import io.cashtrail.service.ExportProgress;
import io.cashtrail.service.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report forecast --out FILE [--by customer|owner]}: the 12-month forecast from today. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Write the 12-month collections forecast to a file.")
final class ReportForecastCommand extends FileCommand {
    @Option(names = "--by", defaultValue = "customer", description = "customer or owner (default customer).")
    String by;

    @Override
    void validate() {
        super.validate();
        CliOptions.groupBy(spec, by);
    }

    @Override
    Path export(Workspace ws, ExportFormat format) {
        return ws.reports().exportForecast(ws.today(), CliOptions.groupBy(spec, by), out, format, ExportProgress.NONE);
    }
}
