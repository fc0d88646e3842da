package io.cashtrail.cli;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.DemoData;
import io.cashtrail.service.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Fills an empty database with the demo set. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill the (empty) database with demo data: Chinese customers, ~200 orders in every stage.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    CashtrailCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--seed", defaultValue = "20261127", description = "Random seed (same seed, same data).")
    long seed;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(parent.dataDir())) {
            if (!ws.isEmpty()) {
                spec.commandLine().getErr().println(Messages.get("cli.demo.notEmpty", ws.dataDir()));
                return 1;
            }
            DemoData.Result r = ws.loadDemoData(seed);
            spec.commandLine().getOut().println(Messages.get("cli.demo.done", r.customers(), r.contracts(),
                    r.orders()));
            return 0;
        }
    }
}
