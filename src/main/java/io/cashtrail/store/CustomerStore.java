package io.cashtrail.store;

import io.cashtrail.domain.Customer;
import io.cashtrail.domain.PaymentRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Customers: CRUD, with deletion refused while contracts or payments refer to the customer. */
public final class CustomerStore extends RecordStore<Customer> {
    private final ContractStore contracts;

    CustomerStore(Jdbi jdbi, ContractStore contracts) {
        super(jdbi, "customer", "customer");
        this.contracts = contracts;
    }

    public List<Customer> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM customer ORDER BY name")
                .map((rs, ctx) -> map(rs)).list());
    }

    public java.util.Optional<Customer> findByName(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM customer WHERE name = :n").bind("n", name)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** Deletes a customer; with {@code cascade} also its contracts (with their orders) and payments. */
    public void delete(long id, boolean cascade) {
        jdbi.useTransaction(h -> {
            Map<String, Integer> deps = new LinkedHashMap<>();
            int nContracts = h.createQuery("SELECT COUNT(*) FROM contract WHERE customer_id = :id").bind("id", id)
                    .mapTo(Integer.class).one();
            int nPayments = h.createQuery("SELECT COUNT(*) FROM payment WHERE customer_id = :id").bind("id", id)
                    .mapTo(Integer.class).one();
            if (nContracts > 0) {
                deps.put("contract", nContracts);
            }
            if (nPayments > 0) {
                deps.put("payment", nPayments);
            }
            if (!deps.isEmpty() && !cascade) {
                throw new DependentsExistException("customer", id, deps);
            }
            for (Long contractId : h.createQuery("SELECT id FROM contract WHERE customer_id = :id").bind("id", id)
                    .mapTo(Long.class).list()) {
                contracts.delete(h, contractId, true);
            }
            h.createUpdate("DELETE FROM payment_allocation WHERE payment_id IN (SELECT id FROM payment"
                    + " WHERE customer_id = :id)").bind("id", id).execute();
            h.createUpdate("DELETE FROM payment WHERE customer_id = :id").bind("id", id).execute();
            deleteRow(h, id);
        });
    }

    @Override
    public void delete(long id) {
        delete(id, false);
    }

    @Override
    protected Map<String, Object> columns(Customer c) {
        Map<String, Object> m = cols();
        m.put("name", c.name() == null ? null : c.name().strip());
        m.put("aliases", c.aliases());
        m.put("tax_id", c.taxId());
        m.put("contact_person", c.contactPerson());
        m.put("contact_phone", c.contactPhone());
        m.put("address", c.address());
        m.put("invoice_cutoff_day", c.invoiceCutoffDay());
        m.put("payment_terms", c.paymentTerms());
        m.put("notes", c.notes());
        m.put("payment_rule", c.paymentRule() == null ? null : c.paymentRule().kind().name());
        m.put("payment_rule_days", c.paymentRule() == null ? null : c.paymentRule().days());
        m.put("payment_run_days", c.paymentRule() == null ? null : c.paymentRule().runDaysText());
        return m;
    }

    @Override
    protected Customer map(ResultSet rs) throws SQLException {
        return new Customer(rs.getLong("id"), rs.getString("name"), rs.getString("aliases"), rs.getString("tax_id"),
                rs.getString("contact_person"), rs.getString("contact_phone"), rs.getString("address"),
                intOrNull(rs, "invoice_cutoff_day"), rs.getString("payment_terms"), rs.getString("notes"),
                rs.getInt("version"), ts(rs, "created_at"), ts(rs, "updated_at"),
                PaymentRule.decode(rs.getString("payment_rule"), intOrNull(rs, "payment_rule_days"),
                        rs.getString("payment_run_days")));
    }

    @Override
    protected long idOf(Customer c) {
        return c.id();
    }

    @Override
    protected int versionOf(Customer c) {
        return c.version();
    }

    @Override
    protected String describe(Customer c) {
        return c.name();
    }

    @Override
    protected RuntimeException translate(RuntimeException e, Customer c) {
        return isUniqueViolation(e) ? new DuplicateKeyException("name", c.name(), e) : e;
    }
}
