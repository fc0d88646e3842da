package io.cashtrail.ui.dashboard;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Action;
import io.cashtrail.ui.receivables.DateConverter;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The two small dialogs of the Today list: snooze until a date, done with a note. */
final class ActionDialogs {
    static final int DEFAULT_SNOOZE_DAYS = 3;

    private ActionDialogs() {
    }

    /** Asks until when to hide the action (default today + 3 days; must be after today). */
    static Optional<LocalDate> snooze(Window owner, Action a, LocalDate today) {
        Dialog<LocalDate> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("today.snooze.title"));
        DatePicker date = DateConverter.apply(new DatePicker(today.plusDays(DEFAULT_SNOOZE_DAYS)));
        date.setId("today-snooze-date");
        Label header = wrap(Messages.get("today.snooze.header", a.orderNo() + " · " + ActionTexts.rule(a)));
        Label error = new Label(Messages.get("today.snooze.pastDate"));
        error.getStyleClass().addAll("field-message", "error");
        error.setVisible(false);
        d.getDialogPane().setContent(new VBox(8, header, date, error));
        d.getDialogPane().getButtonTypes().addAll(ok(), cancel());
        javafx.scene.Node okButton = d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0));
        okButton.setId("today-snooze-ok");
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            LocalDate v = date.getValue();
            if (v == null || !v.isAfter(today)) {
                error.setVisible(true);
                e.consume();
            }
        });
        d.setResultConverter(b -> isOk(b) ? date.getValue() : null);
        return d.showAndWait();
    }

    /** Asks what was done; the note goes to the order's history. */
    static Optional<String> done(Window owner, Action a) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("today.done.title"));
        TextArea note = new TextArea();
        note.setId("today-done-note");
        note.setPromptText(Messages.get("today.done.prompt"));
        note.setPrefRowCount(4);
        note.setPrefColumnCount(32);
        note.setWrapText(true);
        Label header = wrap(Messages.get("today.done.header", a.orderNo() + " · " + ActionTexts.rule(a)));
        d.getDialogPane().setContent(new VBox(8, header, note));
        d.getDialogPane().getButtonTypes().addAll(ok(), cancel());
        d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0)).setId("today-done-ok");
        d.setResultConverter(b -> isOk(b) ? note.getText().strip() : null);
        javafx.application.Platform.runLater(note::requestFocus);
        return d.showAndWait();
    }

    /** Created per dialog so they follow the current language. */
    private static ButtonType ok() {
        return new ButtonType(Messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    private static boolean isOk(ButtonType b) {
        return b != null && b.getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    private static ButtonType cancel() {
        return new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(io.cashtrail.ui.common.FontScale.scaled(420));
        return l;
    }
}
