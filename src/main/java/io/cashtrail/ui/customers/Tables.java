package io.cashtrail.ui.customers;

import io.cashtrail.i18n.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Column factories for the customer tables: each column reads a value the row model already holds,
 * so sorting never evaluates bindings; money and counts are right-aligned.
 */
final class Tables {
    private Tables() {
    }

    static <R> TableColumn<R, String> text(String title, Function<R, String> value, double prefWidth) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        size(c, prefWidth);
        return c;
    }

    /** A column whose value is shown through {@code format} and sorted by {@code order}. */
    static <R, T> TableColumn<R, T> formatted(String title, Function<R, T> value, Function<T, String> format,
            Comparator<T> order, double prefWidth) {
        TableColumn<R, T> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new FormattedCell<>(format));
        c.setComparator(Comparator.nullsLast(order));
        c.getStyleClass().add("money-cell");
        fixed(c, prefWidth);
        return c;
    }

    /**
     * Makes the columns share the table's width (down to their minimum; titles whole where they all
     * fit) instead of scrolling sideways, unless even the minimums do not fit ({@code ColumnFit}).
     */
    static void fit(TableView<?> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        io.cashtrail.ui.common.ColumnFit.install(table);
    }

    /** Text columns give up width first when the table is narrow (down to 3 em). */
    private static void size(TableColumn<?, ?> c, double prefWidth) {
        c.setPrefWidth(prefWidth);
        c.setMinWidth(Math.min(prefWidth, em(3)));
    }

    /**
     * Amounts, dates and counts never get narrower than their values; they ask for their header's width
     * too, which they give up only when the table is very narrow.
     */
    private static void fixed(TableColumn<?, ?> c, double width) {
        c.setPrefWidth(Math.max(width, headerWidth(c.getText())));
        c.setMinWidth(width);
    }

    /** Width a bold header text needs, with room for padding and the sort arrow. */
    private static double headerWidth(String title) {
        Text t = new Text(title);
        Font base = Font.getDefault();
        t.setFont(Font.font(base.getFamily(), FontWeight.BOLD, base.getSize()));
        return Math.ceil(t.getLayoutBounds().getWidth() + em(2));
    }

    static <R> TableColumn<R, String> text(String title, Function<R, String> value, double prefWidth,
            Comparator<String> order) {
        TableColumn<R, String> c = text(title, value, prefWidth);
        c.setComparator(Comparator.nullsLast(order));
        return c;
    }

    static <R> TableColumn<R, BigDecimal> money(String title, Function<R, BigDecimal> value, double prefWidth) {
        TableColumn<R, BigDecimal> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new FormattedCell<>(Formats::money));
        c.getStyleClass().add("money-cell");
        fixed(c, prefWidth);
        return c;
    }

    static <R> TableColumn<R, Integer> number(String title, Function<R, Integer> value, double prefWidth) {
        TableColumn<R, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new FormattedCell<>(String::valueOf));
        c.getStyleClass().add("money-cell");
        fixed(c, prefWidth);
        return c;
    }

    static <R> TableColumn<R, LocalDate> date(String title, Function<R, LocalDate> value, double prefWidth) {
        TableColumn<R, LocalDate> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new FormattedCell<>(Formats::date));
        fixed(c, prefWidth);
        return c;
    }

    /** {@code em} times the default font size in pixels, so widths scale with HiDPI fonts. */
    static double em(double em) {
        return em * io.cashtrail.ui.common.FontScale.em();
    }

    /** A cell that shows its value through a formatter and nothing for null. */
    static final class FormattedCell<R, T> extends TableCell<R, T> {
        private final Function<T, String> format;

        FormattedCell(Function<T, String> format) {
            this.format = format;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : format.apply(item));
        }
    }
}
