package io.cashtrail.service;

import io.cashtrail.domain.Money;
import io.cashtrail.domain.OrderProgress;
import io.cashtrail.domain.OrderSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Computes the dashboard figures from the order summaries. */
public final class DashboardService {
    private DashboardService() {
    }

    public static Kpis kpis(List<OrderSummary> orders, LocalDate today) {
        int open = 0;
        int late = 0;
        BigDecimal value = Money.ZERO;
        BigDecimal received = Money.ZERO;
        for (OrderSummary o : orders) {
            OrderProgress p = OrderProgress.of(o.stages(), today);
            boolean paidUp = o.outstanding().signum() <= 0;
            if (!p.isComplete() && !paidUp) {
                open++;
                if (p.isLate()) {
                    late++;
                }
            }
            value = value.add(o.amount());
            received = received.add(o.received());
        }
        return new Kpis(open, late, value, received, value.subtract(received));
    }
}
