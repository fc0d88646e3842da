package io.cashtrail.report;

import java.util.concurrent.CancellationException;

/** Rows written so far and the cancel flag of a long export; the writers check it every few hundred rows. */
public interface WriteProgress {
    WriteProgress NONE = new WriteProgress() {
        @Override
        public void rows(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void rows(long done, long total);

    boolean cancelled();

    /** Reports progress and throws {@link CancellationException} when cancelled. */
    default void step(long done, long total) {
        if (cancelled()) {
            throw new CancellationException("export cancelled");
        }
        rows(done, total);
    }
}
