package io.cashtrail.ui.imports;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ImportRefusal;
import io.cashtrail.ui.common.Dialogs;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Import failures as the user should see them: a refusal (a file or step that cannot go on) is one
 * localized line, anything else goes through {@link Dialogs#error}; and the password question for
 * protected workbooks.
 */
final class Refusals {
    private Refusals() {
    }

    /** The refusal somewhere in the cause chain, or null. */
    static ImportRefusal find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ImportRefusal r) {
                return r;
            }
        }
        return null;
    }

    static boolean isPasswordQuestion(ImportRefusal r) {
        return r != null && (r.key().endsWith(".password_required") || r.key().endsWith(".wrong_password"));
    }

    /** Shows a refusal as a warning with its one-line reason, other failures as errors. */
    static void show(Window owner, Throwable t) {
        ImportRefusal r = find(t);
        if (r != null) {
            Dialogs.warning(owner, Messages.get("wizard.refused"), r.getLocalizedMessage());
        } else {
            Dialogs.error(owner, t);
        }
    }

    /** Asks for a workbook's password; empty when the user cancels. */
    static Optional<String> askPassword(Window owner, String fileName, boolean wrong) {
        ButtonType ok = new ButtonType(Messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = Dialogs.alert(owner, Alert.AlertType.CONFIRMATION, Messages.get("wizard.password.title"), "",
                ok, cancel);
        Label text = new Label(wrong ? Messages.get("wizard.password.wrong")
                : Messages.get("wizard.password.prompt", fileName));
        text.setWrapText(true);
        PasswordField field = new PasswordField();
        field.setId("wizard-password");
        VBox box = new VBox(8, text, field);
        box.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(420));
        a.getDialogPane().setContent(box);
        a.setOnShown(e -> field.requestFocus());
        Optional<ButtonType> r = a.showAndWait();
        return r.isPresent() && r.get() == ok ? Optional.of(field.getText()) : Optional.empty();
    }
}
