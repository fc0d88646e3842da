package io.cashtrail.cli;

import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Action;
import io.cashtrail.service.CollectionsService;
import io.cashtrail.service.Workspace;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the action list: what each salesperson should do so the money arrives on time. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Print the action list (most urgent first), optionally for one salesperson.")
final class AlertsCommand extends WorkspaceCommand implements Callable<Integer> {
    @Option(names = "--owner", paramLabel = "NAME", description = "Only this salesperson's actions.")
    String owner;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day to evaluate (default today), e.g. 2026-11-27.")
    LocalDate asOf;

    @Option(names = "--all", description = "Also list snoozed and done actions.")
    boolean all;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(dataDir())) {
            LocalDate day = asOf == null ? ws.today() : asOf;
            CollectionsService svc = ws.collections();
            List<Action> actions = svc.actions(svc.load(), day, svc.actionSettings()).stream()
                    .filter(a -> owner == null || owner.equals(a.owner()))
                    .filter(a -> all || a.state() == Action.State.OPEN).toList();
            for (Action a : actions) {
                out().println(String.join("\t", a.severity().name(), Formats.date(a.dueDate()), Formats.money(a.money()),
                        a.orderNo(), a.customer(), a.owner() == null ? "" : a.owner(), a.state().name(),
                        text(a) + (a.flagged() ? " [!]" : "")));
            }
            out().println(Messages.get("cli.alerts.count", actions.size()));
            return 0;
        }
    }

    /** The suggested next step, in the user's language. */
    static String text(Action a) {
        Object[] args = a.args().stream().map(AlertsCommand::show).toArray();
        return Messages.get(a.suggestionKey(), args);
    }

    static Object show(Object o) {
        if (o instanceof LocalDate d) {
            return Formats.date(d);
        }
        if (o instanceof java.math.BigDecimal b) {
            return Formats.money(b);
        }
        if (o instanceof YearMonth m) {
            return m.toString();
        }
        return o;
    }
}
