package io.cashtrail.importer.plan;

import io.cashtrail.domain.Money;
import io.cashtrail.domain.Shipment;
import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.TextNormalizer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Plans one row of a logistics export (发货单): it updates the stage dates of the existing order
 * (as {@link StageRows} does) and records the shipment itself (date, delivery date, tracking no.,
 * carrier, goods, amount; other cells such as the quantity in its notes). A shipment is the same
 * when its tracking number is, or, without one, when it is of the same order on the same day, so
 * importing the export again changes nothing. A row whose order is unknown is a problem saying why.
 */
final class ShipmentRows {
    static final Set<ImportField> USED = EnumSet.of(ImportField.CUSTOMER_NAME, ImportField.CUSTOMER_ALIAS,
            ImportField.CONTRACT_NO, ImportField.ORDER_NO, ImportField.PLANNED_SHIP_DATE, ImportField.SHIPPED_DATE,
            ImportField.DELIVERED_DATE, ImportField.ACCEPTED_DATE, ImportField.PRODUCTION_START,
            ImportField.PRODUCTION_FINISH, ImportField.TRACKING_NO, ImportField.CARRIER, ImportField.CONTRACT_TITLE,
            ImportField.AMOUNT);
    private static final String[] FIELDS = {"shippedDate", "deliveredDate", "carrier", "description", "amount", "notes"};

    private final RecordIndex records;
    private final OrderLookup orders;
    private final Set<RecordIndex.Entry<Shipment>> seenInFile = Collections.newSetFromMap(new IdentityHashMap<>());

    ShipmentRows(LedgerIndex index, RecordIndex records) {
        this.records = records;
        this.orders = new OrderLookup(index);
    }

    RowPlan plan(RowValues v) {
        LedgerIndex.OrderEntry oe = orders.find(v);
        if (oe == null) {
            return null;
        }
        List<String> notes = new ArrayList<>(v.leftovers);
        v.leftovers.clear();
        RowPlan p = new RowPlan();
        LedgerRows.updateOrder(oe, v, p, null);
        String tracking = v.get(ImportField.TRACKING_NO);
        LocalDate shipped = v.get(ImportField.SHIPPED_DATE);
        if (tracking == null && shipped == null) {
            return p;
        }
        BigDecimal amount = v.get(ImportField.AMOUNT);
        Shipment row = new Shipment(0, 0, shipped, v.get(ImportField.DELIVERED_DATE),
                tracking == null ? null : TextNormalizer.clean(tracking), v.get(ImportField.CARRIER),
                v.get(ImportField.CONTRACT_TITLE), Money.normalize(amount), null, 0);
        RecordIndex.Entry<Shipment> known = records.shipment(oe.ref, tracking, shipped);
        if (known == null) {
            Shipment draft = new Shipment(0, 0, row.shippedDate(), row.deliveredDate(), row.trackingNo(), row.carrier(),
                    row.description(), row.amount(), RowPlan.mergeNotes(null, notes), 0);
            KindOps.CreateOnOrder<Shipment> op = KindOps.createShipment(oe.ref, draft);
            p.create(op);
            RecordIndex.Entry<Shipment> e = new RecordIndex.Entry<>(op.self, draft);
            records.addShipment(oe.ref, e);
            seenInFile.add(e);
            return p;
        }
        if (!seenInFile.add(known)) {
            v.warn(ImportField.TRACKING_NO, "importkinds.shipment.again", tracking != null ? tracking
                    : FieldCodec.text(shipped));
            return p;
        }
        update(known, row, notes, p);
        return p;
    }

    /** A recorded shipment: the values of the row that differ (and are not empty) change. */
    private static void update(RecordIndex.Entry<Shipment> e, Shipment row, List<String> notes, RowPlan p) {
        Shipment target = e.state;
        for (String f : FIELDS) {
            String now = f.equals("notes") ? RowPlan.mergeNotes(e.state.notes(), notes) : RecordFields.get(row, f);
            String old = RecordFields.get(e.state, f);
            if (now != null && !InvoiceRows.same(old, now, f.equals("amount"))) {
                KindOps.set(p, "shipment", e.ref, label(f), f, old, now);
                target = RecordFields.set(target, f, now);
            }
        }
        e.state = target;
    }

    private static String label(String field) {
        return Messages.get(switch (field) {
            case "shippedDate" -> ImportField.SHIPPED_DATE.messageKey();
            case "deliveredDate" -> ImportField.DELIVERED_DATE.messageKey();
            case "carrier" -> ImportField.CARRIER.messageKey();
            case "description" -> ImportField.CONTRACT_TITLE.messageKey();
            case "amount" -> ImportField.AMOUNT.messageKey();
            default -> "import.field.notes";
        });
    }
}
