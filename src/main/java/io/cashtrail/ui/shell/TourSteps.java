package io.cashtrail.ui.shell;

import io.cashtrail.ui.tour.TourStep;
import java.util.ArrayList;
import java.util.List;

/** The stops of the guided tour of the main window: each main screen, then where importing starts. */
final class TourSteps {
    static final List<String> SCREENS = List.of("dashboard", "orders", "timeline", "receivables", "customers",
            "settings");

    private TourSteps() {
    }

    static List<TourStep> of(MainWindow w) {
        List<TourStep> steps = new ArrayList<>();
        steps.add(new TourStep("welcome", () -> w.showScreen("dashboard"), () -> null));
        for (String s : SCREENS) {
            steps.add(new TourStep(s, () -> w.showScreen(s), w::centerArea));
        }
        steps.add(new TourStep("import", () -> w.showScreen("dashboard"), w::menuArea));
        return steps;
    }
}
