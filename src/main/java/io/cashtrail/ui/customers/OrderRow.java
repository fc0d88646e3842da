package io.cashtrail.ui.customers;

import io.cashtrail.domain.OrderProgress;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One order line in the customer detail: amounts and the current stage, worked out once. */
record OrderRow(OrderSummary order, OrderProgress progress, String stage) {

    long id() {
        return order.orderId();
    }

    long contractId() {
        return order.contractId();
    }

    String contractNo() {
        return order.contractNo();
    }

    String orderNo() {
        return order.orderNo();
    }

    BigDecimal amount() {
        return order.amount();
    }

    BigDecimal received() {
        return order.received();
    }

    BigDecimal outstanding() {
        return order.outstanding();
    }

    boolean late() {
        return progress.isLate();
    }

    static OrderRow of(OrderSummary o, LocalDate today) {
        OrderProgress p = OrderProgress.of(o.stages(), today);
        String stage = p.currentStage() == null ? Messages.get("stage.none")
                : Messages.get("stage." + p.currentStage().key());
        if (p.isLate() && p.nextStage() != null) {
            stage = Messages.get("customers.order.late", stage, Messages.get("stage." + p.nextStage().key()),
                    p.daysLate());
        }
        return new OrderRow(o, p, stage);
    }

    static List<OrderRow> of(List<OrderSummary> orders, LocalDate today) {
        return orders.stream().map(o -> of(o, today)).toList();
    }
}
