package io.cashtrail.cli;

import io.cashtrail.service.ExportFormat;
import io.cashtrail.service.ExportProgress;
import io.cashtrail.service.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export orders --out FILE [--filter TEXT]}: the orders list with the screen's columns and filter. */
@Command(name = "orders", mixinStandardHelpOptions = true,
        description = "Export the orders list (the orders screen's columns) to a file.")
final class ExportOrdersCommand extends FileCommand {
    @Option(names = "--filter", paramLabel = "TEXT", description = "Only orders matching every word, as the orders screen filters.")
    String filter;

    @Override
    Path export(Workspace ws, ExportFormat format) {
        return ws.reports().exportTable(ws.reports().ordersTable(filter), out, format, ExportProgress.NONE);
    }
}
