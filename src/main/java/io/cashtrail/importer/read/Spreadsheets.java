package io.cashtrail.importer.read;

import io.cashtrail.importer.read.ImportRefusedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Recognises a file's format from its content (not its name alone) and opens the right reader. */
public final class Spreadsheets {
    private static final List<String> WORKBOOK_STREAMS = List.of("Workbook", "WORKBOOK", "workbook");
    private static final List<String> OLD_BOOK_STREAMS = List.of("Book", "BOOK", "book");

    private Spreadsheets() {
    }

    /**
     * Opens a file for reading; {@code password} may be null. Refuses (never crashes) with the
     * reason for anything it cannot read. The file is only ever read, never written.
     */
    public static SpreadsheetReader open(Path file, String password) throws ImportRefusedException {
        return open(file, password, Limits.DEFAULT);
    }

    /** As {@link #open(Path, String)} with explicit limits (tests, or a stricter caller). */
    public static SpreadsheetReader open(Path file, String password, Limits limits) throws ImportRefusedException {
        return open(file, password, limits, null);
    }

    /**
     * As {@link #open(Path, String, Limits)}, giving up within a fraction of a second with a
     * {@link ReadCancelledException} once {@code cancelled} (may be null) says so; what was opened
     * is closed.
     */
    public static SpreadsheetReader open(Path file, String password, Limits limits, BooleanSupplier cancelled)
            throws ImportRefusedException {
        Limits.applyPoiGuards();
        if (file == null || !Files.exists(file) || Files.isDirectory(file)) {
            throw new ImportRefusedException(Reason.NOT_FOUND, String.valueOf(file));
        }
        byte[] head;
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportRefusedException(Reason.EMPTY_FILE, file.toString());
            }
            if (size > limits.maxFileBytes()) {
                throw new ImportRefusedException(Reason.TOO_LARGE, size + " bytes");
            }
            head = FileFormat.head(file);
        } catch (AccessDeniedException e) {
            throw new ImportRefusedException(Reason.NOT_FOUND, "cannot be read: " + file, e);
        } catch (IOException e) {
            throw new ImportRefusedException(Reason.NOT_FOUND, e.getMessage(), e);
        }
        try {
            switch (FileFormat.detect(file, head)) {
                case OOXML:
                    return openOoxml(file, limits, cancelled);
                case OLE2:
                    return openOle2(file, password, limits, cancelled);
                default:
                    return CsvReader.open(file, head, limits, cancelled);
            }
        } catch (ImportRefusedException e) {
            throw e;
        } catch (Throwable t) {
            throw ReadGuard.refusal(t);
        }
    }

    private static SpreadsheetReader openOoxml(Path file, Limits limits, BooleanSupplier cancelled)
            throws ImportRefusedException {
        OPCPackage pkg = ReadGuard.bounded(limits.maxTime(), cancelled,
                () -> OPCPackage.open(file.toFile(), PackageAccess.READ));
        return XlsxReader.open(pkg, limits, () -> { }, cancelled);
    }

    /** OLE2: a BIFF8 workbook, an encrypted OOXML package, Excel 5/95, or another Office file. */
    private static SpreadsheetReader openOle2(Path file, String password, Limits limits, BooleanSupplier cancelled)
            throws Exception {
        POIFSFileSystem fs = ReadGuard.bounded(limits.maxTime(), cancelled, () -> new POIFSFileSystem(file.toFile(), true));
        DirectoryNode root = fs.getRoot();
        if (root.hasEntry("EncryptionInfo") && root.hasEntry("EncryptedPackage")) {
            return openEncryptedOoxml(fs, password, limits, cancelled);
        }
        if (WORKBOOK_STREAMS.stream().anyMatch(root::hasEntry)) {
            return XlsReader.open(fs, password, limits, cancelled);
        }
        XlsxReader.closeQuietly(fs);
        if (OLD_BOOK_STREAMS.stream().anyMatch(root::hasEntry)) {
            throw new ImportRefusedException(Reason.OLD_EXCEL, "Excel 5.0/95 workbook");
        }
        throw new ImportRefusedException(Reason.NOT_SPREADSHEET, "OLE2 file without a workbook: " + root.getEntryNames());
    }

    /** Decrypts with the given password or Excel's default one, then reads the package as xlsx. */
    private static SpreadsheetReader openEncryptedOoxml(POIFSFileSystem fs, String password, Limits limits,
            BooleanSupplier cancelled) throws ImportRefusedException {
        OPCPackage pkg;
        try {
            pkg = ReadGuard.bounded(limits.maxTime(), cancelled, () -> {
                EncryptionInfo info = new EncryptionInfo(fs);
                Decryptor decryptor = Decryptor.getInstance(info);
                Set<String> attempts = new LinkedHashSet<>();
                if (password != null) {
                    attempts.add(password);
                }
                attempts.add(Decryptor.DEFAULT_PASSWORD);
                for (String attempt : new ArrayList<>(attempts)) {
                    if (decryptor.verifyPassword(attempt)) {
                        try (InputStream data = decryptor.getDataStream(fs)) {
                            return OPCPackage.open(data);
                        }
                    }
                }
                throw new ImportRefusedException(password == null ? Reason.PASSWORD_REQUIRED : Reason.WRONG_PASSWORD,
                        "encrypted workbook");
            });
        } catch (ImportRefusedException e) {
            XlsxReader.closeQuietly(fs);
            throw e;
        }
        return XlsxReader.open(pkg, limits, () -> XlsxReader.closeQuietly(fs), cancelled);
    }
}
