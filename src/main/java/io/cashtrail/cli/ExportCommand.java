package io.cashtrail.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code export orders}: writes a list as the screen shows it to a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a list to a file (.xlsx, .csv or .pdf): orders.",
        subcommands = {ExportOrdersCommand.class})
final class ExportCommand extends WorkspaceCommand implements Runnable {
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: orders");
    }
}
