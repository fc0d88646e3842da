package io.cashtrail.ui.receivables;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.TableExport;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;

/**
 * The receivables lines as the tree shows them while a drill-down filter is on ("only overdue",
 * one aging bucket…): the export then writes exactly those installments, not every open line.
 */
final class FilteredLines {
    private FilteredLines() {
    }

    static TableExport table(TreeItem<ReceivableRow> root, String groupHeader, String filterText) {
        List<TableExport.Column> cols = List.of(
                new TableExport.Column(groupHeader, TableExport.Type.TEXT),
                new TableExport.Column(Messages.get("orders.col.orderNo"), TableExport.Type.TEXT),
                new TableExport.Column(Messages.get("receivables.col.name"), TableExport.Type.TEXT),
                new TableExport.Column(Messages.get("receivables.col.status"), TableExport.Type.TEXT),
                new TableExport.Column(Messages.get("receivables.col.due"), TableExport.Type.DATE),
                new TableExport.Column(Messages.get("receivables.col.amount"), TableExport.Type.MONEY),
                new TableExport.Column(Messages.get("receivables.col.received"), TableExport.Type.MONEY),
                new TableExport.Column(Messages.get("receivables.col.outstanding"), TableExport.Type.MONEY),
                new TableExport.Column(Messages.get("receivables.col.overdue"), TableExport.Type.MONEY));
        List<List<Object>> rows = new ArrayList<>();
        for (TreeItem<ReceivableRow> group : root.getChildren()) {
            for (TreeItem<ReceivableRow> order : group.getChildren()) {
                for (TreeItem<ReceivableRow> item : order.getChildren()) {
                    ReceivableRow r = item.getValue();
                    List<Object> row = new ArrayList<>();
                    row.add(group.getValue().name());
                    row.add(order.getValue().name());
                    row.add(r.name());
                    row.add(r.status() == null ? null : Messages.get("receivables.status." + r.status().name()));
                    row.add(r.due());
                    row.add(r.amount());
                    row.add(r.received());
                    row.add(r.outstanding());
                    row.add(r.overdue());
                    rows.add(row);
                }
            }
        }
        String title = Messages.get("export.name.receivables") + " — " + Messages.get("receivables.filter", filterText);
        return new TableExport(title, cols, rows);
    }
}
