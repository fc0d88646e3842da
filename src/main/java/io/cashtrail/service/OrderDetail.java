package io.cashtrail.service;

import io.cashtrail.domain.ChangeEntry;
import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Invoice;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Payment;
import io.cashtrail.domain.Shipment;
import java.util.List;

/** Everything about one order, loaded together for the order detail screen. */
public record OrderDetail(
        Order order,
        Contract contract,
        Customer customer,
        List<Shipment> shipments,
        List<Invoice> invoices,
        List<Installment> installments,
        List<Payment> payments,
        List<ChangeEntry> history) {
}
