package io.cashtrail.cli;

import io.cashtrail.domain.ImportRun;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ImportRefusal;
import io.cashtrail.service.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Undoes the last import (created records removed, changed fields restored). */
@Command(name = "undo-import", mixinStandardHelpOptions = true,
        description = "Undo the last import: remove what it created and restore what it changed.")
final class UndoImportCommand extends WorkspaceCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", descriptionKey = "param.importId", description = "The import's number (only the last one).")
    Long id;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(dataDir())) {
            ImportRun run = ws.imports().undo(id);
            out().println(Messages.get("import.summary.undone", run.id(), run.fileName()));
            return 0;
        } catch (ImportRefusal e) {
            err().println(e.getLocalizedMessage());
            return 1;
        }
    }
}
