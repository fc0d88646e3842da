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
    /** Nothing but values copied from merged blocks above: an empty line inside the block (e.g. a 发货单's item lines). */
    MERGED_ONLY,
    /** The header again further down (a sheet printed in pages or pasted together). */
    REPEATED_HEADER,
    /** 小计/合计/总计/Total: sums of rows above, never imported. */
    SUBTOTAL,
    /** One text alone on its row below the header: a heading (customer, month) over the rows below. */
    SECTION,
    /** A remark line such as "制表人：张三  审核：李四" or "注：以上金额含税". */
    NOTE;

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
