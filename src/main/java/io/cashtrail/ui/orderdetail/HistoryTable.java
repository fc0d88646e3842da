package io.cashtrail.ui.orderdetail;

import io.cashtrail.domain.ChangeEntry;
import io.cashtrail.domain.Stage;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * The change history of an order and its records, newest first. Stage fields ("actual.shipped") read
 * as "Actual Shipped"; other fields use the label of the same field in the forms when there is one.
 */
final class HistoryTable {
    /** How a record is written when it is created or deleted: "Payment[id=1, amount=10.00, …]". */
    private static final Pattern RECORD = Pattern.compile("^[A-Z]\\w*\\[(.*)\\]$", Pattern.DOTALL);
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Set<String> HIDDEN = Set.of("id", "orderId", "customerId", "contractId", "version");

    private final RowTable<ChangeEntry> table;
    private final VBox root;

    HistoryTable() {
        table = new RowTable<>("order-history-table", List.of(
                new Col<ChangeEntry>(Messages.get("history.when"), Col.Kind.DATETIME, ChangeEntry::changedAt, 8),
                Col.text(Messages.get("history.record"), e -> entityName(e.entity()), 5),
                Col.text(Messages.get("history.field"), HistoryTable::fieldName, 8),
                Col.text(Messages.get("history.old"), e -> value(e, e.oldValue()), 14),
                Col.text(Messages.get("history.new"), e -> value(e, e.newValue()), 20)),
                Messages.get("history.empty"));
        root = new VBox(table.node());
        root.setPadding(new Insets(10));
        VBox.setVgrow(table.node(), javafx.scene.layout.Priority.ALWAYS);
    }

    javafx.scene.control.TableView<?> table() {
        return table.node();
    }

    Node node() {
        return root;
    }

    void show(List<ChangeEntry> entries) {
        table.setAll(entries);
    }

    static String entityName(String entity) {
        return Messages.has("history.entity." + entity) ? Messages.get("history.entity." + entity) : entity;
    }

    /** "actual.shipped" gives "实际 发货"; "(created)" gives "新建"; known fields their form label. */
    static String fieldName(ChangeEntry e) {
        String f = e.field();
        int dot = f.indexOf('.');
        if (dot > 0 && (f.startsWith("planned.") || f.startsWith("actual.")) && isStage(f.substring(dot + 1))) {
            String kind = f.substring(0, dot);
            return Messages.get("stage." + kind) + " " + Messages.get("stage." + f.substring(dot + 1));
        }
        if ("(created)".equals(f) || "(deleted)".equals(f)) {
            return Messages.get("history." + f.substring(1, f.length() - 1));
        }
        String key = ("order".equals(e.entity()) ? "order.field." : e.entity() + ".") + f;
        return Messages.has(key) ? Messages.get(key) : f;
    }

    /** A value in words: a created or deleted record as its filled fields, enums and triggers localized. */
    private static String value(ChangeEntry e, String v) {
        if (v == null) {
            return null;
        }
        Matcher m = RECORD.matcher(v);
        if (!m.matches()) {
            return value(e.entity(), e.field(), v);
        }
        List<String> parts = new ArrayList<>();
        for (String pair : m.group(1).split(", (?=\\w+=)")) {
            int eq = pair.indexOf('=');
            String field = pair.substring(0, eq);
            String val = pair.substring(eq + 1);
            if (!HIDDEN.contains(field) && !"null".equals(val) && Messages.has(e.entity() + "." + field)) {
                parts.add(Messages.get(e.entity() + "." + field) + " " + value(e.entity(), field, val));
            }
        }
        return String.join(Messages.get("history.separator"), parts);
    }

    private static String value(String entity, String field, String v) {
        String key = entity + "." + field + "." + v;
        if (Messages.has(key)) {
            return Messages.get(key);
        }
        if (DECIMAL.matcher(v).matches()) {
            BigDecimal d = new BigDecimal(v);
            return field.toLowerCase(Locale.ROOT).contains("amount") ? Formats.amount(d)
                    : d.stripTrailingZeros().toPlainString();
        }
        return "trigger".equals(field) ? Installments.triggerName(v) : v;
    }

    private static boolean isStage(String key) {
        return Arrays.stream(Stage.values()).anyMatch(s -> s.key().equals(key));
    }
}
