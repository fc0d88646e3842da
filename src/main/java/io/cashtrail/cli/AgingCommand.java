package io.cashtrail.cli;

import io.cashtrail.domain.Aging;
import io.cashtrail.domain.AgingBucket;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.AgingReport;
import io.cashtrail.service.CollectionsService;
import io.cashtrail.service.ForecastReport;
import io.cashtrail.service.Workspace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the aging bucket totals as of a date (they add up to the total outstanding). */
@Command(name = "aging", mixinStandardHelpOptions = true,
        description = "Print the aging bucket totals as of a date; they add up to the outstanding total.")
final class AgingCommand extends WorkspaceCommand implements Callable<Integer> {
    @Option(names = "--as-of", paramLabel = "DATE", description = "Aging date (default today), e.g. 2026-11-27.")
    LocalDate asOf;

    @Option(names = "--basis", defaultValue = "due", description = "due or invoice (default due).")
    String basis;

    @Option(names = "--by", description = "Also per customer or owner.")
    String by;

    @Option(names = "--yearly", description = "Statutory yearly buckets (within 1 year, 1-2, 2-3, over 3 years).")
    boolean yearly;

    @Override
    public Integer call() {
        AgingReport.Basis b;
        try {
            b = AgingReport.Basis.valueOf(basis.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.aging.basis", basis));
        }
        ForecastReport.GroupBy group = by == null ? ForecastReport.GroupBy.CUSTOMER : CliOptions.groupBy(spec, by);
        try (Workspace ws = Workspace.open(dataDir())) {
            CollectionsService svc = ws.collections();
            LocalDate day = asOf == null ? ws.today() : asOf;
            AgingReport r = svc.aging(svc.load(), day, b, yearly ? Aging.yearlyBuckets() : svc.agingBuckets(),
                    group);
            out().println(Messages.get("cli.aging.title", Formats.date(day), b.name().toLowerCase(Locale.ROOT)));
            print("", r.totals());
            out().println(Messages.get("common.total") + "\t" + Formats.money(r.total()));
            if (by != null) {
                r.byGroup().forEach((g, totals) -> print(g + "\t", totals));
            }
            return 0;
        }
    }

    private void print(String prefix, Map<AgingBucket, BigDecimal> totals) {
        totals.forEach((bucket, amount) -> out().println(prefix + CliOptions.bucketName(bucket) + "\t"
                + Formats.money(amount)));
    }
}
