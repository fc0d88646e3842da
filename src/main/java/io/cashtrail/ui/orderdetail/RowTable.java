package io.cashtrail.ui.orderdetail;

import io.cashtrail.i18n.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * A table of records whose cell values are computed once per load (a row model without bindings), so
 * sorting stays cheap. Shared by the four record lists and the history of the order detail.
 */
final class RowTable<T> {
    /** One record with its column values, computed when the rows are set. */
    record Row<T>(T record, Object[] values) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TableView<Row<T>> table = new TableView<>();
    private final List<Col<T>> cols;

    RowTable(String id, List<Col<T>> cols, String emptyText) {
        this.cols = cols;
        table.setId(id);
        table.setPlaceholder(new Label(emptyText));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        double em = io.cashtrail.ui.common.FontScale.em();
        for (int i = 0; i < cols.size(); i++) {
            table.getColumns().add(column(cols.get(i), i, em));
        }
        io.cashtrail.ui.common.ColumnFit.install(table);
    }

    private TableColumn<Row<T>, Object> column(Col<T> c, int index, double em) {
        TableColumn<Row<T>, Object> col = new TableColumn<>(c.header());
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().values()[index]));
        col.setPrefWidth(c.widthEm() * em);
        if (c.kind() == Col.Kind.MONEY || c.kind() == Col.Kind.DATE || c.kind() == Col.Kind.DATETIME) {
            col.setMinWidth(c.widthEm() * em);
        }
        col.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(Object v, boolean empty) {
                super.updateItem(v, empty);
                String s = empty || v == null ? null : format(c.kind(), v);
                setText(s);
                setTooltip(s != null && s.length() > 24 ? new Tooltip(s) : null);
            }
        });
        if (c.kind() == Col.Kind.MONEY || c.kind() == Col.Kind.NUMBER) {
            col.getStyleClass().add("money-cell");
        }
        return col;
    }

    static String format(Col.Kind kind, Object v) {
        return switch (kind) {
            case MONEY -> Formats.money((BigDecimal) v);
            case DATE -> Formats.date((LocalDate) v);
            case DATETIME -> ((LocalDateTime) v).format(WHEN);
            case NUMBER -> v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString();
            case TEXT -> v.toString();
        };
    }

    /** Replaces the rows (one setAll); keeps the selected position when it still exists. */
    void setAll(List<T> records) {
        int selected = table.getSelectionModel().getSelectedIndex();
        table.getItems().setAll(records.stream().map(this::row).toList());
        if (!table.getSortOrder().isEmpty()) {
            table.sort();
        }
        if (selected >= 0 && selected < table.getItems().size()) {
            table.getSelectionModel().select(selected);
        }
    }

    private Row<T> row(T record) {
        Object[] values = new Object[cols.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = cols.get(i).value().apply(record);
        }
        return new Row<>(record, values);
    }

    Optional<T> selected() {
        Row<T> r = table.getSelectionModel().getSelectedItem();
        return r == null ? Optional.empty() : Optional.of(r.record());
    }

    TableView<Row<T>> node() {
        return table;
    }
}
