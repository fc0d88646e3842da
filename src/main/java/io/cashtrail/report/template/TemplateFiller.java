package io.cashtrail.report.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a user's own .xlsx layout: {@code ${key}} placeholders anywhere in cell text, and on each
 * sheet one marked row (the first holding {@code ${row.key}} placeholders) repeated once per record,
 * with everything below it moved down and totals formulas stretched over the filled rows. Every
 * placeholder is checked before anything is written, so a wrong template fails with one message
 * naming all the unknown keys.
 */
public final class TemplateFiller {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateFiller.class);

    private TemplateFiller() {
    }

    /** Fills {@code template} with {@code data} and writes the workbook to {@code out} (left open). */
    public static void fill(Path template, TemplateData data, OutputStream out) {
        try (XSSFWorkbook wb = open(template)) {
            Map<Integer, Integer> marked = check(wb, data);
            CellWriter writer = new CellWriter(wb);
            int records = data.rows().size();
            for (Map.Entry<Integer, Integer> e : marked.entrySet()) {
                RowRepeater.repeat(wb, e.getKey(), e.getValue(), records - 1);
            }
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Integer m = marked.get(s);
                for (Row row : wb.getSheetAt(s)) {
                    int record = m == null ? -1 : row.getRowNum() - m;
                    boolean repeated = m != null && record >= 0 && record < Math.max(records, 1);
                    Map<String, Object> values = repeated && records > 0 ? rowValues(data, record) : data.values();
                    for (Cell c : row) {
                        if (repeated && records == 0 && hasRowKey(c)) {
                            writer.blank(c);
                        } else {
                            writer.fill(c, values);
                        }
                    }
                }
            }
            evaluate(wb);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFWorkbook open(Path template) {
        String name = template.getFileName() == null ? template.toString() : template.getFileName().toString();
        if (!Files.isRegularFile(template)) {
            throw new TemplateException("export.template.missing", template);
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(template))) {
            if (FileMagic.valueOf(in) != FileMagic.OOXML) {
                throw new TemplateException("export.template.notXlsx", name);
            }
            return new XSSFWorkbook(in);
        } catch (TemplateException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new TemplateException(e, "export.template.notXlsx", name);
        }
    }

    /** Checks every placeholder; returns the marked row per sheet index. */
    private static Map<Integer, Integer> check(XSSFWorkbook wb, TemplateData data) {
        Set<String> rowKeys = new LinkedHashSet<>();
        data.rows().forEach(r -> rowKeys.addAll(r.keySet()));
        Set<String> unknown = new LinkedHashSet<>();
        Map<Integer, Integer> marked = new LinkedHashMap<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            Sheet sheet = wb.getSheetAt(s);
            for (Row row : sheet) {
                for (Cell c : row) {
                    for (String key : keys(c)) {
                        if (!PlaceholderText.isRowKey(key)) {
                            if (!data.values().containsKey(key)) {
                                unknown.add("${" + key + "}");
                            }
                            continue;
                        }
                        Integer m = marked.putIfAbsent(s, row.getRowNum());
                        if (m != null && m != row.getRowNum()) {
                            throw new TemplateException("export.template.rowTwice", sheet.getSheetName(), m + 1,
                                    row.getRowNum() + 1);
                        }
                        String sub = key.substring(PlaceholderText.ROW_PREFIX.length());
                        if (!data.rows().isEmpty() && !rowKeys.contains(sub)) {
                            unknown.add("${" + key + "}");
                        }
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            Set<String> known = new TreeSet<>(data.values().keySet());
            rowKeys.forEach(k -> known.add(PlaceholderText.ROW_PREFIX + k));
            throw new TemplateException("export.template.unknown", String.join(", ", unknown),
                    String.join(", ", known));
        }
        return marked;
    }

    private static Set<String> keys(Cell c) {
        return c.getCellType() == CellType.STRING ? PlaceholderText.keys(c.getStringCellValue()) : Set.of();
    }

    private static boolean hasRowKey(Cell c) {
        return keys(c).stream().anyMatch(PlaceholderText::isRowKey);
    }

    private static Map<String, Object> rowValues(TemplateData data, int record) {
        Map<String, Object> v = new HashMap<>(data.values());
        data.rows().get(record).forEach((k, x) -> v.put(PlaceholderText.ROW_PREFIX + k, x));
        return v;
    }

    /** Stores the formulas' results so every reader shows the figures; Excel recalculates if this fails. */
    private static void evaluate(XSSFWorkbook wb) {
        try {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        } catch (RuntimeException e) {
            LOG.warn("Template formulas not evaluated; Excel will recalculate on open", e);
            wb.setForceFormulaRecalculation(true);
        }
    }
}
