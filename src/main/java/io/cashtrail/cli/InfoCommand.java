package io.cashtrail.cli;

import io.cashtrail.service.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Prints where the data is and how much of it there is. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the data folder, database file, schema version and row counts per table.")
final class InfoCommand extends WorkspaceCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(dataDir())) {
            PrintWriter out = out();
            out.println("data_dir=" + ws.dataDir());
            out.println("database_file=" + ws.databaseFile());
            out.println("backups_dir=" + ws.backupFolder());
            out.println("schema_version=" + ws.schemaVersion());
            ws.rowCounts().forEach((table, n) -> out.println("rows." + table + "=" + n));
            return 0;
        }
    }
}
