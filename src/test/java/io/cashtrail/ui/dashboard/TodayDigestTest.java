package io.cashtrail.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Action;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TodayDigestTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @AfterEach
    void reset() {
        Messages.use(Messages.ENGLISH);
    }

    private static Action action(String money, LocalDate due, Action.State state) {
        return new Action("k" + money + due, Action.Rule.PAYMENT_OVERDUE, 1, "HT-1", "客户", "王芳",
                Action.Severity.HIGH, new BigDecimal(money), due, "action.suggest.paymentOverdue", List.of("尾款", 5),
                state, null, false);
    }

    @Test
    void countsOpenActionsAndTheMoneyDueByTheEndOfTheMonth() {
        List<Action> actions = List.of(action("900000", TODAY.minusDays(30), Action.State.OPEN),
                action("300000", LocalDate.of(2026, 11, 30), Action.State.OPEN),
                action("5000000", LocalDate.of(2026, 12, 1), Action.State.OPEN),
                action("700000", TODAY, Action.State.DONE));
        Messages.use(Messages.ENGLISH);
        assertThat(TodayDigest.text(actions, TODAY)).isEqualTo("3 actions today, ¥1.2M at risk this month");
        Messages.use(Messages.CHINESE);
        assertThat(TodayDigest.text(actions, TODAY))
                .isEqualTo("今日待办 3 项，本月有 ¥120万 回款存在风险");
        assertThat(TodayDigest.text(List.of(), TODAY)).isEqualTo("今天没有待办事项。");
    }

    @Test
    void suggestionsAreLocalizedWithFormattedArguments() {
        Action slip = new Action("x", Action.Rule.NOT_INVOICED, 1, "HT-1", "客户", "王芳", Action.Severity.MEDIUM,
                new BigDecimal("600000"), LocalDate.of(2026, 12, 25), "action.suggest.invoiceBeforeCutoff",
                List.of(LocalDate.of(2026, 12, 25), new BigDecimal("600000"), YearMonth.of(2026, 12),
                        YearMonth.of(2027, 1)), Action.State.OPEN, null, false);
        assertThat(ActionTexts.suggestion(slip))
                .isEqualTo("Invoice by 2026-12-25 or ¥600,000.00 moves from 2026-12 to 2027-01");
        Messages.use(Messages.CHINESE);
        assertThat(ActionTexts.suggestion(slip))
                .isEqualTo("请在 2026-12-25 前开票，否则 ¥600,000.00 将从 2026-12 推迟到 2027-01");
        assertThat(ActionTexts.rule(slip)).isEqualTo("未开票");
    }

    @Test
    void notifierDoesNothingWhenHeadless() {
        assertThat(DesktopNotifier.supported()).isFalse();
        DesktopNotifier.post("t", "x");
    }
}
