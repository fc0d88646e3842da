package io.cashtrail.ui.orderdetail;

import io.cashtrail.i18n.Messages;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/** The one dialog that edits any order record: OK checks the form and stays open while it has errors. */
final class RecordDialog {
    private RecordDialog() {
    }

    static <T> Optional<T> edit(Window owner, String title, RecordForm<T> form) {
        Dialog<T> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(title);
        d.setResizable(true);
        ButtonType ok = new ButtonType(Messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(ok, cancel);
        double em = io.cashtrail.ui.common.FontScale.em();
        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(34 * em);
        scroll.setStyle("-fx-background-color: transparent;");
        d.getDialogPane().setContent(scroll);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("order-dialog-ok");
        d.getDialogPane().lookupButton(cancel).setId("order-dialog-cancel");
        Runnable fit = () -> {
            // the dialog says "shown" before its window is, so before the window gets the font size
            io.cashtrail.ui.common.FontScale.apply(d.getDialogPane().getScene());
            var screen = Screen.getPrimary().getVisualBounds();
            d.getDialogPane().applyCss();
            d.getDialogPane().layout();
            double want = form.form().node().prefHeight(form.form().node().getWidth()) + 2;
            scroll.setPrefViewportHeight(Math.min(want, screen.getHeight() * 0.75));
            Window w = d.getDialogPane().getScene().getWindow();
            double before = w.getHeight();
            w.sizeToScene();
            w.setY(Math.max(screen.getMinY(), w.getY() - (w.getHeight() - before) / 2));
        };
        d.setOnShown(e -> fit.run());
        Object[] result = new Object[1];
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            form.form().clear();
            T r = form.read();
            if (form.form().hasParseErrors() || !form.form().show(form.validate(r))) {
                e.consume();
                fit.run();
            } else {
                result[0] = r;
            }
        });
        d.setResultConverter(b -> b == ok ? cast(result[0]) : null);
        return d.showAndWait();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }
}
