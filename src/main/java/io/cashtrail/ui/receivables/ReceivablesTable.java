package io.cashtrail.ui.receivables;

import io.cashtrail.domain.InstallmentStatus;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

/** The receivables tree table: group → order → installment with amounts, status and due date. */
final class ReceivablesTable {
    private final TreeTableView<ReceivableRow> table = new TreeTableView<>();

    ReceivablesTable(Consumer<Long> openOrder) {
        table.setId("receivables-tree");
        table.setShowRoot(false);
        table.setPlaceholder(new Label(Messages.get("common.loading"))); // "none" once a load has come
        TreeTableColumn<ReceivableRow, String> name = new TreeTableColumn<>(Messages.get("receivables.col.name"));
        name.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(nameOf(d.getValue().getValue())));
        name.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(200));
        table.getColumns().add(name);
        table.getColumns().add(money("receivables.col.amount", ReceivableRow::amount));
        table.getColumns().add(money("receivables.col.invoiced", ReceivableRow::invoiced));
        table.getColumns().add(money("receivables.col.received", ReceivableRow::received));
        table.getColumns().add(money("receivables.col.outstanding", ReceivableRow::outstanding));
        TreeTableColumn<ReceivableRow, BigDecimal> overdue = money("receivables.col.overdue", ReceivableRow::overdue);
        overdue.getStyleClass().add("receivables-overdue");
        table.getColumns().add(overdue);
        TreeTableColumn<ReceivableRow, BigDecimal> pending = money("receivables.col.pending", ReceivableRow::pending);
        Label pendingHead = new Label(Messages.get("receivables.col.pending"));
        pendingHead.setTooltip(new javafx.scene.control.Tooltip(Messages.get("receivables.col.pendingTip")));
        pending.setText(null);
        pending.setGraphic(pendingHead);
        table.getColumns().add(money("receivables.col.unbilled", ReceivableRow::unbilled));
        table.getColumns().add(pending);
        table.getColumns().add(money("receivables.col.shippedPending", ReceivableRow::shippedPending));
        TreeTableColumn<ReceivableRow, InstallmentStatus> status =
                new TreeTableColumn<>(Messages.get("receivables.col.status"));
        status.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().getValue().status()));
        status.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(InstallmentStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Messages.get("receivables.status." + s.name()));
                getStyleClass().remove("late-cell");
                if (!empty && s == InstallmentStatus.OVERDUE) {
                    getStyleClass().add("late-cell");
                }
            }
        });
        status.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(90));
        table.getColumns().add(status);
        TreeTableColumn<ReceivableRow, String> due = new TreeTableColumn<>(Messages.get("receivables.col.due"));
        due.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(Formats.date(d.getValue().getValue().due())));
        due.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(88));
        table.getColumns().add(due);
        TreeTableColumn<ReceivableRow, String> expected = new TreeTableColumn<>(Messages.get("receivables.col.expected"));
        expected.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(Formats.date(d.getValue().getValue().expected())));
        expected.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(100));
        table.getColumns().add(expected);
        io.cashtrail.ui.common.ColumnFit.widenToTitles(table.getColumns());
        table.setRowFactory(tv -> {
            TreeTableRow<ReceivableRow> row = new TreeTableRow<>() {
                @Override
                protected void updateItem(ReceivableRow item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(empty || item == null || item.expectation() == null ? null
                            : new javafx.scene.control.Tooltip(item.expectation()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null && row.getItem().orderId() != null) {
                    openOrder.accept(row.getItem().orderId());
                }
            });
            return row;
        });
    }

    private static TreeTableColumn<ReceivableRow, BigDecimal> money(String key,
            Function<ReceivableRow, BigDecimal> f) {
        TreeTableColumn<ReceivableRow, BigDecimal> c = new TreeTableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue().getValue())));
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(BigDecimal v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Formats.money(v));
            }
        });
        c.getStyleClass().add("money-cell");
        c.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(118));
        return c;
    }

    /** A customer's unallocated credit is shown beside its name (rarely there, so no column of its own). */
    private static String nameOf(ReceivableRow r) {
        return r.credit() == null ? r.name()
                : r.name() + "  " + Messages.get("receivables.creditNote", Formats.money(r.credit()));
    }

    TreeTableView<ReceivableRow> view() {
        return table;
    }

    void show(TreeItem<ReceivableRow> root, boolean expandGroups) {
        if (expandGroups) {
            root.getChildren().forEach(g -> g.setExpanded(true));
        }
        root.setExpanded(true);
        table.setRoot(root);
        ((Label) table.getPlaceholder()).setText(Messages.get("receivables.empty"));
    }
}
