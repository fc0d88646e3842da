package io.cashtrail.store;

import io.cashtrail.domain.Shipment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Shipments of an order. */
public final class ShipmentStore extends RecordStore<Shipment> {
    ShipmentStore(Jdbi jdbi) {
        super(jdbi, "shipment", "shipment");
    }

    public List<Shipment> forOrder(long orderId) {
        return list("order_id = :o", Map.of("o", orderId));
    }

    /** Every shipment (for matching an import's rows against). */
    public List<Shipment> all() {
        return list("", Map.of());
    }

    @Override
    protected Map<String, Object> columns(Shipment s) {
        Map<String, Object> m = cols();
        m.put("order_id", s.orderId());
        m.put("shipped_date", s.shippedDate());
        m.put("delivered_date", s.deliveredDate());
        m.put("tracking_no", s.trackingNo());
        m.put("carrier", s.carrier());
        m.put("description", s.description());
        m.put("amount", s.amount());
        m.put("notes", s.notes());
        return m;
    }

    @Override
    protected Shipment map(ResultSet rs) throws SQLException {
        return new Shipment(rs.getLong("id"), rs.getLong("order_id"), date(rs, "shipped_date"),
                date(rs, "delivered_date"), rs.getString("tracking_no"), rs.getString("carrier"),
                rs.getString("description"), rs.getBigDecimal("amount"), rs.getString("notes"), rs.getInt("version"));
    }

    @Override
    protected long idOf(Shipment s) {
        return s.id();
    }

    @Override
    protected int versionOf(Shipment s) {
        return s.version();
    }

    @Override
    protected Long orderIdOf(Shipment s) {
        return s.orderId();
    }
}
