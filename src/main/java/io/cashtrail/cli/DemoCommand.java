package io.cashtrail.cli;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.DemoData;
import io.cashtrail.service.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Fills an empty database with the demo set. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill the (empty) database with demo data: Chinese customers, ~200 orders in every stage.")
final class DemoCommand extends WorkspaceCommand implements Callable<Integer> {
    @Option(names = "--seed", defaultValue = "20261127", description = "Random seed (same seed, same data).")
    long seed;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(dataDir())) {
            if (!ws.isEmpty()) {
                err().println(Messages.get("cli.demo.notEmpty", ws.dataDir()));
                return 1;
            }
            DemoData.Result r = ws.loadDemoData(seed);
            out().println(Messages.get("cli.demo.done", r.customers(), r.contracts(),
                    r.orders()));
            return 0;
        }
    }
}
