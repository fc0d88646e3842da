package io.cashtrail.report;

/** What a report column holds, which decides its cell type and format in every writer. */
public enum ColumnKind {
    /** User or label text (String); neutralised against formula injection. */
    TEXT,
    /** An amount (BigDecimal, scale 2): a number cell with the currency format. */
    MONEY,
    /** A date (LocalDate): a real date cell. */
    DATE,
    /** A whole number (Integer/Long), e.g. days overdue. */
    INTEGER
}
