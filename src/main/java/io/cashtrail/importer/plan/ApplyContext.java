package io.cashtrail.importer.plan;

import io.cashtrail.domain.ImportChange;
import io.cashtrail.store.Database;

/** What operations need while an import is written: the database and the run they belong to. */
record ApplyContext(Database db, long runId) {

    void ensure(Ref ref) {
        if (ref.id == 0) {
            ref.creator.run(this);
        }
    }

    void created(String entity, long id) {
        log(entity, id, ImportChange.Action.CREATED, null, null, null);
    }

    void log(String entity, long id, ImportChange.Action action, String field, String old, String now) {
        db.imports().record(runId, entity, id, action, field, old, now);
    }
}
