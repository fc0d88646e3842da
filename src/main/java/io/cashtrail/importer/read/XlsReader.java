package io.cashtrail.importer.read;

import io.cashtrail.importer.read.ImportRefusedException.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reader for Excel 97-2003 (.xls, BIFF8) through HSSF from a read-only POIFS container: cached
 * formula results only, the workbook's 1904 flag, merged blocks, hidden rows and sheets; RC4 /
 * XOR encrypted files with the given password or Excel's default one.
 */
final class XlsReader implements SpreadsheetReader {
    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final Limits limits;
    private final boolean date1904;
    private final List<SheetInfo> sheets = new ArrayList<>();

    private XlsReader(POIFSFileSystem fs, HSSFWorkbook workbook, Limits limits) {
        this.fs = fs;
        this.workbook = workbook;
        this.limits = limits;
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheets.add(new SheetInfo(i, workbook.getSheetName(i),
                    workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)));
        }
    }

    /** Builds the workbook (bounded in time); closes {@code fs} when refusing. */
    static XlsReader open(POIFSFileSystem fs, String password, Limits limits) throws ImportRefusedException {
        return open(fs, password, limits, null);
    }

    /** As {@link #open(POIFSFileSystem, String, Limits)}, given up when {@code cancelled} says so. */
    static XlsReader open(POIFSFileSystem fs, String password, Limits limits, BooleanSupplier cancelled)
            throws ImportRefusedException {
        try {
            return ReadGuard.bounded(limits.maxTime(), cancelled, () -> new XlsReader(fs, build(fs, password), limits));
        } catch (ImportRefusedException e) {
            XlsxReader.closeQuietly(fs);
            throw e;
        }
    }

    private static HSSFWorkbook build(POIFSFileSystem fs, String password) throws Exception {
        EncryptedDocumentException encrypted = null;
        List<String> attempts = new ArrayList<>();
        attempts.add(password);
        if (password != null) {
            attempts.add(null); // Excel's default password (VelvetSweatshop), which HSSF tries when none is set
        }
        for (String attempt : attempts) {
            Biff8EncryptionKey.setCurrentUserPassword(attempt);
            try {
                return new HSSFWorkbook(fs.getRoot(), true);
            } catch (OldExcelFormatException e) {
                throw new ImportRefusedException(Reason.OLD_EXCEL, e.getMessage(), e);
            } catch (EncryptedDocumentException e) {
                encrypted = e;
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        throw new ImportRefusedException(password == null ? Reason.PASSWORD_REQUIRED : Reason.WRONG_PASSWORD,
                encrypted.getMessage(), encrypted);
    }

    @Override
    public List<SheetInfo> sheets() {
        return Collections.unmodifiableList(sheets);
    }

    @Override
    public void read(int sheetIndex, RowSink sink, BooleanSupplier cancelled) throws ImportRefusedException {
        if (sheetIndex < 0 || sheetIndex >= sheets.size()) {
            throw new IndexOutOfBoundsException("no sheet " + sheetIndex);
        }
        ReadGuard guard = new ReadGuard(limits, cancelled);
        ReadGuard.run(() -> {
            HSSFSheet sheet = workbook.getSheetAt(sheetIndex);
            List<MergedCells.Block> blocks = new ArrayList<>();
            for (CellRangeAddress r : sheet.getMergedRegions()) {
                blocks.add(new MergedCells.Block(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn()));
            }
            RowEmitter emitter = new RowEmitter(guard, sink, new MergedCells(blocks, limits.maxColumns()));
            for (Row row : sheet) {
                List<CellValue> cells = new ArrayList<>();
                for (Cell cell : row) {
                    guard.tick();
                    int col = cell.getColumnIndex();
                    CellValue value = value(cell);
                    if (col < 0 || col >= limits.maxColumns() || value.kind() == CellValue.Kind.EMPTY) {
                        continue;
                    }
                    while (cells.size() <= col) {
                        cells.add(CellValue.EMPTY);
                    }
                    cells.set(col, value);
                }
                emitter.row(row.getRowNum(), row.getZeroHeight(), cells);
            }
            emitter.finish();
        });
    }

    private CellValue value(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return CellValue.error("#NUM!");
                }
                CellStyle style = cell.getCellStyle();
                int id = style == null ? 0 : style.getDataFormat() & 0xFFFF;
                String format;
                try {
                    format = style == null ? null : style.getDataFormatString();
                } catch (RuntimeException e) {
                    format = null;
                }
                return Cells.numeric(BigDecimal.valueOf(d), id, Cells.formatString(id, format), date1904);
            }
            case STRING -> {
                return Cells.text(cell.getRichStringCellValue().getString());
            }
            case BOOLEAN -> {
                return CellValue.bool(cell.getBooleanCellValue());
            }
            case ERROR -> {
                byte code = cell.getErrorCellValue();
                try {
                    return CellValue.error(FormulaError.forInt(code).getString());
                } catch (IllegalArgumentException e) {
                    return CellValue.error("#ERR" + code);
                }
            }
            default -> {
                return CellValue.EMPTY;
            }
        }
    }

    @Override
    public void close() {
        XlsxReader.closeQuietly(workbook);
        XlsxReader.closeQuietly(fs);
    }
}
