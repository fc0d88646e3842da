package io.cashtrail.report.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template is filled with: {@code values} for {@code ${key}} placeholders anywhere, and one
 * record per repeated row for {@code ${row.key}} placeholders. Values are BigDecimal (numbers),
 * LocalDate / LocalDateTime (date cells), or anything else (text); null leaves the cell empty.
 */
public record TemplateData(Map<String, Object> values, List<Map<String, Object>> rows) {
    public TemplateData {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        List<Map<String, Object>> copy = new ArrayList<>();
        if (rows != null) {
            rows.forEach(r -> copy.add(r == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(r))));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
