/**
 * Interpretation of legacy spreadsheets, between the readers ({@code importer.read}: cells as the file
 * has them) and the import plan (records with per-row problems). Pure Java, no POI, no store.
 *
 * <p>Flow for one sheet: {@link io.cashtrail.importer.parse.HeaderDetector} finds the header among the
 * first rows (title lines skipped, two-row headers combined); {@link io.cashtrail.importer.parse.ColumnMapper}
 * maps header names to {@link io.cashtrail.importer.parse.ImportField}s through
 * {@link io.cashtrail.importer.parse.Synonyms} (units such as 万元 and repeated groups such as 回款2 included),
 * or a saved {@link io.cashtrail.importer.parse.SheetProfile} does when the headers are known;
 * {@link io.cashtrail.importer.parse.RecordKindGuesser} ranks what the rows describe;
 * {@link io.cashtrail.importer.parse.RowClassifier} tells data rows from blank, subtotal, section,
 * remark and repeated header rows ({@link io.cashtrail.importer.parse.FillDown} fills merged-down blanks);
 * {@link io.cashtrail.importer.parse.ValueParsers} reads each cell as its
 * field needs ({@link io.cashtrail.importer.parse.DateParser} with the column's
 * {@link io.cashtrail.importer.parse.DateColumnResolver day/month order},
 * {@link io.cashtrail.importer.parse.MoneyParser}), giving a {@link io.cashtrail.importer.parse.Parsed}
 * value or a {@link io.cashtrail.importer.parse.ParseProblem} with a message key under
 * {@code import.problem.}. {@link io.cashtrail.importer.parse.SheetAnalyzer} does the first steps in one call.
 */
package io.cashtrail.importer.parse;
