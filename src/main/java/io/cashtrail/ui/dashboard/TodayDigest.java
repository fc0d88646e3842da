package io.cashtrail.ui.dashboard;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Action;
import io.cashtrail.service.CollectionsService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The one-line start-of-day summary ("5 actions today, ¥1.2M at risk this month"): open actions,
 * and the money of those due by the end of this month.
 */
public final class TodayDigest {
    private static final BigDecimal MILLION = new BigDecimal(1_000_000);
    private static final BigDecimal THOUSAND = new BigDecimal(1_000);
    private static final BigDecimal WAN = new BigDecimal(10_000);
    private static final BigDecimal YI = new BigDecimal(100_000_000);

    private TodayDigest() {
    }

    /** The localized digest of today's open actions. */
    public static String text(List<Action> actions, LocalDate today) {
        List<Action> open = actions.stream().filter(a -> a.state() == Action.State.OPEN).toList();
        if (open.isEmpty()) {
            return Messages.get("today.digest.none");
        }
        return Messages.get("today.digest", String.valueOf(open.size()), compact(atRiskThisMonth(open, today)));
    }

    /**
     * Reads the data and builds the digest: slow, so call it inside {@code ctx.work().read(...)}, then
     * show the text and, if wanted, {@code DesktopNotifier.post(Messages.get("today.digest.title"), text)}.
     */
    public static String compute(CollectionsService svc, LocalDate today) {
        return text(svc.actions(svc.load(), today, svc.actionSettings()), today);
    }

    /** Money of the open actions due on or before the last day of {@code today}'s month. */
    public static BigDecimal atRiskThisMonth(List<Action> actions, LocalDate today) {
        LocalDate end = YearMonth.from(today).atEndOfMonth();
        return actions.stream().filter(a -> a.state() == Action.State.OPEN && a.money() != null)
                .filter(a -> a.dueDate() == null || !a.dueDate().isAfter(end)).map(Action::money)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** ¥1.2M / ¥35K in English, ¥120.5万 / ¥1.2亿 in Chinese. */
    public static String compact(BigDecimal v) {
        boolean chinese = Messages.locale().getLanguage().equals(Locale.CHINESE.getLanguage());
        BigDecimal abs = v.abs();
        String sign = v.signum() < 0 ? "-" : "";
        String cur = io.cashtrail.i18n.Formats.currencySymbol();
        if (chinese) {
            if (abs.compareTo(YI) >= 0) {
                return sign + cur + one(abs.divide(YI, 1, RoundingMode.HALF_UP)) + "亿";
            }
            if (abs.compareTo(WAN) >= 0) {
                return sign + cur + one(abs.divide(WAN, 1, RoundingMode.HALF_UP)) + "万";
            }
        } else {
            if (abs.compareTo(MILLION) >= 0) {
                return sign + cur + one(abs.divide(MILLION, 1, RoundingMode.HALF_UP)) + "M";
            }
            if (abs.compareTo(THOUSAND) >= 0) {
                return sign + cur + one(abs.divide(THOUSAND, 0, RoundingMode.HALF_UP)) + "K";
            }
        }
        return sign + cur + abs.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static String one(BigDecimal b) {
        return b.stripTrailingZeros().scale() <= 0 ? b.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : b.toPlainString();
    }
}
