package io.cashtrail.ui.common;

import io.cashtrail.domain.ValidationResult;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * A two-column form (label, field) with a message line under each field, where validation errors
 * (red) and warnings (amber) appear beside what they are about. Field names match the names used
 * by {@link io.cashtrail.domain.Validation}.
 */
public final class Form {
    private final GridPane grid = new GridPane();
    private final Map<String, Label> messages = new LinkedHashMap<>();
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private int row;
    private boolean parseErrors;

    public Form() {
        grid.getStyleClass().add("form");
        grid.setHgap(10);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, inputs);
    }

    public GridPane node() {
        return grid;
    }

    public <N extends Node> N add(String field, String label, N input) {
        Label l = new Label(label);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        input.setId("field-" + field.replace('.', '-'));
        Label msg = new Label();
        msg.getStyleClass().add("field-message");
        msg.setManaged(false);
        msg.setVisible(false);
        msg.setWrapText(true);
        grid.add(l, 0, row);
        grid.add(input, 1, row);
        grid.add(msg, 1, row + 1);
        GridPane.setHgrow(input, Priority.ALWAYS);
        row += 2;
        messages.put(field, msg);
        fields.put(field, input);
        return input;
    }

    public TextField text(String field, String label) {
        TextField f = new TextField();
        f.setPrefColumnCount(24);
        return add(field, label, f);
    }

    public TextArea area(String field, String label) {
        TextArea a = new TextArea();
        a.setPrefRowCount(3);
        a.setWrapText(true);
        return add(field, label, a);
    }

    public DatePicker date(String field, String label) {
        DatePicker d = new DatePicker();
        d.setConverter(isoConverter());
        d.setPromptText("2026-11-27");
        d.setMaxWidth(Double.MAX_VALUE);
        return add(field, label, d);
    }

    public <T> ComboBox<T> combo(String field, String label) {
        ComboBox<T> c = new ComboBox<>();
        c.setMaxWidth(Double.MAX_VALUE);
        return add(field, label, c);
    }

    /** Clears all messages; call before validating again. */
    public void clear() {
        parseErrors = false;
        messages.values().forEach(m -> {
            m.setText("");
            m.getStyleClass().removeAll("error", "warning");
            m.setVisible(false);
            m.setManaged(false);
        });
        fields.values().forEach(f -> f.getStyleClass().remove("invalid"));
    }

    public void error(String field, String text) {
        mark(field, text, "error");
        Node f = fields.get(field);
        if (f != null && !f.getStyleClass().contains("invalid")) {
            f.getStyleClass().add("invalid");
        }
    }

    public void warning(String field, String text) {
        mark(field, text, "warning");
    }

    private void mark(String field, String text, String style) {
        Label m = messages.get(field);
        if (m == null) {
            return;
        }
        m.setText(text);
        m.getStyleClass().add(style);
        m.setVisible(true);
        m.setManaged(true);
    }

    /** Shows the issues of a validation; true when there are no errors (and no parse errors). */
    public boolean show(ValidationResult r) {
        r.errors().forEach(i -> error(i.field(), Messages.get(i.messageKey(), localizeArgs(i.args()))));
        r.warnings().forEach(i -> warning(i.field(), Messages.get(i.messageKey(), localizeArgs(i.args()))));
        return r.isValid() && !parseErrors;
    }

    private static Object[] localizeArgs(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && Messages.has("stage." + s)) {
                out[i] = Messages.get("stage." + s);
            }
        }
        return out;
    }

    public boolean hasParseErrors() {
        return parseErrors;
    }

    /** Reads an amount field; marks the field and returns null when the text is not an amount. */
    public BigDecimal amount(String field, TextField f) {
        try {
            return Formats.parseAmount(f.getText());
        } catch (NumberFormatException e) {
            parseErrors = true;
            error(field, Messages.get("validation.notAmount", f.getText()));
            return null;
        }
    }

    /** Reads an integer field (blank gives null); marks the field when not a whole number. */
    public Integer integer(String field, TextField f) {
        String t = f.getText() == null ? "" : f.getText().strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            parseErrors = true;
            error(field, Messages.get("validation.notNumber", t));
            return null;
        }
    }

    /** Reads a date picker including text typed but not yet committed; marks it when not a date. */
    public LocalDate date(String field, DatePicker d) {
        String typed = d.getEditor().getText();
        try {
            LocalDate v = Formats.parseDate(typed);
            d.setValue(v);
            return v;
        } catch (java.time.format.DateTimeParseException e) {
            parseErrors = true;
            error(field, Messages.get("validation.notDate", typed));
            return null;
        }
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static StringConverter<LocalDate> isoConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return Formats.date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return Formats.parseDate(s);
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        };
    }
}
