package io.cashtrail.cli;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Writes a backup into the data folder's backups/ (the newest ten are kept). */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a compressed backup of the database into the data folder's backups/ folder.")
final class BackupCommand extends WorkspaceCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(dataDir())) {
            out().println(Messages.get("cli.backup.done", ws.backup("manual")));
            return 0;
        }
    }
}
