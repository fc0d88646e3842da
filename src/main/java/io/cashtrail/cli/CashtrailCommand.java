package io.cashtrail.cli;

import io.cashtrail.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The root command: no subcommand starts the GUI; {@code --data-dir} applies to every command. A file
 * instead of a command is what the file manager passes when a backup is opened (file association):
 * the GUI starts and offers to restore it.
 */
@Command(name = "cashtrail", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Order-to-cash tracker (回款跟踪). Without a command, opens the application window.",
        subcommands = {DemoCommand.class, InfoCommand.class, BackupCommand.class, RestoreCommand.class,
            AlertsCommand.class, ForecastCommand.class, AgingCommand.class,
            ImportCommand.class, ImportsCommand.class, UndoImportCommand.class, ReportCommand.class,
            ExportCommand.class},
        sortOptions = false)
public final class CashtrailCommand implements Callable<Integer> {
    private final Function<String, Path> prepare;
    private final Gui gui;

    /** Starts the window; returns the exit code when it closes. */
    @FunctionalInterface
    public interface Gui {
        /** @param openFile a backup to offer for restore once the window shows, or null */
        int start(Path dataDir, Path openFile);
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "FOLDER", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Data folder to use instead of the default (also: environment variable CASHTRAIL_HOME).")
    String dataDir;

    @Parameters(arity = "0..1", paramLabel = "BACKUP", descriptionKey = "param.backup",
            description = "A backup file to restore: the window opens and asks first (what opening a .ctbackup file does).")
    Path openFile;

    private Path resolved;

    /**
     * @param prepare resolves the data folder from the option and sets up logging there
     * @param gui starts the window on a data folder and returns the exit code when it closes
     */
    public CashtrailCommand(Function<String, Path> prepare, Gui gui) {
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
        if (openFile != null && !Files.isRegularFile(openFile)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("installer.cli.noFile", openFile));
        }
        return gui.start(dataDir(), openFile == null ? null : openFile.toAbsolutePath().normalize());
    }
}
