package io.cashtrail.ui.imports;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.read.SheetInfo;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Step 2: the workbook's sheets as checkboxes, hidden ones marked, the first visible sheet chosen.
 * Several sheets with the same columns are planned together by the service.
 */
final class SheetsStep {
    private final List<CheckBox> boxes = new ArrayList<>();
    private final List<SheetInfo> sheets;
    private final VBox view = new VBox(6);

    SheetsStep(List<SheetInfo> sheets) {
        this.sheets = List.copyOf(sheets);
        Label hint = new Label(Messages.get("wizard.sheets.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        view.getChildren().add(hint);
        boolean chosen = false;
        for (SheetInfo s : this.sheets) {
            CheckBox box = new CheckBox(s.hidden() ? Messages.get("wizard.sheets.hidden", s.name()) : s.name());
            box.setId("wizard-sheet-" + s.index());
            if (!s.hidden() && !chosen) {
                box.setSelected(true);
                chosen = true;
            }
            boxes.add(box);
            view.getChildren().add(box);
        }
        if (!chosen && !boxes.isEmpty()) {
            boxes.get(0).setSelected(true);
        }
    }

    Node view() {
        return view;
    }

    /** The chosen sheet indexes in workbook order (the first one's columns are used). */
    List<Integer> selected() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).isSelected()) {
                out.add(sheets.get(i).index());
            }
        }
        return out;
    }
}
