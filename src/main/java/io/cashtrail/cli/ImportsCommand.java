package io.cashtrail.cli;

import io.cashtrail.domain.ImportRun;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Lists the import history, newest first. */
@Command(name = "imports", mixinStandardHelpOptions = true, description = "List the imports made, newest first.")
final class ImportsCommand extends WorkspaceCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(dataDir())) {
            List<ImportRun> runs = ws.imports().history();
            if (runs.isEmpty()) {
                out().println(Messages.get("cli.import.history.empty"));
            }
            for (ImportRun r : runs) {
                out().println(Messages.get("cli.import.history.line", r.id(),
                        Formats.date(r.startedAt().toLocalDate()) + " " + r.startedAt().toLocalTime().withNano(0),
                        r.fileName(), Messages.get("import.kind." + r.recordKind()), r.created(), r.updated(),
                        r.unchanged(), r.skipped(), r.rejected(), (r.undone() ? Messages.get("cli.import.history.undone") : "")
                        + (r.profile() != null ? Messages.get("importwiz.cli.historyProfile", r.profile()) : "")));
            }
            return 0;
        }
    }
}
