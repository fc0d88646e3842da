package io.cashtrail.ui.imports;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A text cell whose value, when cut at the column's edge (a long file name or reason), shows whole on hover. */
final class FullTextCell<S> extends TableCell<S, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
    }
}
