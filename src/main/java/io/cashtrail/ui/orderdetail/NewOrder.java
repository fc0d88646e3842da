package io.cashtrail.ui.orderdetail;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDate;
import io.cashtrail.domain.StageDates;
import java.math.BigDecimal;
import java.util.List;

/** The prefilled draft of a new order, so that the usual case needs only a glance and Save. */
final class NewOrder {
    private NewOrder() {
    }

    /**
     * Next free number "contractNo-n", the part of the contract amount no other order covers yet, the
     * contract's salesperson, and the signing as the first stage (planned and done) when known.
     */
    static Order draft(Contract c, List<Order> existing) {
        BigDecimal used = existing.stream().map(Order::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal rest = Money.orZero(c.amount()).subtract(used).max(Money.ZERO);
        int n = existing.size() + 1;
        while (taken(existing, c.contractNo() + "-" + n)) {
            n++;
        }
        StageDates stages = c.signedDate() == null ? StageDates.NONE
                : StageDates.NONE.with(Stage.CONTRACT_SIGNED, new StageDate(c.signedDate(), c.signedDate()));
        return new Order(0, c.id(), c.contractNo() + "-" + n, null, rest, c.owner(), stages, null, 0, null, null);
    }

    private static boolean taken(List<Order> orders, String no) {
        return orders.stream().anyMatch(o -> no.equalsIgnoreCase(o.orderNo()));
    }
}
