package io.cashtrail.ui.orderdetail;

import io.cashtrail.service.OrderDetail;
import io.cashtrail.service.OrderService;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What one kind of order record (shipment, invoice, installment, payment) needs from the shared
 * {@link RecordList}: its columns, where its rows come from, its editing form and its service calls.
 *
 * @param name      message prefix and id stem: "shipment" gives keys "shipment.*" and ids "order-shipments-*"
 * @param form      builds the dialog form for a new (null) or an existing record
 * @param describe  a short text naming one record in the delete question
 * @param summary   the totals line under the table, or null for none
 */
record RecordKind<T>(
        String name,
        List<Col<T>> columns,
        Function<OrderDetail, List<T>> rows,
        FormFactory<T> form,
        BiFunction<OrderService, T, T> save,
        BiConsumer<OrderService, T> delete,
        Function<T, String> describe,
        Function<OrderDetail, Summary> summary) {

    /** Builds the dialog form for a new (null) or an existing record of an order. */
    interface FormFactory<T> {
        RecordForm<T> create(OrderDetail detail, T existing, LocalDate today);
    }

    /** A line of totals; a warning is shown in amber. */
    record Summary(String text, boolean warning) {
    }
}
