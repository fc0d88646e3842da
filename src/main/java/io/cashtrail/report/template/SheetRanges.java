package io.cashtrail.report.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What refers to rows besides cell formulas — defined names (print area, named ranges), the
 * autofilter and conditional formats — taken before the marked row is repeated and put back under
 * the same rule as formulas, so a print area or filter that ends on the marked row covers all copies.
 */
final class SheetRanges {
    private final List<String> names = new ArrayList<>();
    private final String autoFilter;
    private final List<CellRangeAddress[]> formats = new ArrayList<>();

    private SheetRanges(XSSFWorkbook wb, XSSFSheet sheet) {
        for (XSSFName n : wb.getAllNames()) {
            names.add(n.getRefersToFormula());
        }
        autoFilter = sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : null;
        XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
            formats.add(cf.getConditionalFormattingAt(i).getFormattingRanges());
        }
    }

    static SheetRanges before(XSSFWorkbook wb, XSSFSheet sheet) {
        return new SheetRanges(wb, sheet);
    }

    void restore(XSSFWorkbook wb, XSSFSheet sheet, FormulaRows rows) {
        List<XSSFName> all = wb.getAllNames();
        for (int i = 0; i < all.size() && i < names.size(); i++) {
            String f = names.get(i);
            if (f != null && !f.isBlank()) {
                try {
                    all.get(i).setRefersToFormula(rows.name(f, all.get(i).getSheetIndex()));
                } catch (RuntimeException e) {
                    // a name POI cannot parse (external or macro reference) keeps what it had
                }
            }
        }
        if (autoFilter != null) {
            sheet.getCTWorksheet().getAutoFilter()
                    .setRef(rows.range(CellRangeAddress.valueOf(autoFilter)).formatAsString());
        }
        XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < formats.size() && i < cf.getNumConditionalFormattings(); i++) {
            CellRangeAddress[] was = formats.get(i);
            CellRangeAddress[] now = new CellRangeAddress[was.length];
            for (int j = 0; j < was.length; j++) {
                now[j] = rows.range(was[j]);
            }
            ((XSSFConditionalFormatting) cf.getConditionalFormattingAt(i)).setFormattingRanges(now);
        }
    }
}
