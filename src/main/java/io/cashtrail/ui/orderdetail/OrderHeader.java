package io.cashtrail.ui.orderdetail;

import io.cashtrail.domain.Order;
import io.cashtrail.domain.OrderProgress;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.OrderDetail;
import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The order at a glance: contract and order number, customer, salesperson, money (amount, received,
 * outstanding) and where it stands: current stage, next step with its planned date, days late.
 */
final class OrderHeader {
    private final Label title = new Label();
    private final Label customer = value("order-customer");
    private final Label owner = value("order-owner");
    private final Label amount = value("order-amount-total");
    private final Label received = value("order-received");
    private final Label outstanding = value("order-outstanding");
    private final Label current = value("order-current-stage");
    private final Label next = value("order-next-step");
    private final Label late = value("order-days-late");
    private final VBox root;

    OrderHeader() {
        double em = io.cashtrail.ui.common.FontScale.em();
        title.setId("order-title");
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        late.getStyleClass().add("late-cell");
        FlowPane facts = new FlowPane(1.6 * em, 0.3 * em,
                pair("order.header.customer", customer), pair("order.header.owner", owner),
                pair("order.header.amount", amount), pair("order.header.received", received),
                pair("order.header.outstanding", outstanding));
        FlowPane progress = new FlowPane(1.6 * em, 0.3 * em,
                pair("order.header.current", current), pair("order.header.next", next), late);
        root = new VBox(0.3 * em, title, facts, progress);
        root.setPadding(new Insets(0.8 * em, 0.8 * em, 0.5 * em, 0.8 * em));
        root.getStyleClass().add("order-header");
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().add("order-header-value");
        return l;
    }

    private static HBox pair(String key, Label value) {
        Label k = new Label(Messages.get(key));
        k.getStyleClass().add("hint");
        k.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(0.4 * io.cashtrail.ui.common.FontScale.em(), k, value);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    Node node() {
        return root;
    }

    void show(OrderDetail d, LocalDate today) {
        Order o = d.order();
        title.setText(o.id() == 0
                ? Messages.get("order.header.titleNew", d.contract().contractNo())
                : Messages.get("order.header.title", d.contract().contractNo(), o.orderNo()));
        customer.setText(d.customer().name());
        owner.setText(o.owner() == null ? "" : o.owner());
        BigDecimal paid = Payments.received(d);
        amount.setText(Formats.money(o.amount()));
        received.setText(Formats.money(paid));
        outstanding.setText(o.amount() == null ? "" : Formats.money(o.amount().subtract(paid)));
        OrderProgress p = OrderProgress.of(o.stages(), today);
        current.setText(p.currentStage() == null ? Messages.get("stage.none") : stageName(p.currentStage().key()));
        if (p.isComplete() || p.nextStage() == null) {
            next.setText(Messages.get("stage.done"));
        } else if (p.nextPlanned() == null) {
            next.setText(stageName(p.nextStage().key()));
        } else {
            next.setText(Messages.get("order.header.nextPlanned", stageName(p.nextStage().key()),
                    Formats.date(p.nextPlanned())));
        }
        late.setText(p.isLate() ? Messages.get("order.header.daysLate", p.daysLate()) : "");
        late.setVisible(p.isLate());
        late.setManaged(p.isLate());
    }

    private static String stageName(String key) {
        return Messages.get("stage." + key);
    }
}
