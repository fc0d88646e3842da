package io.cashtrail.store;

import io.cashtrail.domain.Contract;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Contracts: CRUD; deleting one with orders needs explicit confirmation (cascade). */
public final class ContractStore extends RecordStore<Contract> {
    private final OrderStore orders;

    ContractStore(Jdbi jdbi, OrderStore orders) {
        super(jdbi, "contract", "contract");
        this.orders = orders;
    }

    public List<Contract> forCustomer(long customerId) {
        return list("customer_id = :c", Map.of("c", customerId));
    }

    public List<Contract> all() {
        return list("", Map.of());
    }

    public java.util.Optional<Contract> findByNo(String contractNo) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM contract WHERE contract_no = :n")
                .bind("n", contractNo).map((rs, ctx) -> map(rs)).findOne());
    }

    public void delete(long id, boolean cascade) {
        jdbi.useTransaction(h -> delete(h, id, cascade));
    }

    @Override
    public void delete(long id) {
        delete(id, false);
    }

    void delete(Handle h, long id, boolean cascade) {
        List<Long> orderIds = h.createQuery("SELECT id FROM sales_order WHERE contract_id = :id").bind("id", id)
                .mapTo(Long.class).list();
        if (!orderIds.isEmpty() && !cascade) {
            throw new DependentsExistException("contract", id, Map.of("order", orderIds.size()));
        }
        for (long orderId : orderIds) {
            orders.delete(h, orderId, true);
        }
        deleteRow(h, id);
    }

    @Override
    protected Map<String, Object> columns(Contract c) {
        Map<String, Object> m = cols();
        m.put("contract_no", c.contractNo() == null ? null : c.contractNo().strip());
        m.put("customer_id", c.customerId());
        m.put("title", c.title());
        m.put("signed_date", c.signedDate());
        m.put("amount", c.amount());
        m.put("tax_rate", c.taxRate());
        m.put("owner", c.owner());
        m.put("payment_terms", c.paymentTerms());
        m.put("notes", c.notes());
        return m;
    }

    @Override
    protected Contract map(ResultSet rs) throws SQLException {
        return new Contract(rs.getLong("id"), rs.getString("contract_no"), rs.getLong("customer_id"),
                rs.getString("title"), date(rs, "signed_date"), rs.getBigDecimal("amount"), rs.getBigDecimal("tax_rate"),
                rs.getString("owner"), rs.getString("payment_terms"), rs.getString("notes"), rs.getInt("version"),
                ts(rs, "created_at"), ts(rs, "updated_at"));
    }

    @Override
    protected long idOf(Contract c) {
        return c.id();
    }

    @Override
    protected int versionOf(Contract c) {
        return c.version();
    }

    @Override
    protected String describe(Contract c) {
        return c.contractNo();
    }

    @Override
    protected RuntimeException translate(RuntimeException e, Contract c) {
        return isUniqueViolation(e) ? new DuplicateKeyException("contractNo", c.contractNo(), e) : e;
    }
}
