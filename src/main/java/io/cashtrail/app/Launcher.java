package io.cashtrail.app;

import io.cashtrail.cli.CashtrailCommand;
import io.cashtrail.i18n.LanguagePreference;
import io.cashtrail.i18n.Messages;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The one entry point: {@code java -jar cashtrail.jar [COMMAND | BACKUP-FILE]} (also the packaged
 * launcher's main). Without a command it starts the GUI; with a backup file (what opening a
 * {@code .ctbackup} from the file manager passes) the GUI starts and offers to restore it. Plain
 * main (not a JavaFX Application) so the classpath launch works. Exit codes: 0 ok, 1 refused/failed
 * (one line on stderr, the trace in the log), 2 usage error.
 */
public final class Launcher {
    private static volatile Path logFile = Path.of("logs", "cashtrail.log");
    private static volatile boolean dataDirFixed;

    private Launcher() {
    }

    public static void main(String[] args) {
        // logging starts on a background thread beside the window's start; loggers asked for meanwhile
        // are replayed, which SLF4J would otherwise announce on the console
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        java.util.Optional<String> gui = plainGuiStart(args);
        if (gui.isPresent()) {
            // the window without a command: skip the command-line parser so the window comes sooner
            String option = gui.get().isEmpty() ? null : gui.get();
            System.exit(GuiStarter.start(dataFolder(option), null));
        }
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * For a plain start of the window (no arguments, or only {@code --data-dir FOLDER}): the folder
     * option ("" when none). Empty for anything else, which goes through the command-line parser.
     */
    static java.util.Optional<String> plainGuiStart(String[] args) {
        if (args.length == 0) {
            return java.util.Optional.of("");
        }
        if (args.length == 2 && args[0].equals("--data-dir") && !args[1].isBlank() && !args[1].startsWith("-")) {
            return java.util.Optional.of(args[1]);
        }
        if (args.length == 1 && args[0].startsWith("--data-dir=") && args[0].length() > "--data-dir=".length()) {
            return java.util.Optional.of(args[0].substring("--data-dir=".length()));
        }
        return java.util.Optional.empty();
    }

    /** Runs a command line and returns its exit code (the GUI returns when its window closes). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Messages.use(LanguagePreference.locale(LanguagePreference.root()));
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            LoggerFactory.getLogger(Launcher.class).error("Command failed", e);
            commandLine.getErr().println(io.cashtrail.service.Errors.userMessage(e, logFile));
            return 1;
        });
        return cl.execute(args);
    }

    /** The command line of every command, its help in the language of {@link Messages#locale()}. */
    static CommandLine commandLine() {
        CashtrailCommand root = new CashtrailCommand(Launcher::prepare, GuiStarter::start);
        CommandLine cl = new CommandLine(root);
        cl.addSubcommand(new ClassDataCommand());
        // --help in the user's language (the English is in the commands' annotations)
        cl.setResourceBundle(java.util.ResourceBundle.getBundle("io.cashtrail.cli.help", Messages.locale(),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES)));
        return cl;
    }

    /** Whether the data folder came from --data-dir or CASHTRAIL_HOME (the GUI then offers no other). */
    static boolean dataDirFixed() {
        return dataDirFixed;
    }

    /** Resolves the data folder and points the log there (without logging yet). */
    private static Path dataFolder(String dataDirOption) {
        Path dataDir = AppPaths.resolve(dataDirOption);
        dataDirFixed = AppPaths.isFixed(dataDirOption);
        System.setProperty("cashtrail.logdir", AppPaths.logDir(dataDir).toString());
        logFile = AppPaths.logFile(dataDir);
        return dataDir;
    }

    /** Resolves the data folder and points the log there; called before anything logs. */
    static Path prepare(String dataDirOption) {
        Path dataDir = dataFolder(dataDirOption);
        Logger log = LoggerFactory.getLogger(Launcher.class);
        log.info("Cashtrail starting on data folder {}", dataDir);
        return dataDir;
    }
}
