package io.cashtrail.ui.orderdetail;

import io.cashtrail.domain.Money;
import io.cashtrail.domain.Shipment;
import io.cashtrail.domain.ValidationResult;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.OrderDetail;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Shipments of an order (partial shipments happen): columns, editing form and totals. */
final class Shipments {
    private Shipments() {
    }

    static RecordKind<Shipment> kind() {
        return new RecordKind<>("shipment",
                List.of(Col.date(m("shippedDate"), Shipment::shippedDate),
                        Col.date(m("deliveredDate"), Shipment::deliveredDate),
                        Col.text(m("trackingNo"), Shipment::trackingNo, 10),
                        Col.text(m("carrier"), Shipment::carrier, 8),
                        Col.text(m("description"), Shipment::description, 12),
                        Col.money(m("amount"), Shipment::amount),
                        Col.text(m("notes"), Shipment::notes, 12)),
                OrderDetail::shipments, ShipmentForm::new, (s, r) -> s.save(r), (s, r) -> s.deleteShipment(r.id()),
                r -> Formats.date(r.shippedDate()) + " " + Objects.toString(r.trackingNo(), ""),
                Shipments::summary);
    }

    private static String m(String key) {
        return Messages.get("shipment." + key);
    }

    private static RecordKind.Summary summary(OrderDetail d) {
        BigDecimal shipped = d.shipments().stream().map(Shipment::amount).filter(Objects::nonNull)
                .reduce(Money.ZERO, BigDecimal::add);
        return d.shipments().isEmpty() ? null
                : new RecordKind.Summary(Messages.get("shipment.total", Formats.money(shipped),
                        Formats.money(d.order().amount())), false);
    }

    /** The shipment dialog: shipped date required, delivered not before shipped, amount optional. */
    private static final class ShipmentForm extends RecordForm<Shipment> {
        private final DatePicker shipped = date("shippedDate", old(Shipment::shippedDate));
        private final DatePicker delivered = date("deliveredDate", old(Shipment::deliveredDate));
        private final TextField tracking = text("trackingNo", old(Shipment::trackingNo));
        private final TextField carrier = text("carrier", old(Shipment::carrier));
        private final TextField description = text("description", old(Shipment::description));
        private final TextField amount = amount("amount", old(Shipment::amount));
        private final TextArea notes = area("notes", old(Shipment::notes));

        ShipmentForm(OrderDetail d, Shipment existing, LocalDate today) {
            super("shipment", d, existing, Shipment::id, Shipment::version);
        }

        @Override
        Shipment read() {
            return new Shipment(id, orderId, dateOf("shippedDate", shipped),
                    dateOf("deliveredDate", delivered), textOf(tracking), textOf(carrier), textOf(description),
                    amountOf("amount", amount), textOf(notes), version);
        }

        @Override
        ValidationResult validate(Shipment s) {
            ValidationResult r = new ValidationResult();
            required(r, "shippedDate", s.shippedDate());
            notBefore(r, "deliveredDate", s.deliveredDate(), s.shippedDate(), "shipment.deliveredBeforeShipped");
            length(r, "trackingNo", s.trackingNo(), 100, false);
            length(r, "carrier", s.carrier(), 200, false);
            length(r, "description", s.description(), 500, false);
            amount(r, "amount", s.amount(), false, false);
            return r;
        }
    }
}
