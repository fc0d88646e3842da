package io.cashtrail.cli;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.AgingReport;
import io.cashtrail.service.ExportFormat;
import io.cashtrail.service.ExportProgress;
import io.cashtrail.service.ForecastReport;
import io.cashtrail.service.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report aging --as-of DATE [--basis due|invoice] [--by customer|owner] --out FILE [--template T.xlsx]}. */
@Command(name = "aging", mixinStandardHelpOptions = true,
        description = "Write the aging report (summary by customer and by salesperson, and the detail) to a file.")
final class ReportAgingCommand extends FileCommand {
    @Option(names = "--as-of", paramLabel = "DATE", description = "Aging date (default today), e.g. 2026-11-27.")
    LocalDate asOf;

    @Option(names = "--basis", defaultValue = "due", description = "due or invoice (default due).")
    String basis;

    @Option(names = "--by", defaultValue = "customer", description = "customer or owner (default customer).")
    String by;

    @Option(names = "--template", paramLabel = "T.xlsx", description = "Fill this .xlsx template instead of the built-in layout.")
    Path template;

    private AgingReport.Basis basis() {
        try {
            return AgingReport.Basis.valueOf(basis.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.aging.basis", basis));
        }
    }

    @Override
    void validate() {
        super.validate();
        basis();
        CliOptions.groupBy(spec, by);
    }

    @Override
    Path export(Workspace ws, ExportFormat format) {
        ForecastReport.GroupBy group = CliOptions.groupBy(spec, by);
        return ws.reports().exportAging(asOf == null ? ws.today() : asOf, basis(), group, out, format, template,
                ExportProgress.NONE);
    }
}
