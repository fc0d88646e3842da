package io.cashtrail.importer.read;

import java.time.Duration;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Bounds that keep a hostile or absurd file from hanging or exhausting the app: file size, rows and
 * cells per sheet, characters of text held in memory (shared strings), and wall time per open/read.
 * Also applies POI's process-wide zip-bomb guards once.
 */
public record Limits(long maxFileBytes, int maxRowsPerSheet, long maxCellsPerSheet, long maxTextChars,
        int maxColumns, Duration maxTime) {

    /** What the app uses: 200 MB, 2,000,000 rows, 60 s per open and per sheet read. */
    public static final Limits DEFAULT = new Limits(200L * 1024 * 1024, 2_000_000, 60_000_000L, 50_000_000L,
            16_384, Duration.ofSeconds(60));

    static {
        applyPoiGuards();
    }

    public Limits withMaxTime(Duration time) {
        return new Limits(maxFileBytes, maxRowsPerSheet, maxCellsPerSheet, maxTextChars, maxColumns, time);
    }

    public Limits withMaxRows(int rows) {
        return new Limits(maxFileBytes, rows, maxCellsPerSheet, maxTextChars, maxColumns, maxTime);
    }

    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxRowsPerSheet, maxCellsPerSheet, maxTextChars, maxColumns, maxTime);
    }

    /**
     * Zip-bomb protection: an entry may not inflate more than 100x, and no single part may exceed
     * 1 GiB uncompressed (a sheet XML that large already exceeds the row limit). Decrypted packages
     * spill to (encrypted) temp files instead of being held in memory.
     */
    static synchronized void applyPoiGuards() {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(1L << 30);
        ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(16 * 1024 * 1024);
        ZipInputStreamZipEntrySource.setEncryptTempFiles(true);
    }
}
