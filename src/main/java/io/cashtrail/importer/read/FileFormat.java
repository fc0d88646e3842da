package io.cashtrail.importer.read;

import io.cashtrail.importer.read.ImportRefusedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Recognises what a file is from its bytes, never from its name: an OOXML zip, an OLE2 container
 * (xls, encrypted xlsx, or something else), text (csv/txt), or one of the formats we refuse with a
 * reason the user can act on (Excel 95 and older, xlsb, ods, Excel 2003 XML, other files).
 */
enum FileFormat {
    OOXML, OLE2, TEXT;

    static final int HEAD_BYTES = 64 * 1024;

    /** The first bytes of a file (up to 64 KiB). */
    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    /** Classifies the file; refuses formats that cannot be read. */
    static FileFormat detect(Path file, byte[] head) throws ImportRefusedException {
        FileMagic magic = FileMagic.valueOf(head);
        switch (magic) {
            case OOXML:
                checkZip(file);
                return OOXML;
            case OLE2:
                return OLE2;
            case BIFF2, BIFF3, BIFF4:
                throw new ImportRefusedException(Reason.OLD_EXCEL, magic.name());
            case XML:
                throw xmlRefusal(head);
            case UNKNOWN:
                return TEXT;
            default:
                throw new ImportRefusedException(Reason.NOT_SPREADSHEET, magic.name());
        }
    }

    /** Looks inside a zip for what it holds: OOXML goes on; ODS, xlsb and other zips are refused. */
    private static void checkZip(Path file) throws ImportRefusedException {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            ZipArchiveEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String type;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
                }
                throw new ImportRefusedException(type.contains("opendocument.spreadsheet") ? Reason.ODS
                        : Reason.NOT_SPREADSHEET, type.trim());
            }
            if (zip.getEntry("xl/workbook.bin") != null) {
                throw new ImportRefusedException(Reason.XLSB, "xl/workbook.bin");
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw new ImportRefusedException(looksLikeOoxml(zip) ? Reason.DAMAGED : Reason.NOT_SPREADSHEET,
                        "zip without [Content_Types].xml");
            }
        } catch (ImportRefusedException e) {
            throw e;
        } catch (Throwable t) {
            throw new ImportRefusedException(Reason.DAMAGED, "broken zip: " + t.getMessage(), t);
        }
    }

    /** A zip with Office parts (or none readable at all) is a broken workbook, not some other zip. */
    private static boolean looksLikeOoxml(ZipSecureFile zip) {
        Enumeration<ZipArchiveEntry> entries = zip.getEntries();
        if (!entries.hasMoreElements()) {
            return true;
        }
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith("xl/") || name.startsWith("_rels/") || name.startsWith("docProps/")) {
                return true;
            }
        }
        return false;
    }

    /** XML files: SpreadsheetML 2003 and flat ODS are spreadsheets we cannot read; the rest are not. */
    private static ImportRefusedException xmlRefusal(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 8192), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (text.contains("urn:schemas-microsoft-com:office:spreadsheet") || text.contains("progid=\"excel.sheet\"")) {
            return new ImportRefusedException(Reason.EXCEL_2003_XML, "SpreadsheetML 2003");
        }
        if (text.contains("opendocument.spreadsheet") || text.contains("urn:oasis:names:tc:opendocument")) {
            return new ImportRefusedException(Reason.ODS, "flat OpenDocument");
        }
        return new ImportRefusedException(Reason.NOT_SPREADSHEET, "XML");
    }
}
