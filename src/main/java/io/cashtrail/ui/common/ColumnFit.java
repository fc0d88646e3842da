package io.cashtrail.ui.common;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Keeps a wide table usable in a narrow window (1366x768 at 150 %): no column is narrower than its
 * header's title, and when the visible columns' minimum widths do not fit, the table scrolls sideways
 * instead of pushing the last columns out of reach; when they fit, the columns fill the table with
 * the table's own constrained policy.
 */
public final class ColumnFit {
    /** Beside the title: the header's padding and the sort arrow. */
    private static final double HEADER_EXTRA_EM = 1.8;
    /** The vertical scroll bar and the column menu button. */
    private static final double SIDE_EM = 1.2;
    private static final String BASE_MIN = "cashtrail.columnFit.baseMin";

    private ColumnFit() {
    }

    /** Installs it on {@code table}, whose current (constrained) resize policy fills the table when all fits. */
    public static <S> void install(TableView<S> table) {
        Callback<TableView.ResizeFeatures, Boolean> fill = table.getColumnResizePolicy();
        InvalidationListener fit = o -> fit(table, fill);
        table.widthProperty().addListener(fit);
        table.getVisibleLeafColumns().addListener(fit);
        fit(table, fill);
    }

    private static <S> void fit(TableView<S> table, Callback<TableView.ResizeFeatures, Boolean> fill) {
        double em = FontScale.em();
        double needed = SIDE_EM * em;
        Map<String, Double> measured = new HashMap<>();
        for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) {
            Object base = c.getProperties().computeIfAbsent(BASE_MIN, k -> c.getMinWidth());
            double header = measured.computeIfAbsent(c.getText() == null ? "" : c.getText(), t -> titleWidth(t, em));
            double min = Math.max((Double) base, header);
            if (c.getMinWidth() != min) {
                c.setMinWidth(min);
            }
            needed += min;
        }
        double width = table.getWidth();
        if (width <= 0) {
            return;
        }
        Callback<TableView.ResizeFeatures, Boolean> policy = needed > width ? TableView.UNCONSTRAINED_RESIZE_POLICY
                : fill;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
        }
    }

    /** A column title's width in the header's bold font at the user's font size, with the room beside it. */
    static double titleWidth(String title, double em) {
        if (title.isEmpty()) {
            return 0;
        }
        Text t = new Text(title);
        t.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, em));
        return Math.ceil(t.getLayoutBounds().getWidth() + HEADER_EXTRA_EM * em);
    }
}
