package io.cashtrail.ui.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Keeps a wide table usable in a narrow window (1366x768 at 150 %). While the columns fit with
 * their whole titles, they fill the table (the table's own constrained policy) and no column is
 * narrower than its title; when only their own minimum widths fit, they fill the table with titles
 * cut if need be (every column stays in view); when not even those fit, the table scrolls sideways
 * with whole titles instead of pushing the last columns out of reach.
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
        double width = table.getWidth();
        if (width <= 0) {
            return;
        }
        double em = FontScale.em();
        List<TableColumn<S, ?>> columns = table.getVisibleLeafColumns();
        double[] base = new double[columns.size()];
        double[] titled = new double[columns.size()];
        double baseSum = SIDE_EM * em;
        double titledSum = SIDE_EM * em;
        Map<String, Double> measured = new HashMap<>();
        for (int i = 0; i < base.length; i++) {
            base[i] = baseMin(columns.get(i));
            titled[i] = titled(columns.get(i), base[i], em, measured);
            baseSum += base[i];
            titledSum += titled[i];
        }
        boolean whole = titledSum <= width || baseSum > width; // whole titles, unless only cut ones fit
        for (int i = 0; i < base.length; i++) {
            double min = whole ? titled[i] : base[i];
            if (columns.get(i).getMinWidth() != min) {
                columns.get(i).setMinWidth(min);
            }
        }
        Callback<TableView.ResizeFeatures, Boolean> policy = baseSum > width ? TableView.UNCONSTRAINED_RESIZE_POLICY
                : fill;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
        }
    }

    /**
     * The table width that shows {@code columns} side by side with whole titles (none narrower than
     * its own minimum either): a screen can give up a minor column below it rather than cut titles.
     */
    public static double wholeTitlesWidth(List<? extends TableColumn<?, ?>> columns) {
        double em = FontScale.em();
        double sum = SIDE_EM * em;
        Map<String, Double> measured = new HashMap<>();
        for (TableColumn<?, ?> c : columns) {
            sum += titled(c, baseMin(c), em, measured);
        }
        return sum;
    }

    /** The column's own minimum width, before this class first changed it. */
    private static double baseMin(TableColumnBase<?, ?> c) {
        return (Double) c.getProperties().computeIfAbsent(BASE_MIN, k -> c.getMinWidth());
    }

    private static double titled(TableColumnBase<?, ?> c, double base, double em, Map<String, Double> measured) {
        return Math.max(base, measured.computeIfAbsent(c.getText() == null ? "" : c.getText(), t -> titleWidth(t, em)));
    }

    /**
     * For a table that scrolls sideways anyway: starts each column at least as wide as its title
     * (the user can still narrow it).
     */
    public static void widenToTitles(List<? extends TableColumnBase<?, ?>> columns) {
        double em = FontScale.em();
        for (TableColumnBase<?, ?> c : columns) {
            if (c.getText() != null) {
                c.setPrefWidth(Math.max(c.getPrefWidth(), titleWidth(c.getText(), em)));
            }
        }
    }

    /** A column title's width in the header's bold font at the user's font size, with the room beside it. */
    static double titleWidth(String title, double em) {
        return title.isEmpty() ? 0 : Math.ceil(textWidth(title, em, true) + HEADER_EXTRA_EM * em);
    }

    /** The width of {@code text} in the default font family at {@code size} pixels. */
    public static double textWidth(String text, double size, boolean bold) {
        Text t = new Text(text);
        t.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        return t.getLayoutBounds().getWidth();
    }
}
