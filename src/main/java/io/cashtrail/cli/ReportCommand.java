package io.cashtrail.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code report aging|forecast}: writes a report file (.xlsx, .csv or .pdf). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a report to a file: aging or forecast (.xlsx, .csv or .pdf).",
        subcommands = {ReportAgingCommand.class, ReportForecastCommand.class})
final class ReportCommand extends WorkspaceCommand implements Runnable {
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: aging or forecast");
    }
}
