package io.cashtrail.ui.timeline;

import io.cashtrail.domain.Stage;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ReplanPreview;
import java.util.Objects;

/** The confirmation text of a replan: the planned dates that move, the due dates, the money moving months. */
final class ReplanText {
    private ReplanText() {
    }

    static String describe(ReplanPreview p) {
        StringBuilder b = new StringBuilder(Messages.get("timeline.replan.intro", p.before().orderNo()));
        for (Stage s : Stage.values()) {
            var from = p.before().stages().planned(s);
            var to = p.after().stages().planned(s);
            if (!Objects.equals(from, to)) {
                b.append("\n• ").append(Messages.get("timeline.replan.stage", Messages.get("stage." + s.key()),
                        Formats.date(from), Formats.date(to)));
            }
        }
        if (!p.installments().isEmpty()) {
            b.append("\n\n").append(Messages.get("timeline.replan.installments"));
            for (ReplanPreview.InstallmentChange c : p.installments()) {
                String label = c.before().label() == null ? "#" + c.before().seq() : c.before().label();
                b.append("\n• ").append(Messages.get("timeline.replan.due", label, Formats.money(c.before().amount()),
                        Formats.date(c.oldDue()), Formats.date(c.newDue())));
            }
        }
        if (!p.moves().isEmpty()) {
            b.append("\n\n").append(Messages.get("timeline.replan.money"));
            for (ReplanPreview.MoneyMove m : p.moves()) {
                b.append("\n• ").append(Messages.get("timeline.replan.move", Formats.money(m.amount()),
                        m.from().toString(), m.to().toString()));
            }
        } else {
            b.append("\n\n").append(Messages.get("timeline.replan.noMoney"));
        }
        if (!p.validation().warnings().isEmpty()) {
            b.append("\n");
            p.validation().warnings().forEach(w -> b.append("\n⚠ ").append(Messages.get(w.messageKey(), w.args())));
        }
        return b.toString();
    }

    static String errors(ReplanPreview p) {
        StringBuilder b = new StringBuilder();
        p.validation().errors().forEach(e -> b.append(b.length() == 0 ? "" : "\n").append(
                Messages.get(e.messageKey(), e.args())));
        return b.toString();
    }
}
