package io.cashtrail.ui.receivables;

import io.cashtrail.service.ForecastReport;
import io.cashtrail.service.ReceivableLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import javafx.scene.control.TreeItem;

/**
 * Builds the receivables tree from the service's lines: group (customer or salesperson) → order →
 * installment, each parent holding the sums of its children; customer credits on customer rows. Groups
 * with the most money open come first.
 */
final class ReceivablesTree {
    private ReceivablesTree() {
    }

    static TreeItem<ReceivableRow> build(List<ReceivableLine> lines, Map<Long, BigDecimal> credits,
            Map<Long, io.cashtrail.service.CollectionsService.OrderFigures> orderFigures,
            Map<Long, io.cashtrail.service.CollectionsService.Expectation> expectations, ForecastReport.GroupBy by,
            Predicate<ReceivableLine> filter) {
        Map<String, Map<Long, List<ReceivableLine>>> groups = new TreeMap<>();
        Map<String, Long> customerOfGroup = new LinkedHashMap<>();
        for (ReceivableLine l : lines) {
            if (!filter.test(l)) {
                continue;
            }
            String g = group(l, by);
            groups.computeIfAbsent(g, k -> new LinkedHashMap<>())
                    .computeIfAbsent(l.order().orderId(), k -> new ArrayList<>()).add(l);
            customerOfGroup.put(g, l.order().customerId());
        }
        TreeItem<ReceivableRow> root = new TreeItem<>(ReceivableRow.sum(ReceivableRow.Level.GROUP, "", null));
        groups.forEach((g, orders) -> {
            ReceivableRow groupRow = ReceivableRow.sum(ReceivableRow.Level.GROUP, g, null);
            List<TreeItem<ReceivableRow>> orderItems = new ArrayList<>();
            for (List<ReceivableLine> ls : orders.values()) {
                ReceivableLine first = ls.get(0);
                String name = first.order().orderNo() + (by == ForecastReport.GroupBy.OWNER
                        ? " · " + first.order().customerName() : "");
                ReceivableRow orderRow = ReceivableRow.sum(ReceivableRow.Level.ORDER, name, first.order().orderId());
                List<TreeItem<ReceivableRow>> items = new ArrayList<>();
                for (ReceivableLine l : ls) {
                    ReceivableRow r = ReceivableRow.of(l, expectations.get(l.installment().id()));
                    orderRow = orderRow.plus(r);
                    items.add(new TreeItem<>(r));
                }
                orderRow = orderRow.withOrderFigures(orderFigures.get(first.order().orderId()));
                TreeItem<ReceivableRow> orderItem = new TreeItem<>(orderRow);
                orderItem.getChildren().setAll(items);
                orderItems.add(orderItem);
                groupRow = groupRow.plus(orderRow);
            }
            if (by == ForecastReport.GroupBy.CUSTOMER) {
                BigDecimal credit = credits.get(customerOfGroup.get(g));
                groupRow = groupRow.withCredit(credit == null || credit.signum() == 0 ? null : credit);
            }
            TreeItem<ReceivableRow> groupItem = new TreeItem<>(groupRow);
            groupItem.getChildren().setAll(orderItems);
            root.getChildren().add(groupItem);
            root.setValue(root.getValue().plus(groupRow));
        });
        root.getChildren().sort((a, b) -> b.getValue().outstanding().compareTo(a.getValue().outstanding()));
        return root;
    }

    static String group(ReceivableLine l, ForecastReport.GroupBy by) {
        if (by == ForecastReport.GroupBy.OWNER) {
            String o = l.order().owner();
            return o == null || o.isBlank() ? "—" : o;
        }
        return l.order().customerName();
    }
}
