package io.cashtrail.ui.dashboard;

import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Action;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** Localized texts of an action: its rule, its suggested next step with formatted arguments, its severity. */
public final class ActionTexts {
    private ActionTexts() {
    }

    public static String rule(Action a) {
        return Messages.get("action.rule." + a.rule().name());
    }

    public static String suggestion(Action a) {
        Object[] args = a.args().stream().map(ActionTexts::format).toArray();
        return Messages.get(a.suggestionKey(), args);
    }

    /** Severity as a shape and a word, so it does not depend on colour alone. */
    public static String severity(Action.Severity s) {
        return Messages.get("today.severity." + s.name());
    }

    static Object format(Object o) {
        if (o instanceof LocalDate d) {
            return Formats.date(d);
        }
        if (o instanceof BigDecimal b) {
            return Formats.money(b);
        }
        if (o instanceof YearMonth m) {
            return m.toString();
        }
        if (o instanceof Number n) {
            return String.valueOf(n);
        }
        return o == null ? "" : o;
    }
}
