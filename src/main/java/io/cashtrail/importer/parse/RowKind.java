package io.cashtrail.importer.parse;

/** What a row of a sheet is, so only data rows become records and the rest are shown as skipped. */
public enum RowKind {
    /** Above the header: titles, "制表日期", units. */
    TITLE,
    /** One of the header rows. */
    HEADER,
    /** A record. */
    DATA,
    BLANK,
    /** The header again further down (a sheet printed in pages or pasted together). */
    REPEATED_HEADER,
    /** 小计/合计/总计/Total: sums of rows above, never imported. */
    SUBTOTAL;

    /** The message key of the kind's display name, e.g. "import.rowKind.repeatedHeader". */
    public String messageKey() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder("import.rowKind.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return b.toString();
    }
}
