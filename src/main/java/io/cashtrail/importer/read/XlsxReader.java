package io.cashtrail.importer.read;

import io.cashtrail.importer.read.ImportRefusedException.Reason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * Streaming reader for xlsx/xlsm (Transitional and Strict): finds the parts through the package
 * relationships, reads shared strings and styles once, then streams each sheet with SAX (a cheap
 * byte pass first collects merged blocks). The package is opened read-only and reverted on close,
 * so the source file is never written.
 */
final class XlsxReader implements SpreadsheetReader {
    private final OPCPackage pkg;
    private final Limits limits;
    private final Runnable onClose;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private final List<PackagePart> sheetParts = new ArrayList<>();
    private final PackagePart sharedStringsPart;
    private final XlsxParts.Styles styles = new XlsxParts.Styles();
    private final boolean date1904;
    private final boolean strict;
    private List<String> sharedStrings;
    private final java.util.Map<Integer, List<int[]>> mergeCache = new java.util.HashMap<>();

    private XlsxReader(OPCPackage pkg, Limits limits, Runnable onClose) throws Exception {
        this.pkg = pkg;
        this.limits = limits;
        this.onClose = onClose;
        this.strict = isStrict(pkg);
        PackagePart workbook = workbookPart(pkg);
        String type = workbook.getContentType();
        if (type.contains("binary")) {
            throw new ImportRefusedException(Reason.XLSB, type);
        }
        if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            throw new ImportRefusedException(Reason.NOT_SPREADSHEET, type);
        }
        PackageRelationshipCollection rels = workbook.getRelationships();
        sharedStringsPart = related(workbook, rels, "/sharedStrings");
        PackagePart stylesPart = related(workbook, rels, "/styles");
        if (stylesPart != null) {
            XlsxParts.parse(stylesPart.getInputStream(), styles);
        }
        XlsxParts.Workbook book = new XlsxParts.Workbook();
        XlsxParts.parse(workbook.getInputStream(), book);
        date1904 = book.date1904;
        for (XlsxParts.SheetEntry entry : book.sheets) {
            PackageRelationship rel = entry.relId() == null ? null : rels.getRelationshipByID(entry.relId());
            PackagePart part = rel == null ? null : target(workbook, rel);
            boolean worksheet = rel != null && rel.getRelationshipType().endsWith("/worksheet");
            sheets.add(new SheetInfo(sheets.size(), entry.name(), entry.hidden()));
            sheetParts.add(worksheet ? part : null);
        }
        if (sheets.isEmpty()) {
            throw new ImportRefusedException(Reason.DAMAGED, "the workbook lists no sheets");
        }
    }

    /** Reads the package's workbook structure; refuses (closing the package) if it is not a readable workbook. */
    static XlsxReader open(OPCPackage pkg, Limits limits, Runnable onClose) throws ImportRefusedException {
        return open(pkg, limits, onClose, null);
    }

    /** As {@link #open(OPCPackage, Limits, Runnable)}, given up when {@code cancelled} says so. */
    static XlsxReader open(OPCPackage pkg, Limits limits, Runnable onClose, BooleanSupplier cancelled)
            throws ImportRefusedException {
        try {
            return ReadGuard.bounded(limits.maxTime(), cancelled, () -> new XlsxReader(pkg, limits, onClose));
        } catch (ImportRefusedException e) {
            boolean strict = isStrict(pkg);
            pkg.revert();
            onClose.run();
            throw strict ? asStrict(e) : e;
        }
    }

    private static boolean isStrict(OPCPackage pkg) {
        try {
            return !pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A Strict OOXML workbook we fail to understand is refused as such: saving it as .xlsx helps. */
    private static ImportRefusedException asStrict(ImportRefusedException e) {
        return e.reason() == Reason.DAMAGED ? new ImportRefusedException(Reason.STRICT_OOXML, e.getMessage(), e) : e;
    }

    private static PackagePart workbookPart(OPCPackage pkg) throws ImportRefusedException {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.isEmpty()) {
            core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart part = core.isEmpty() ? null : pkg.getPart(core.getRelationship(0));
        if (part == null) {
            throw new ImportRefusedException(Reason.DAMAGED, "no workbook part in the package");
        }
        return part;
    }

    private static PackagePart related(PackagePart from, PackageRelationshipCollection rels, String typeSuffix)
            throws Exception {
        for (PackageRelationship rel : rels) {
            if (rel.getRelationshipType().endsWith(typeSuffix)) {
                return target(from, rel);
            }
        }
        return null;
    }

    private static PackagePart target(PackagePart from, PackageRelationship rel) throws Exception {
        if (rel.getTargetMode() == TargetMode.EXTERNAL) {
            return null;
        }
        return from.getPackage().getPart(PackagingURIHelper.createPartName(
                PackagingURIHelper.resolvePartUri(from.getPartName().getURI(), rel.getTargetURI())));
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
        PackagePart part = sheetParts.get(sheetIndex);
        if (part == null) {
            return; // a chart sheet or a sheet without data
        }
        ReadGuard guard = new ReadGuard(limits, cancelled);
        try {
            ReadGuard.run(() -> {
                List<String> strings = sharedStrings(guard);
                MergedCells merges = new MergedCells(mergedBlocks(sheetIndex, part, guard), limits.maxColumns());
                RowEmitter emitter = new RowEmitter(guard, sink, merges);
                XlsxParts.parse(part.getInputStream(), new XlsxSheetHandler(guard, emitter, strings, styles, date1904));
                emitter.finish();
            });
        } catch (ImportRefusedException e) {
            throw strict ? asStrict(e) : e;
        }
    }

    /**
     * The sheet's merged blocks, fresh for each read: the byte scan for them inflates the whole
     * sheet part, so it runs once per sheet (an import reads a sheet twice: analysis, then import).
     */
    private List<MergedCells.Block> mergedBlocks(int sheetIndex, PackagePart part, ReadGuard guard) throws Exception {
        List<int[]> known = mergeCache.get(sheetIndex);
        if (known == null) {
            known = new ArrayList<>();
            for (MergedCells.Block b : MergeScan.scan(part.getInputStream(), guard)) {
                known.add(new int[] {b.firstRow, b.lastRow, b.firstCol, b.lastCol});
            }
            mergeCache.put(sheetIndex, known);
        }
        List<MergedCells.Block> blocks = new ArrayList<>(known.size());
        for (int[] b : known) {
            blocks.add(new MergedCells.Block(b[0], b[1], b[2], b[3]));
        }
        return blocks;
    }

    private List<String> sharedStrings(ReadGuard guard) throws Exception {
        if (sharedStrings == null) {
            if (sharedStringsPart == null) {
                sharedStrings = List.of();
            } else {
                XlsxParts.SharedStrings handler = new XlsxParts.SharedStrings(guard);
                XlsxParts.parse(sharedStringsPart.getInputStream(), handler);
                handler.strings.trim();
                sharedStrings = handler.strings;
            }
        }
        return sharedStrings;
    }

    @Override
    public void close() {
        try {
            pkg.revert();
        } finally {
            onClose.run();
        }
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (Exception | Error ignored) {
            // nothing useful to do: the file was only read
        }
    }

}
