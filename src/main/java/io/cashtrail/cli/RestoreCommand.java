package io.cashtrail.cli;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Maintenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Replaces the database by a backup; the current database is kept aside, not deleted. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore the database from a backup file; the current database is kept aside.")
final class RestoreCommand extends WorkspaceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", descriptionKey = "param.backupFile", description = "A backup written by Cashtrail (backups/cashtrail-*.ctbackup, older ones .zip).")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            err().println(Messages.get("cli.restore.noFile", file));
            return 1;
        }
        if (!Maintenance.isBackup(file)) {
            err().println(Messages.get("cli.restore.notBackup", file));
            return 1;
        }
        Optional<Path> aside = Maintenance.restore(dataDir(), file);
        out().println(Messages.get("cli.restore.done", file,
                aside.map(Path::toString).orElse(Messages.get("common.none"))));
        return 0;
    }
}
