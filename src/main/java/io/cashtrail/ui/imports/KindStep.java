package io.cashtrail.ui.imports;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.SheetAnalysis;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** Step 5: the kind of records the rows are, recognised from the mapped columns and changeable. */
final class KindStep {
    private final ComboBox<RecordKind> box = new ComboBox<>(FXCollections.observableArrayList(RecordKind.values()));
    private final VBox view;

    KindStep(SheetAnalysis analysis) {
        box.setId("wizard-kind");
        box.setCellFactory(v -> new KindCell());
        box.setButtonCell(new KindCell());
        box.setValue(analysis.kind());
        Label label = new Label(Messages.get("wizard.kind.label"));
        label.setLabelFor(box);
        Label hint = new Label(Messages.get("wizard.kind.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        view = new VBox(8, label, box, hint);
    }

    Node view() {
        return view;
    }

    RecordKind kind() {
        return box.getValue();
    }

    private static final class KindCell extends ListCell<RecordKind> {
        @Override
        protected void updateItem(RecordKind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : Messages.get(k.messageKey()));
        }
    }
}
