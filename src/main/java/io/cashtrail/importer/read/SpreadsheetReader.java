package io.cashtrail.importer.read;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads one spreadsheet file (xlsx/xlsm streaming, xls, csv/txt) without ever modifying it. Open
 * with {@link Spreadsheets#open}. Rows are delivered in order to a {@link RowSink}; reading stops
 * when the sink returns false or {@code cancelled} becomes true (checked at least every 1000 rows).
 */
public interface SpreadsheetReader extends AutoCloseable {
    List<SheetInfo> sheets();

    void read(int sheetIndex, RowSink sink, BooleanSupplier cancelled) throws ImportRefusedException;

    @Override
    void close();
}
