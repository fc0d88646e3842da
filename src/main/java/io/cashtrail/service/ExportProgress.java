package io.cashtrail.service;

/** Progress and cancel of a long export; the UI passes its task's, the command line a quiet one. */
public interface ExportProgress {
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void progress(long done, long total);

    /** Checked often; when true the export stops, removes its temporary file and throws CancellationException. */
    boolean cancelled();
}
