package io.cashtrail.importer.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposes a {@link ColumnMapping} from header names through {@link Synonyms}. When two columns claim
 * the same field (in the same group), the surer one keeps it (the left one on a tie) and the other is
 * left unmapped for the user to decide. A sheet-wide unit ("单位：万元" above the header) applies to
 * amount columns that do not name their own unit.
 */
public final class ColumnMapper {
    private ColumnMapper() {
    }

    public static ColumnMapping map(List<String> headers) {
        return map(headers, BigDecimal.ONE);
    }

    /** What two columns must not share; any number of columns may be {@link ImportField#DERIVED}. */
    private static String slot(ColumnMatch c) {
        return c.field() == ImportField.DERIVED ? "derived@" + c.column() : c.field() + "#" + c.group();
    }

    public static ColumnMapping map(List<String> headers, BigDecimal sheetUnitFactor) {
        List<ColumnMatch> proposed = new ArrayList<>(headers.size());
        Map<String, Integer> winner = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            HeaderName name = HeaderName.of(headers.get(i));
            Synonyms.Match m = Synonyms.match(name.key());
            BigDecimal unit = name.unitFactor();
            if (m != null && m.field().valueKind() == ImportField.ValueKind.MONEY && unit.compareTo(BigDecimal.ONE) == 0
                    && !mentionsUnit(headers.get(i))) {
                unit = sheetUnitFactor;
            }
            ColumnMatch c = new ColumnMatch(i, headers.get(i) == null ? "" : TextNormalizer.clean(headers.get(i)),
                    m == null ? null : m.field(), m == null ? 0 : name.group(), unit, m == null ? 0 : m.confidence());
            proposed.add(c);
            if (c.isMapped()) {
                String slot = slot(c);
                Integer before = winner.get(slot);
                if (before == null || proposed.get(before).confidence() < c.confidence()) {
                    winner.put(slot, i);
                }
            }
        }
        List<ColumnMatch> result = new ArrayList<>(proposed.size());
        for (ColumnMatch c : proposed) {
            boolean keeps = !c.isMapped() || winner.get(slot(c)) == c.column();
            result.add(keeps ? c : new ColumnMatch(c.column(), c.header(), null, 0, c.unitFactor(), 0));
        }
        return new ColumnMapping(result);
    }

    private static boolean mentionsUnit(String header) {
        return header != null && header.contains("元");
    }
}
