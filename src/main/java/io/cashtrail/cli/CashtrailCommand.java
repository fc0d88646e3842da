package io.cashtrail.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: no subcommand starts the GUI; {@code --data-dir} applies to every command. */
@Command(name = "cashtrail", mixinStandardHelpOptions = true, version = "Cashtrail 0.1",
        description = "Order-to-cash tracker (回款跟踪). Without a command, opens the application window.",
        subcommands = {DemoCommand.class, InfoCommand.class, BackupCommand.class, RestoreCommand.class,
            AlertsCommand.class, ForecastCommand.class, AgingCommand.class,
            ImportCommand.class, ImportsCommand.class, UndoImportCommand.class, ReportCommand.class,
            ExportCommand.class},
        sortOptions = false)
public final class CashtrailCommand implements Callable<Integer> {
    private final Function<String, Path> prepare;
    private final ToIntFunction<Path> gui;

    @Option(names = "--data-dir", paramLabel = "FOLDER", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Data folder to use instead of the default (also: environment variable CASHTRAIL_HOME).")
    String dataDir;

    private Path resolved;

    /**
     * @param prepare resolves the data folder from the option and sets up logging there
     * @param gui starts the window on a data folder and returns the exit code when it closes
     */
    public CashtrailCommand(Function<String, Path> prepare, ToIntFunction<Path> gui) {
        this.prepare = prepare;
        this.gui = gui;
    }

    /** The data folder for this run, resolved once. */
    Path dataDir() {
        if (resolved == null) {
            resolved = prepare.apply(dataDir);
        }
        return resolved;
    }

    @Override
    public Integer call() {
        return gui.applyAsInt(dataDir());
    }
}
