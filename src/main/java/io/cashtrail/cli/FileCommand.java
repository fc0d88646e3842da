package io.cashtrail.cli;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ExportException;
import io.cashtrail.service.ExportFormat;
import io.cashtrail.service.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the report and export subcommands share: {@code --out FILE} (its extension picks the
 * format), {@code --gbk}, the data folder of the root command, and the exit codes: 0 written,
 * 1 refused with a one-line reason (target open elsewhere, folder not writable, no Chinese font),
 * 2 usage.
 */
abstract class FileCommand implements Callable<Integer> {
    @ParentCommand
    WorkspaceCommand group;
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write: .xlsx, .csv or .pdf.")
    Path out;

    @Option(names = "--gbk", description = "Write a .csv in GBK instead of UTF-8 with BOM (for older tools).")
    boolean gbk;

    /** The format the file name asks for; a usage error for anything else. */
    ExportFormat format() {
        ExportFormat f = ExportFormat.forFile(out).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), Messages.get("report.cli.format", out.getFileName())));
        return f == ExportFormat.CSV && gbk ? ExportFormat.CSV_GBK : f;
    }

    /** Validates the options before the workspace is opened (usage errors exit 2). */
    void validate() {
        format();
    }

    abstract Path export(Workspace ws, ExportFormat format);

    @Override
    public Integer call() {
        validate();
        ExportFormat f = format();
        try (Workspace ws = Workspace.open(group.dataDir())) {
            Path written = export(ws, f);
            out().println(Messages.get("report.cli.written", written));
            return 0;
        } catch (ExportException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
