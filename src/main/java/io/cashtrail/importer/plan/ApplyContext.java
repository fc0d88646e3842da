package io.cashtrail.importer.plan;

import io.cashtrail.domain.ImportChange;
import io.cashtrail.store.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * What operations need while an import is written: the database and the run they belong to. The
 * import history lines the operations log are kept in order and written in one batch per chunk
 * ({@link #flushLog}), inside the import's transaction.
 */
final class ApplyContext {
    private final Database db;
    private final long runId;
    private final List<ImportChange> changes = new ArrayList<>();

    ApplyContext(Database db, long runId) {
        this.db = db;
        this.runId = runId;
    }

    Database db() {
        return db;
    }

    long runId() {
        return runId;
    }

    void ensure(Ref ref) {
        if (ref.id == 0) {
            ref.creator.run(this);
        }
    }

    void created(String entity, long id) {
        log(entity, id, ImportChange.Action.CREATED, null, null, null);
    }

    void log(String entity, long id, ImportChange.Action action, String field, String old, String now) {
        changes.add(new ImportChange(0, runId, entity, id, action, field, old, now));
    }

    /** Writes the history lines logged so far. */
    void flushLog() {
        db.imports().recordAll(runId, changes);
        changes.clear();
    }
}
