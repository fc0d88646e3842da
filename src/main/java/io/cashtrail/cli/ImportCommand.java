package io.cashtrail.cli;

import io.cashtrail.domain.ImportRun;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ImportFile;
import io.cashtrail.service.ImportPreview;
import io.cashtrail.service.ImportRefusal;
import io.cashtrail.service.ImportService;
import io.cashtrail.service.StreamedImport;
import io.cashtrail.service.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports a legacy spreadsheet with the same engine as the wizard and prints the summary. Exit 0
 * when imported (or the dry run is done), 1 when the file is refused or nothing can be imported
 * (the reason on one line on stderr), 2 for usage errors.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a spreadsheet (.xlsx, .xls, .csv): contract/order ledger, payments list, shipment or production export, invoice register or customer list.")
final class ImportCommand extends WorkspaceCommand implements Callable<Integer> {
    private static final int SHOWN_PROBLEMS = 10;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.importFile", description = "The spreadsheet to import.")
    Path file;
    @Option(names = "--sheet", paramLabel = "NAME", description = "Import this sheet (default: the first with a header).")
    String sheet;
    @Option(names = "--all-sheets", description = "Import every visible sheet with the same columns as the first.")
    boolean allSheets;
    @Option(names = "--kind", paramLabel = "KIND", description = "contractLedger, payments, shipments, production, invoices or customers (default: recognised).")
    String kind;
    @Option(names = "--dry-run", description = "Show what would be imported; write nothing.")
    boolean dryRun;
    @Option(names = "--problems", paramLabel = "OUT.xlsx", description = "Save the problem rows to this file.")
    Path problems;
    @Option(names = "--password", paramLabel = "P", description = "Password of a protected workbook.")
    String password;
    @Option(names = "--profile", paramLabel = "NAME",
            description = "Map the columns with this saved profile (default: a saved profile with the same headers, if any).")
    String profile;

    @Override
    public Integer call() {
        if (sheet != null && allSheets) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.import.sheetOrAll"));
        }
        if (kind != null && !ImportService.isKnownKind(kind)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("cli.import.unknownKind", kind, String.join(", ", ImportService.kindNames())));
        }
        try (Workspace ws = Workspace.open(dataDir()); ImportFile f = ws.imports().open(file, password)) {
            return dryRun ? dryRun(ws, f) : importStreaming(ws, f);
        } catch (ImportRefusal e) {
            err().println(e.getLocalizedMessage());
            return 1;
        }
    }

    /** The dry run plans the whole file (the preview the wizard shows) and writes nothing. */
    private int dryRun(Workspace ws, ImportFile f) {
        ImportPreview p = ws.imports().preview(f, sheet, allSheets, kind, profile);
        PrintWriter out = out();
        summary(p.profileName(), p.sheetNames(), p.kindName(), p.sheetsLeftOut(),
                new int[] {p.created(), p.updated(), p.unchanged(), p.skipped(), p.rejected()},
                p.problemLines(SHOWN_PROBLEMS), p.problemCount());
        if (problems != null) {
            int n = ws.imports().writeProblems(p, problems);
            out.println(Messages.get("import.summary.problemsWritten", n, problems));
        }
        if (!p.importable()) {
            err().println(Messages.get("import.plan.nothingToImport"));
            return 1;
        }
        out.println(Messages.get("import.summary.dryRun"));
        return 0;
    }

    /**
     * The import itself streams (plans and writes chunk by chunk, keeping only counts and problem
     * rows), so a sheet of any length imports with a small heap; the summary is the preview's.
     */
    private int importStreaming(Workspace ws, ImportFile f) {
        StreamedImport s = ws.imports().importWhole(f, sheet, allSheets, kind, profile);
        PrintWriter out = out();
        summary(s.profileName(), s.sheetNames(), s.kindName(), s.sheetsLeftOut(),
                new int[] {s.created(), s.updated(), s.unchanged(), s.skipped(), s.rejected()},
                s.problemLines(SHOWN_PROBLEMS), s.problemCount());
        if (problems != null) {
            int n = s.writeProblems(problems);
            out.println(Messages.get("import.summary.problemsWritten", n, problems));
        }
        ImportRun run = s.run();
        if (run == null) {
            err().println(Messages.get("import.plan.nothingToImport"));
            return 1;
        }
        out.println(Messages.get(run.created() + run.updated() == 0 ? "import.summary.nothingNew"
                : "import.summary.done", run.id()));
        return 0;
    }

    private void summary(String profileName, List<String> sheets, String kindName, List<String> leftOut, int[] counts,
            List<String> lines, int problemCount) {
        PrintWriter out = out();
        if (profileName != null) {
            out.println(Messages.get("importwiz.cli.profileApplied", profileName));
        }
        out.println(Messages.get("import.summary.kind", String.join(", ", sheets), kindName));
        if (!leftOut.isEmpty()) {
            out.println(Messages.get("import.summary.leftOut", String.join(", ", leftOut)));
        }
        out.println(Messages.get("import.summary.counts", counts[0], counts[1], counts[2], counts[3], counts[4]));
        lines.forEach(out::println);
        if (problemCount > lines.size()) {
            out.println(Messages.get("import.summary.moreProblems", problemCount - lines.size()));
        }
    }
}
