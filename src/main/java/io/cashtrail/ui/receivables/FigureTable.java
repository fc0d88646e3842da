package io.cashtrail.ui.receivables;

import io.cashtrail.i18n.Formats;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A table of money per group and column (aging buckets or forecast months), rebuilt with new columns
 * each time: the first column names the group, the last row is the total.
 */
final class FigureTable {
    /** One group's figures, aligned with the column headers; {@code total} marks the total row. */
    record Row(String group, List<BigDecimal> values, boolean total) {
    }

    private final TableView<Row> table = new TableView<>();

    FigureTable(String id, String placeholder) {
        table.setId(id);
        table.setPlaceholder(new javafx.scene.control.Label(placeholder));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("total-row");
                if (!empty && r != null && r.total()) {
                    getStyleClass().add("total-row");
                }
            }
        });
    }

    TableView<Row> view() {
        return table;
    }

    void show(String groupHeader, List<String> headers, List<Row> rows) {
        table.getColumns().clear();
        TableColumn<Row, String> group = new TableColumn<>(groupHeader);
        group.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().group()));
        group.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(190));
        group.setSortable(false);
        table.getColumns().add(group);
        for (int i = 0; i < headers.size(); i++) {
            int k = i;
            TableColumn<Row, BigDecimal> c = new TableColumn<>(headers.get(i));
            c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().values().get(k)));
            c.setCellFactory(col -> moneyCell());
            c.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(108));
            c.setSortable(false);
            c.getStyleClass().add("money-cell");
            table.getColumns().add(c);
        }
        io.cashtrail.ui.common.ColumnFit.widenToTitles(table.getColumns());
        table.getItems().setAll(rows);
    }

    static TableCell<Row, BigDecimal> moneyCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || v.signum() == 0 ? (empty ? null : "–") : Formats.money(v));
            }
        };
    }
}
