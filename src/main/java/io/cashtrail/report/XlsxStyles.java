package io.cashtrail.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of an exported workbook, created once per workbook (a style per cell would hit
 * Excel's 64,000-style limit and slow everything down). Money is "¥#,##0.00" with the company's
 * currency symbol; dates are yyyy-mm-dd date cells.
 */
public final class XlsxStyles {
    public final CellStyle title;
    public final CellStyle subtitle;
    public final CellStyle header;
    public final CellStyle text;
    /** Text that could be read as a formula: kept as text with Excel's quote prefix. */
    public final CellStyle quotedText;
    public final CellStyle money;
    public final CellStyle date;
    public final CellStyle integer;
    public final CellStyle totalLabel;
    public final CellStyle totalMoney;
    public final CellStyle totalInteger;

    public XlsxStyles(Workbook wb, String currencySymbol) {
        short moneyFormat = wb.createDataFormat().getFormat(moneyFormat(currencySymbol));
        short dateFormat = wb.createDataFormat().getFormat("yyyy-mm-dd");
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        subtitle = wb.createCellStyle();
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = wb.createCellStyle();
        quotedText = wb.createCellStyle();
        quotedText.setQuotePrefixed(true);
        money = wb.createCellStyle();
        money.setDataFormat(moneyFormat);
        date = wb.createCellStyle();
        date.setDataFormat(dateFormat);
        date.setAlignment(HorizontalAlignment.CENTER);
        integer = wb.createCellStyle();
        integer.setDataFormat(wb.createDataFormat().getFormat("0"));
        totalLabel = wb.createCellStyle();
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.THIN);
        totalMoney = wb.createCellStyle();
        totalMoney.cloneStyleFrom(money);
        totalMoney.setFont(bold);
        totalMoney.setBorderTop(BorderStyle.THIN);
        totalInteger = wb.createCellStyle();
        totalInteger.cloneStyleFrom(integer);
        totalInteger.setFont(bold);
        totalInteger.setBorderTop(BorderStyle.THIN);
    }

    /** "¥"#,##0.00 with the symbol quoted so any symbol is a literal in the format. */
    public static String moneyFormat(String symbol) {
        String s = symbol == null ? "" : symbol.replace("\"", "");
        return s.isEmpty() ? "#,##0.00" : "\"" + s + "\"#,##0.00";
    }
}
