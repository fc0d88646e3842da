package io.cashtrail.importer.parse;

import io.cashtrail.importer.read.CellValue;
import java.util.regex.Matcher;

/**
 * Decides, for one date column, whether year-last text dates are day/month (28/12/2016) or
 * month/day (12/28/2016), from the values that can only be read one way. A column whose year-last
 * values are all ambiguous (05/06/2016), or that has evidence both ways, is reported so the user is
 * asked instead of the importer guessing.
 */
public final class DateColumnResolver {
    /** What the column's values say. */
    public enum Outcome {
        /** No year-last values at all (ISO, Chinese, serials): no order needed. */
        NOT_NEEDED,
        /** Unambiguous values point one way only. */
        RESOLVED,
        /** Only ambiguous year-last values: ask the user. */
        AMBIGUOUS,
        /** Values point both ways: ask the user ({@code order} holds the majority as a suggestion). */
        CONFLICT
    }

    /** The decision with its evidence: how many values were only DMY, only MDY, or either. */
    public record Resolution(Outcome outcome, DateOrder order, int dmyOnly, int mdyOnly, int ambiguous) {
        /** True when the user should choose the order. */
        public boolean needsUser() {
            return outcome == Outcome.AMBIGUOUS || outcome == Outcome.CONFLICT;
        }
    }

    private DateColumnResolver() {
    }

    public static Resolution resolve(Iterable<CellValue> column) {
        Tally t = new Tally();
        for (CellValue cell : column) {
            t.add(cell);
        }
        return t.resolution();
    }

    /** The evidence of one column counted value by value, for values streaming past. */
    public static final class Tally {
        private int dmy;
        private int mdy;
        private int either;

        /** True when the cell is evidence at all (a year-last text date): other cells are skipped by {@link #add}. */
        public static boolean counts(CellValue cell) {
            return cell != null && cell.kind() == CellValue.Kind.TEXT && yearLastParts(cell.text()) != null;
        }

        public void add(CellValue cell) {
            if (cell == null || cell.kind() != CellValue.Kind.TEXT) {
                return;
            }
            int[] parts = yearLastParts(cell.text());
            if (parts == null) {
                return;
            }
            boolean asDmy = parts[0] <= 31 && parts[1] <= 12;
            boolean asMdy = parts[0] <= 12 && parts[1] <= 31;
            if (asDmy && asMdy) {
                if (parts[0] != parts[1]) {
                    either++;
                }
            } else if (asDmy) {
                dmy++;
            } else if (asMdy) {
                mdy++;
            }
        }

        public Resolution resolution() {
            if (dmy > 0 && mdy > 0) {
                return new Resolution(Outcome.CONFLICT, dmy >= mdy ? DateOrder.DMY : DateOrder.MDY, dmy, mdy, either);
            }
            if (dmy > 0 || mdy > 0) {
                return new Resolution(Outcome.RESOLVED, dmy > 0 ? DateOrder.DMY : DateOrder.MDY, dmy, mdy, either);
            }
            return new Resolution(either > 0 ? Outcome.AMBIGUOUS : Outcome.NOT_NEEDED, null, 0, 0, either);
        }
    }

    /** The first two numbers of a year-last date such as 28/12/2016 (time ignored), else null. */
    static int[] yearLastParts(String text) {
        String s = TextNormalizer.clean(text);
        int space = s.indexOf(' ');
        if (space > 0) {
            s = s.substring(0, space);
        }
        Matcher m = DateParser.SEPARATED.matcher(s);
        if (!m.matches() || DateParser.yearFirst(m.group(1), m.group(2), m.group(4)) || m.group(1).length() > 2
                || (m.group(4).length() != 2 && m.group(4).length() != 4)) {
            return null;
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))};
    }
}
