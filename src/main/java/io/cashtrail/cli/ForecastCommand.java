package io.cashtrail.cli;

import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.CollectionsService;
import io.cashtrail.service.ForecastReport;
import io.cashtrail.service.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the cash forecast: overdue, then each month, by customer or salesperson. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Print the cash forecast: overdue, the coming months and later, per customer or salesperson.")
final class ForecastCommand extends WorkspaceCommand implements Callable<Integer> {
    @Option(names = "--months", defaultValue = "12", description = "Months to show (1-60, default 12).")
    int months;

    @Option(names = "--by", defaultValue = "customer", description = "customer or owner (default customer).")
    String by;

    @Override
    public Integer call() {
        if (months < 1 || months > 60) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.forecast.months"));
        }
        ForecastReport.GroupBy group = CliOptions.groupBy(spec, by);
        try (Workspace ws = Workspace.open(dataDir())) {
            CollectionsService svc = ws.collections();
            ForecastReport f = svc.forecast(svc.load(), ws.today(), months, group);
            List<String> head = new ArrayList<>(List.of(Messages.get("cli.forecast.group"),
                    Messages.get("cli.forecast.overdue")));
            f.months().forEach(m -> head.add(m.toString()));
            head.add(Messages.get("cli.forecast.later"));
            head.add(Messages.get("common.total"));
            out().println(String.join("\t", head));
            for (ForecastReport.Row r : f.rows()) {
                print(r.group(), r);
            }
            print(Messages.get("common.total"), f.total());
            return 0;
        }
    }

    private void print(String name, ForecastReport.Row r) {
        List<String> cells = new ArrayList<>(List.of(name, Formats.money(r.overdue())));
        r.perMonth().forEach(v -> cells.add(Formats.money(v)));
        cells.add(Formats.money(r.later()));
        cells.add(Formats.money(r.total()));
        out().println(String.join("\t", cells));
    }
}
