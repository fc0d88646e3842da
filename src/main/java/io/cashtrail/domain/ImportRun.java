package io.cashtrail.domain;

import java.time.LocalDateTime;

/**
 * One import of a spreadsheet as recorded in the import history: which file (name and SHA-256), the
 * kind of records, when, how many rows were created, updated, unchanged, skipped or rejected,
 * whether it was undone, and the name of the mapping profile it used (null when none).
 */
public record ImportRun(long id, String fileName, String sha256, String recordKind, LocalDateTime startedAt,
        LocalDateTime finishedAt, int created, int updated, int unchanged, int skipped, int rejected, boolean undone,
        String profile) {

    /** A run as the import log reads it, before the profile it used is known. */
    public ImportRun(long id, String fileName, String sha256, String recordKind, LocalDateTime startedAt,
            LocalDateTime finishedAt, int created, int updated, int unchanged, int skipped, int rejected,
            boolean undone) {
        this(id, fileName, sha256, recordKind, startedAt, finishedAt, created, updated, unchanged, skipped, rejected,
                undone, null);
    }

    public ImportRun withProfile(String name) {
        return new ImportRun(id, fileName, sha256, recordKind, startedAt, finishedAt, created, updated, unchanged,
                skipped, rejected, undone, name);
    }
}
