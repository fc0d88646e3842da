package io.cashtrail.domain;

import java.time.LocalDateTime;

/**
 * One import of a spreadsheet as recorded in the import history: which file (name and SHA-256), the
 * kind of records, when, how many rows were created, updated, unchanged, skipped or rejected, and
 * whether it was undone.
 */
public record ImportRun(long id, String fileName, String sha256, String recordKind, LocalDateTime startedAt,
        LocalDateTime finishedAt, int created, int updated, int unchanged, int skipped, int rejected, boolean undone) {
}
