package io.cashtrail.ui.customers;

import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.common.Dialogs;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Yes/no questions of this screen. Built on {@link Dialogs#alert} but with the text given a fixed
 * wrapping width: the long "this also deletes …" explanations otherwise stay on one line and make
 * the dialog wider than the screen.
 */
final class Confirm {
    private static final double TEXT_WIDTH_EM = 34;

    private Confirm() {
    }

    static boolean ask(Window owner, String title, String text) {
        return ask(owner, title, text, false);
    }

    /** For what cannot be undone: "No" is the default button, so Enter does not destroy anything. */
    static boolean askDestructive(Window owner, String title, String text) {
        return ask(owner, title, text, true);
    }

    private static boolean ask(Window owner, String title, String text, boolean noIsDefault) {
        ButtonType yes = new ButtonType(Messages.get("common.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(Messages.get("common.no"), ButtonBar.ButtonData.NO);
        Alert a = wrapped(Dialogs.alert(owner, Alert.AlertType.CONFIRMATION, title, text, yes, no));
        if (noIsDefault) {
            ((Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
            ((Button) a.getDialogPane().lookupButton(no)).setDefaultButton(true);
        }
        Optional<ButtonType> r = a.showAndWait();
        return r.isPresent() && r.get() == yes;
    }

    /** Gives the alert's text label a preferred width so it wraps instead of widening the dialog. */
    static Alert wrapped(Alert a) {
        if (a.getDialogPane().getContent() instanceof Label l) {
            l.setWrapText(true);
            l.setPrefWidth(Tables.em(TEXT_WIDTH_EM));
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        return a;
    }
}
