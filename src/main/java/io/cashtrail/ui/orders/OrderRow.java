package io.cashtrail.ui.orders;

import io.cashtrail.domain.OrderProgress;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Stage;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.SearchService;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the orders table: an immutable order summary with every display value and sort key
 * computed once, so sorting and filtering 100,000 rows never go through cell bindings.
 */
public final class OrderRow {
    private final OrderSummary summary;
    private final String currentStage;
    private final int currentStageRank;
    private final String nextStep;
    private final LocalDate nextDate;
    private final int daysLate;
    private final BigDecimal outstanding;
    private final String searchKey;

    public OrderRow(OrderSummary s, LocalDate today) {
        this.summary = s;
        OrderProgress p = OrderProgress.of(s.stages(), today);
        this.currentStage = p.currentStage() == null ? Messages.get("stage.none") : stageName(p.currentStage());
        this.currentStageRank = p.currentStage() == null ? -1 : p.currentStage().ordinal();
        this.nextStep = p.nextStage() == null ? Messages.get("stage.done") : stageName(p.nextStage());
        this.nextDate = p.nextPlanned();
        this.daysLate = p.daysLate();
        this.outstanding = s.outstanding();
        this.searchKey = SearchService.normalize(String.join("\u0001", nz(s.contractNo()), nz(s.orderNo()),
                nz(s.customerName()), nz(s.owner()), currentStage));
    }

    private static volatile java.util.Locale namesLocale;
    private static volatile String[] names;

    /** Stage names of the current language, looked up once per language rather than per row. */
    private static String stageName(Stage s) {
        String[] n = names;
        if (n == null || namesLocale != Messages.locale()) {
            n = new String[Stage.values().length];
            for (Stage st : Stage.values()) {
                n[st.ordinal()] = Messages.get("stage." + st.key());
            }
            names = n;
            namesLocale = Messages.locale();
        }
        return n[s.ordinal()];
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** True when every word of the (normalized) query occurs somewhere in the row. */
    public boolean matches(String[] normalizedWords) {
        for (String w : normalizedWords) {
            if (!searchKey.contains(w)) {
                return false;
            }
        }
        return true;
    }

    public OrderSummary summary() {
        return summary;
    }

    public long orderId() {
        return summary.orderId();
    }

    public String contractNo() {
        return summary.contractNo();
    }

    public String orderNo() {
        return summary.orderNo();
    }

    public String customer() {
        return summary.customerName();
    }

    public String owner() {
        return nz(summary.owner());
    }

    public BigDecimal amount() {
        return summary.amount();
    }

    public BigDecimal received() {
        return summary.received();
    }

    public BigDecimal outstanding() {
        return outstanding;
    }

    public String currentStage() {
        return currentStage;
    }

    public int currentStageRank() {
        return currentStageRank;
    }

    public String nextStep() {
        return nextStep;
    }

    public LocalDate nextDate() {
        return nextDate;
    }

    public int daysLate() {
        return daysLate;
    }
}
