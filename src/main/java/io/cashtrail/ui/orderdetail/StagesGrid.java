package io.cashtrail.ui.orderdetail;

import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDates;
import io.cashtrail.domain.ValidationResult;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.common.Form;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * The planned and actual date of every stage in one grid, with a status (done, late N days, open) and
 * the validation messages beside the dates. Dates may be picked or typed (2026-11-27, 2026/11/27).
 */
final class StagesGrid {
    private final GridPane grid = new GridPane();
    private final Map<Stage, DatePicker> planned = new EnumMap<>(Stage.class);
    private final Map<Stage, DatePicker> actual = new EnumMap<>(Stage.class);
    private final Map<Stage, Label> status = new EnumMap<>(Stage.class);
    private final Map<Stage, Label> messages = new EnumMap<>(Stage.class);
    private final Supplier<LocalDate> today;
    private Runnable onEdit = () -> { };
    private boolean parseErrors;

    StagesGrid(Supplier<LocalDate> today) {
        this.today = today;
        double em = io.cashtrail.ui.common.FontScale.em();
        grid.setId("order-stages");
        grid.setHgap(0.8 * em);
        grid.setVgap(0.35 * em);
        String[] heads = {"order.stages.stage", "order.stages.planned", "order.stages.actual", "order.stages.status"};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(Messages.get(heads[i]));
            h.getStyleClass().add("order-grid-head");
            h.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(h, i, 0);
        }
        int row = 1;
        for (Stage s : Stage.values()) {
            Label name = new Label(Messages.get("stage." + s.key()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(name, 0, row);
            grid.add(picker(planned, s, "order-planned-", em), 1, row);
            grid.add(picker(actual, s, "order-actual-", em), 2, row);
            Label st = new Label();
            st.setId("order-stage-status-" + s.key());
            st.setMinWidth(7 * em);
            status.put(s, st);
            grid.add(st, 3, row);
            Label msg = new Label();
            msg.setId("order-stage-msg-" + s.key());
            msg.getStyleClass().add("field-message");
            msg.setWrapText(true);
            msg.setPrefWidth(27 * em);
            msg.setMaxWidth(27 * em);
            msg.setMinWidth(0);
            msg.setMinHeight(Region.USE_PREF_SIZE);
            showMessage(msg, false);
            messages.put(s, msg);
            grid.add(msg, 1, row + 1, 3, 1);
            row += 2;
        }
    }

    private DatePicker picker(Map<Stage, DatePicker> into, Stage s, String idPrefix, double em) {
        DatePicker d = new DatePicker();
        d.setId(idPrefix + s.key());
        d.setConverter(Form.isoConverter());
        d.setPrefWidth(9.5 * em);
        d.setMinWidth(9.5 * em);
        d.valueProperty().addListener((o, a, b) -> {
            updateStatus(s);
            onEdit.run();
        });
        into.put(s, d);
        return d;
    }

    GridPane node() {
        return grid;
    }

    /** Runs after the user picked or committed a date (for live checks). */
    void onEdit(Runnable r) {
        this.onEdit = r;
    }

    void set(StageDates dates) {
        Runnable saved = onEdit;
        onEdit = () -> { };
        for (Stage s : Stage.values()) {
            planned.get(s).setValue(dates.planned(s));
            planned.get(s).getEditor().setText(Formats.date(dates.planned(s)));
            actual.get(s).setValue(dates.actual(s));
            actual.get(s).getEditor().setText(Formats.date(dates.actual(s)));
            updateStatus(s);
        }
        onEdit = saved;
    }

    /** The dates as shown, including typed text not yet committed; unparsable dates are marked. */
    StageDates read() {
        parseErrors = false;
        StageDates out = StageDates.NONE;
        for (Stage s : Stage.values()) {
            out = out.withPlanned(s, parse(s, planned.get(s), "stage.planned"));
            out = out.withActual(s, parse(s, actual.get(s), "stage.actual"));
        }
        return out;
    }

    /** The committed dates only (no parsing, no marks): for live checks while the user edits. */
    StageDates values() {
        StageDates out = StageDates.NONE;
        for (Stage s : Stage.values()) {
            out = out.withPlanned(s, planned.get(s).getValue()).withActual(s, actual.get(s).getValue());
        }
        return out;
    }

    boolean hasParseErrors() {
        return parseErrors;
    }

    private LocalDate parse(Stage s, DatePicker d, String which) {
        String typed = d.getEditor().getText();
        try {
            LocalDate v = Formats.parseDate(typed);
            if (!Objects.equals(v, d.getValue())) {
                d.setValue(v);
            }
            return v;
        } catch (DateTimeParseException e) {
            parseErrors = true;
            mark(s, d, which, Messages.get("validation.notDate", typed), "error");
            return null;
        }
    }

    void clear() {
        for (Stage s : Stage.values()) {
            Label m = messages.get(s);
            m.setText("");
            m.getStyleClass().removeAll("error", "warning");
            showMessage(m, false);
            planned.get(s).getStyleClass().removeAll("invalid", "order-warning");
            actual.get(s).getStyleClass().removeAll("invalid", "order-warning");
        }
    }

    /** Shows the stage issues of a validation beside their dates; true when none is an error. */
    boolean show(ValidationResult r) {
        r.errors().forEach(i -> mark(i, "error"));
        r.warnings().forEach(i -> mark(i, "warning"));
        return r.errors().stream().noneMatch(i -> i.field().startsWith("planned.") || i.field().startsWith("actual."));
    }

    private void mark(ValidationResult.Issue issue, String style) {
        String f = issue.field();
        boolean isPlanned = f.startsWith("planned.");
        if (!isPlanned && !f.startsWith("actual.")) {
            return;
        }
        Stage s = Stage.fromKey(f.substring(f.indexOf('.') + 1));
        Object[] args = issue.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String k && Messages.has("stage." + k)) {
                args[i] = Messages.get("stage." + k);
            }
        }
        mark(s, (isPlanned ? planned : actual).get(s), isPlanned ? "stage.planned" : "stage.actual",
                Messages.get(issue.messageKey(), args), style);
    }

    private void mark(Stage s, DatePicker d, String which, String text, String style) {
        Label m = messages.get(s);
        String line = Messages.get("order.stages.issue", Messages.get(which), text);
        m.setText(m.getText().isEmpty() ? line : m.getText() + "\n" + line);
        showMessage(m, true);
        if (!m.getStyleClass().contains("error")) {
            m.getStyleClass().removeAll("warning");
            m.getStyleClass().add(style);
        }
        d.getStyleClass().add("error".equals(style) ? "invalid" : "order-warning");
    }

    private static void showMessage(Label m, boolean show) {
        m.setVisible(show);
        m.setManaged(show);
    }

    private void updateStatus(Stage s) {
        Label l = status.get(s);
        l.getStyleClass().removeAll("late-cell", "ok-cell");
        LocalDate a = actual.get(s).getValue();
        LocalDate p = planned.get(s).getValue();
        LocalDate now = today.get();
        if (a != null) {
            l.setText(Messages.get("order.status.done"));
            l.getStyleClass().add("ok-cell");
        } else if (p != null && p.isBefore(now)) {
            l.setText(Messages.get("order.status.late", ChronoUnit.DAYS.between(p, now)));
            l.getStyleClass().add("late-cell");
        } else {
            l.setText(p == null ? "" : Messages.get("order.status.open"));
        }
    }
}
