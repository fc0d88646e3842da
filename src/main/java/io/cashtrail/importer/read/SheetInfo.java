package io.cashtrail.importer.read;

/** A sheet of a workbook (CSV files have one): name, position and whether Excel hides it. */
public record SheetInfo(int index, String name, boolean hidden) {
}
