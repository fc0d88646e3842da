package io.cashtrail.ui.export;

import io.cashtrail.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.stage.Window;

/**
 * The layout an export uses: the built-in one, the template shipped for the current language, or
 * the user's own .xlsx template (asked for when chosen; choosing it is undone if the user cancels).
 */
public final class TemplateBox {
    /** Which layout. */
    public enum Kind { BUILT_IN, SHIPPED, OWN }

    /** The chosen layout; {@link #open()} gives the template file to use (null for built-in). */
    public record Selection(Kind kind, Path own) {
        /** The template file; for the shipped one a temporary copy (call off the FX thread). */
        public Path open() {
            return switch (kind) {
                case BUILT_IN -> null;
                case SHIPPED -> ShippedTemplates.copyAging();
                case OWN -> own;
            };
        }

        /** Removes what {@link #open()} copied. */
        public void close(Path opened) {
            if (kind == Kind.SHIPPED && opened != null) {
                try {
                    Files.deleteIfExists(opened);
                } catch (java.io.IOException e) {
                    opened.toFile().deleteOnExit();
                }
            }
        }

        public boolean usesTemplate() {
            return kind != Kind.BUILT_IN;
        }
    }

    private final ComboBox<Kind> box = new ComboBox<>(FXCollections.observableArrayList(Kind.values()));
    private Path own;
    private Kind accepted = Kind.BUILT_IN;
    private boolean reverting;

    public TemplateBox(String id, Supplier<TemplateChooser> chooser) {
        box.setId(id);
        box.setValue(Kind.BUILT_IN);
        box.setCellFactory(l -> cell());
        box.setButtonCell(cell());
        box.valueProperty().addListener((o, a, b) -> {
            if (reverting || b == null) {
                return;
            }
            if (b == Kind.OWN) {
                Platform.runLater(() -> askForOwn(chooser.get()));
            } else {
                accepted = b;
            }
        });
    }

    /** Asks for the file after the list has closed; keeps the previous layout when cancelled. */
    private void askForOwn(TemplateChooser chooser) {
        Window w = box.getScene() == null ? null : box.getScene().getWindow();
        Path chosen = chooser.choose(w);
        if (chosen != null) {
            own = chosen;
            accepted = Kind.OWN;
            box.setButtonCell(cell());
        } else {
            reverting = true;
            box.setValue(accepted);
            reverting = false;
        }
    }

    private ListCell<Kind> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Kind k, boolean empty) {
                super.updateItem(k, empty);
                if (empty || k == null) {
                    setText(null);
                } else if (k == Kind.OWN && own != null) {
                    setText(Messages.get("export.layout.ownFile", own.getFileName()));
                } else {
                    setText(Messages.get("export.layout." + k.name()));
                }
            }
        };
    }

    public Node view() {
        return box;
    }

    public Selection selection() {
        return new Selection(accepted, own);
    }
}
