package io.cashtrail.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the root command (for the data folder) and its output streams. */
abstract class WorkspaceCommand {
    @ParentCommand
    CashtrailCommand parent;
    @Spec
    CommandSpec spec;

    Path dataDir() {
        return parent.dataDir();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
