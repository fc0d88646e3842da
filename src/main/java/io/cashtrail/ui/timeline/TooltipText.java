package io.cashtrail.ui.timeline;

import io.cashtrail.domain.Milestone;
import io.cashtrail.domain.PhaseView;
import io.cashtrail.domain.Span;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.TimelineInstallment;
import java.util.List;

/** The text shown when hovering a bar, a milestone, an installment or an order's table cells. */
final class TooltipText {

    /** The tooltip for a hit, or null when nothing is to be shown. */
    String text(TimelineHit hit, List<TimelineRow> rows) {
        if (hit.row() < 0 || hit.row() >= rows.size()) {
            return null;
        }
        TimelineRow row = rows.get(hit.row());
        if (row.isGroup()) {
            return null;
        }
        String order = Messages.get("timeline.tip.order", row.order().orderNo(), row.order().customerName());
        return switch (hit.kind()) {
            case PHASE -> order + "\n" + phase(hit.phase());
            case MILESTONE -> order + "\n" + milestone(hit.milestone());
            case INSTALLMENT -> order + "\n" + installment(hit.installment());
            case TABLE -> summary(row);
            default -> null;
        };
    }

    static String summary(TimelineRow r) {
        var o = r.order();
        StringBuilder b = new StringBuilder(Messages.get("timeline.tip.order", o.orderNo(), o.customerName()));
        b.append("\n").append(Messages.get("timeline.tip.contract", o.contractNo() == null ? "" : o.contractNo(),
                o.owner() == null ? "" : o.owner()));
        b.append("\n").append(Messages.get("timeline.tip.money", Formats.money(o.amount()),
                Formats.money(o.outstanding())));
        if (r.daysLate() > 0) {
            b.append("\n").append(Messages.get("timeline.daysLate", r.daysLate()));
        }
        return b.toString();
    }

    static String phase(PhaseView p) {
        StringBuilder b = new StringBuilder(Messages.get("timeline.phase." + p.phase().key()));
        b.append(" · ").append(Messages.get("timeline.state." + p.state().name().toLowerCase(java.util.Locale.ROOT)));
        if (p.daysLate() > 0) {
            b.append(" · ").append(Messages.get("timeline.daysLate", p.daysLate()));
        }
        line(b, "timeline.tip.plan", p.plan());
        line(b, "timeline.tip.actual", p.actual());
        line(b, "timeline.tip.forecast", p.forecast());
        if (p.baseline() != null) {
            line(b, "timeline.tip.baseline", p.baseline());
            if (p.slipDays() != 0) {
                b.append("\n").append(Messages.get("timeline.tip.slip", p.slipDays()));
            }
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String key, Span s) {
        if (s != null) {
            b.append("\n").append(Messages.get(key, Formats.date(s.start()), Formats.date(s.end())));
        }
    }

    static String milestone(Milestone m) {
        String name = Messages.get("timeline.milestone." + m.stage().key());
        String status = m.done() ? Messages.get("timeline.tip.done") : m.daysLate() > 0
                ? Messages.get("timeline.daysLate", m.daysLate()) : Messages.get("timeline.tip.expected");
        return Messages.get("timeline.tip.milestone", name, Formats.date(m.date()), status);
    }

    static String installment(TimelineInstallment i) {
        String status = Messages.get(i.paid() ? "timeline.tip.paid" : "timeline.tip.open");
        return Messages.get("timeline.tip.installment", i.label() == null ? "" : i.label(), Formats.money(i.amount()),
                Formats.date(i.dueDate()), status);
    }
}
