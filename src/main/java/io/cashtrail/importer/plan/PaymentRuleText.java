package io.cashtrail.importer.plan;

import io.cashtrail.domain.PaymentRule;
import io.cashtrail.importer.parse.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the payment habit a customer list writes in words into a {@link PaymentRule}: "月结60天"
 * (end of month + 60 days), "票到30天付款" / "开票后45天" / "net 30" (days after the invoice),
 * "每月10日、25日付款" (payment-run days). Anything else stays text only (null rule). Also the
 * rule's text form for the import history ("END_OF_MONTH_PLUS 60").
 */
final class PaymentRuleText {
    private static final Pattern END_OF_MONTH = Pattern.compile("月结(\\d{1,3})(天|日)?");
    private static final Pattern AFTER_INVOICE = Pattern.compile("(?:票到|开票后|发票后|收票后|到票|见票)(\\d{1,3})(天|日)"
            + "|^(\\d{1,3})天(?:付款|账期)?$|net(\\d{1,3})");
    private static final Pattern RUN_DAY = Pattern.compile("(\\d{1,2})(?:日|号)");

    private PaymentRuleText() {
    }

    static PaymentRule parse(String text) {
        if (text == null) {
            return null;
        }
        String t = TextNormalizer.fold(text).replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        Matcher m = END_OF_MONTH.matcher(t);
        if (m.find()) {
            return PaymentRule.endOfMonthPlus(Integer.parseInt(m.group(1)));
        }
        m = AFTER_INVOICE.matcher(t);
        if (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
            return PaymentRule.daysAfterInvoice(Integer.parseInt(n));
        }
        if (t.startsWith("每月")) {
            List<Integer> days = new ArrayList<>();
            Matcher d = RUN_DAY.matcher(t);
            while (d.find()) {
                int day = Integer.parseInt(d.group(1));
                if (day >= 1 && day <= 31 && !days.contains(day)) {
                    days.add(day);
                }
            }
            return days.isEmpty() ? null : PaymentRule.runDays(days);
        }
        return null;
    }

    /** The rule in the user's language ("End of month + 60 days" / "月结60天"), null for none. */
    static String describe(PaymentRule r) {
        if (r == null) {
            return null;
        }
        return io.cashtrail.i18n.Messages.get("importkinds.rule." + r.kind().name(),
                r.kind() == PaymentRule.Kind.PAYMENT_RUN_DAYS ? r.runDaysText() : String.valueOf(r.days()));
    }

    static String encode(PaymentRule r) {
        return r == null ? null : r.kind().name() + "|" + r.days() + "|" + (r.runDaysText() == null ? "" : r.runDaysText());
    }

    static PaymentRule decode(String v) {
        if (v == null) {
            return null;
        }
        String[] p = v.split("\\|", -1);
        return PaymentRule.decode(p[0], Integer.valueOf(p[1]), p.length > 2 ? p[2] : null);
    }
}
