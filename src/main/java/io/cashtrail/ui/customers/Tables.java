package io.cashtrail.ui.customers;

import io.cashtrail.i18n.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

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
        c.setPrefWidth(prefWidth);
        return c;
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
        c.setPrefWidth(prefWidth);
        return c;
    }

    static <R> TableColumn<R, Integer> number(String title, Function<R, Integer> value, double prefWidth) {
        TableColumn<R, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new FormattedCell<>(String::valueOf));
        c.getStyleClass().add("money-cell");
        c.setPrefWidth(prefWidth);
        return c;
    }

    static <R> TableColumn<R, LocalDate> date(String title, Function<R, LocalDate> value, double prefWidth) {
        TableColumn<R, LocalDate> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new FormattedCell<>(Formats::date));
        c.setPrefWidth(prefWidth);
        return c;
    }

    /** {@code em} times the default font size in pixels, so widths scale with HiDPI fonts. */
    static double em(double em) {
        return em * javafx.scene.text.Font.getDefault().getSize();
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
