package io.cashtrail.importer.plan;

import io.cashtrail.domain.ImportChange;
import io.cashtrail.domain.ImportRun;
import io.cashtrail.store.Database;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Writes a plan: a backup first, then every included row that is neither skipped nor a problem in
 * one transaction together with its import history (so a failure or a kill leaves the database as
 * it was), then a checkpoint. Undo puts back the last import from that history.
 */
public final class PlanApplier {
    /** Rows whose writes go to the database together (one JDBC batch per kind of record). */
    static final int CHUNK_ROWS = 2000;

    private PlanApplier() {
    }

    /**
     * Applies the plan's rows that {@code include} accepts (PROBLEM and SKIPPED rows never) and
     * returns the recorded run. A plan can be applied once; plan again after a failure.
     */
    public static ImportRun apply(Database db, ImportPlan plan, String fileName, String sha256,
            Predicate<PlannedRow> include) {
        db.backup("before-import");
        List<PlannedRow> chosen = new ArrayList<>();
        int skipped = 0;
        int rejected = 0;
        for (PlannedRow r : plan.rows()) {
            if (r.status() == RowStatus.PROBLEM) {
                rejected++;
            } else if (r.status() == RowStatus.SKIPPED || !include.test(r)) {
                skipped++;
            } else {
                chosen.add(r);
            }
        }
        int created = (int) chosen.stream().filter(r -> r.status() == RowStatus.NEW).count();
        int updated = (int) chosen.stream().filter(r -> r.status() == RowStatus.UPDATE).count();
        int unchanged = chosen.size() - created - updated;
        int skippedRows = skipped;
        int rejectedRows = rejected;
        long runId;
        try {
            runId = db.jdbi().inTransaction(h -> {
                long id = db.imports().start(fileName, sha256, plan.kind().key(), LocalDateTime.now());
                OpBatch batch = new OpBatch(new ApplyContext(db, id));
                for (PlannedRow r : chosen) {
                    batch.add(r.ops);
                    if (batch.rows() >= CHUNK_ROWS) {
                        batch.flush();
                    }
                }
                batch.flush();
                db.imports().finish(id, LocalDateTime.now(), created, updated, unchanged, skippedRows, rejectedRows);
                return id;
            });
        } catch (RuntimeException e) {
            resetNewRefs(plan);
            throw e;
        }
        db.imports().checkpoint();
        return db.imports().runs().stream().filter(r -> r.id() == runId).findFirst().orElseThrow();
    }

    private static void resetNewRefs(ImportPlan plan) {
        for (PlannedRow r : plan.rows()) {
            for (Op op : r.ops) {
                if (op instanceof Op.CreateCustomer c) {
                    c.self.id = 0;
                } else if (op instanceof Op.CreateContract c) {
                    c.self.id = 0;
                } else if (op instanceof Op.CreateOrder o) {
                    o.self.id = 0;
                } else {
                    KindOps.resetNewRefs(op);
                }
            }
        }
    }

    /**
     * Undoes the newest import not undone yet (so imports are undone newest first): created records are removed and updated
     * fields get their old values back, in one transaction. Records removed since are left alone;
     * a record that got new dependents since (e.g. a payment entered by hand) makes the store
     * refuse, and a field changed again since gives {@link UndoConflictException}; then nothing is
     * undone.
     */
    public static Optional<ImportRun> undoLast(Database db) {
        Optional<ImportRun> last = db.imports().lastActive();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        long runId = last.get().id();
        List<ImportChange> changes = new ArrayList<>(db.imports().changes(runId));
        java.util.Collections.reverse(changes);
        db.jdbi().useTransaction(h -> {
            for (ImportChange c : changes) {
                undo(db, c);
            }
            db.imports().markUndone(runId);
        });
        db.imports().checkpoint();
        return db.imports().runs().stream().filter(r -> r.id() == runId).findFirst();
    }

    /** Refuses to put back a field someone changed again after the import (their change would be lost). */
    private static void unchangedSince(ImportChange c, String now, String record) {
        if (!java.util.Objects.equals(now, c.newValue())) {
            throw new UndoConflictException(c.entity(), record, c.field());
        }
    }

    private static void undo(Database db, ImportChange c) {
        if (c.action() == ImportChange.Action.UPDATED) {
            switch (c.entity()) {
                case "contract" -> db.contracts().find(c.entityId()).ifPresent(k -> {
                    unchangedSince(c, FieldCodec.get(k, c.field()), k.contractNo());
                    db.contracts().update(FieldCodec.set(k, c.field(), c.oldValue()));
                });
                case "order" -> db.orders().find(c.entityId()).ifPresent(o -> {
                    unchangedSince(c, FieldCodec.get(o, c.field()), o.orderNo());
                    db.orders().update(FieldCodec.set(o, c.field(), c.oldValue()));
                });
                default -> KindOps.restore(db, c);
            }
            return;
        }
        switch (c.entity()) {
            case "payment" -> db.payments().find(c.entityId()).ifPresent(p -> db.payments().delete(p.id()));
            case "order" -> db.orders().find(c.entityId()).ifPresent(o -> db.orders().delete(o.id(), false));
            case "contract" -> db.contracts().find(c.entityId()).ifPresent(k -> db.contracts().delete(k.id(), false));
            case "customer" -> db.customers().find(c.entityId()).ifPresent(k -> db.customers().delete(k.id(), false));
            default -> KindOps.remove(db, c);
        }
    }
}
