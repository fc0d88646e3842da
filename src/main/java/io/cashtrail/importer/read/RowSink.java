package io.cashtrail.importer.read;

/** Receives the rows of a sheet as they are read; return false to stop early. */
@FunctionalInterface
public interface RowSink {
    boolean accept(SheetRow row);
}
