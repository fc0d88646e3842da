package io.cashtrail.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Small SAX readers for the xlsx parts other than sheets: workbook.xml (sheet list, date system),
 * styles.xml (number format per cell style) and sharedStrings.xml. They match elements by local
 * name only, so Transitional and Strict OOXML both read. Parsers come from POI's XMLHelper, which
 * disables DTDs, external entities and entity expansion.
 */
final class XlsxParts {
    private XlsxParts() {
    }

    static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException, ParserConfigurationException {
        try (InputStream input = in) {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler); // DefaultHandler: fatal errors throw, nothing is logged
            reader.parse(new InputSource(input));
        }
    }

    private static boolean isTrue(String v) {
        return "1".equals(v) || "true".equalsIgnoreCase(v) || "on".equalsIgnoreCase(v);
    }

    /** A sheet entry of workbook.xml. */
    record SheetEntry(String name, boolean hidden, String relId) {
    }

    /** workbook.xml: the sheets in order and whether dates count from 1904. */
    static final class Workbook extends DefaultHandler {
        final List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if ("workbookPr".equals(local)) {
                date1904 = isTrue(atts.getValue("date1904"));
            } else if ("sheet".equals(local) && sheets.size() < 10_000) {
                String relId = null;
                for (int i = 0; i < atts.getLength(); i++) {
                    if ("id".equals(atts.getLocalName(i)) && atts.getURI(i).endsWith("relationships")) {
                        relId = atts.getValue(i);
                    }
                }
                String state = atts.getValue("state");
                String name = atts.getValue("name");
                sheets.add(new SheetEntry(name == null ? "Sheet" + (sheets.size() + 1) : name,
                        "hidden".equals(state) || "veryHidden".equals(state), relId));
            }
        }
    }

    /** styles.xml: for each cell style (xf in cellXfs) its number format id, plus custom formats. */
    static final class Styles extends DefaultHandler {
        private final Map<Integer, String> formats = new HashMap<>();
        private final List<Integer> xfFormatIds = new ArrayList<>();
        private boolean inCellXfs;
        private Boolean[] dateByStyle;
        private String[] formatByStyle;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            switch (local) {
                case "numFmt" -> {
                    Integer id = parseInt(atts.getValue("numFmtId"));
                    if (id != null && formats.size() < 100_000) {
                        formats.put(id, atts.getValue("formatCode"));
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs && xfFormatIds.size() < 1_000_000) {
                        Integer id = parseInt(atts.getValue("numFmtId"));
                        xfFormatIds.add(id == null ? 0 : id);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if ("cellXfs".equals(local)) {
                inCellXfs = false;
            }
        }

        int formatId(int styleIndex) {
            return styleIndex >= 0 && styleIndex < xfFormatIds.size() ? xfFormatIds.get(styleIndex) : 0;
        }

        String formatString(int formatId) {
            return Cells.formatString(formatId, formats.get(formatId));
        }

        /** The number format of a cell style (cached per style). */
        String format(int styleIndex) {
            if (styleIndex < 0 || styleIndex >= xfFormatIds.size()) {
                return formatString(0);
            }
            cache(styleIndex);
            return formatByStyle[styleIndex];
        }

        /** Whether a cell style shows numbers as dates (decided once per style: the check uses regexes). */
        boolean isDate(int styleIndex) {
            if (styleIndex < 0 || styleIndex >= xfFormatIds.size()) {
                return false;
            }
            cache(styleIndex);
            return dateByStyle[styleIndex];
        }

        private void cache(int styleIndex) {
            if (dateByStyle == null) {
                dateByStyle = new Boolean[xfFormatIds.size()];
                formatByStyle = new String[xfFormatIds.size()];
            }
            if (dateByStyle[styleIndex] == null) {
                int id = formatId(styleIndex);
                formatByStyle[styleIndex] = formatString(id);
                dateByStyle[styleIndex] = Cells.isDateFormat(id, formatByStyle[styleIndex]);
            }
        }
    }

    /** sharedStrings.xml: each string item's text (rich-text runs joined, phonetic runs skipped). */
    static final class SharedStrings extends DefaultHandler {
        final StringTable strings = new StringTable();
        private final StringBuilder text = new StringBuilder();
        private final ReadGuard guard;
        private long total;
        private boolean inItem;
        private boolean inText;
        private int phonetic;

        SharedStrings(ReadGuard guard) {
            this.guard = guard;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            guard.tick();
            switch (local) {
                case "si" -> {
                    inItem = true;
                    text.setLength(0);
                }
                case "t" -> inText = inItem && phonetic == 0;
                case "rPh" -> phonetic++;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "si" -> {
                    inItem = false;
                    strings.add(text);
                }
                case "t" -> inText = false;
                case "rPh" -> phonetic = Math.max(0, phonetic - 1);
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                total += length;
                if (total > guard.limits().maxTextChars()) {
                    throw new ReadGuard.Stop(ImportRefusedException.Reason.TOO_LARGE);
                }
                text.append(ch, start, length);
            }
        }
    }

    static Integer parseInt(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
