package io.cashtrail.ui.common;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Errors;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Standard alerts with localized buttons; texts wrap so Chinese is never cut off. */
public final class Dialogs {
    private static volatile Path logFile;

    private Dialogs() {
    }

    public static void setLogFile(Path file) {
        logFile = file;
    }

    public static void error(Window owner, Throwable t) {
        String title = Errors.isStale(t) ? Messages.get("error.stale.title") : Messages.get("common.error");
        show(owner, Alert.AlertType.ERROR, title, Errors.userMessage(t, logFile));
    }

    public static void info(Window owner, String title, String text) {
        show(owner, Alert.AlertType.INFORMATION, title, text);
    }

    public static void warning(Window owner, String title, String text) {
        show(owner, Alert.AlertType.WARNING, title, text);
    }

    /** Asks a yes/no question; true when the user chose yes. */
    public static boolean confirm(Window owner, String title, String text) {
        return ask(owner, title, text, false);
    }

    /** For what cannot be undone: "No" is the default button, so Enter destroys nothing. */
    public static boolean confirmDestructive(Window owner, String title, String text) {
        return ask(owner, title, text, true);
    }

    private static boolean ask(Window owner, String title, String text, boolean noIsDefault) {
        ButtonType yes = new ButtonType(Messages.get("common.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(Messages.get("common.no"), ButtonBar.ButtonData.NO);
        Alert a = alert(owner, Alert.AlertType.CONFIRMATION, title, text, yes, no);
        if (noIsDefault) {
            ((javafx.scene.control.Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
            ((javafx.scene.control.Button) a.getDialogPane().lookupButton(no)).setDefaultButton(true);
        }
        Optional<ButtonType> r = a.showAndWait();
        return r.isPresent() && r.get() == yes;
    }

    private static void show(Window owner, Alert.AlertType type, String title, String text) {
        alert(owner, type, title, text, new ButtonType(Messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE))
                .showAndWait();
    }

    public static Alert alert(Window owner, Alert.AlertType type, String title, String text, ButtonType... buttons) {
        Alert a = new Alert(type, "", buttons);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(title);
        a.setHeaderText(null);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setPrefWidth(FontScale.scaled(460));
        content.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.getDialogPane().setContent(content);
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return a;
    }
}
