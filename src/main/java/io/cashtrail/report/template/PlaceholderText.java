package io.cashtrail.report.template;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds and replaces {@code ${key}} / {@code ${row.key}} placeholders in a cell's text. */
final class PlaceholderText {
    static final String ROW_PREFIX = "row.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{\\s*([A-Za-z0-9_][A-Za-z0-9_.]*)\\s*}");
    private static final Pattern WHOLE = Pattern.compile("\\s*\\$\\{\\s*([A-Za-z0-9_][A-Za-z0-9_.]*)\\s*}\\s*");

    private PlaceholderText() {
    }

    /** The keys named in {@code text}, in order ("company", "row.total"). */
    static Set<String> keys(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || !text.contains("${")) {
            return out;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static boolean isRowKey(String key) {
        return key.startsWith(ROW_PREFIX);
    }

    /** The key when the whole text (apart from spaces) is one placeholder, else null. */
    static String wholeKey(String text) {
        Matcher m = WHOLE.matcher(text);
        return m.matches() ? m.group(1) : null;
    }

    /** {@code text} with every placeholder replaced by the display form of its value. */
    static String substitute(String text, Map<String, Object> values, Function<Object, String> display) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(display.apply(values.get(m.group(1)))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
