package io.cashtrail.ui.shell;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.common.UiContext;
import io.cashtrail.ui.firstrun.FirstRunChoice;

/**
 * Carries out the first-run choice once the main window is up: saves the company name, loads the demo
 * data or opens the import wizard, and then offers the guided tour (not when the wizard was skipped,
 * nor over the import wizard: the tour stays in the Help menu).
 */
final class FirstRunFollowUp {
    static final long DEMO_SEED = 20261127L;

    private FirstRunFollowUp() {
    }

    static void run(MainWindow window, FirstRunChoice choice) {
        UiContext ctx = window.context();
        Workspace ws = ctx.workspace();
        boolean demo = choice.start() == FirstRunChoice.Start.DEMO && !choice.skipped();
        String name = choice.companyName() == null ? "" : choice.companyName().strip();
        ctx.work().write(Messages.get(demo ? "shell.demo.loading" : "common.working"), () -> {
            if (demo && ws.isEmpty()) {
                ws.loadDemoData(DEMO_SEED);
            }
            if (!name.isEmpty()) {
                ws.settings().setCompanyName(name);
            }
            return Boolean.TRUE;
        }, done -> {
            ctx.events().fireChanged();
            window.showDigest();
            if (choice.skipped()) {
                return;
            }
            if (choice.start() == FirstRunChoice.Start.IMPORT) {
                window.openImport(null);
            } else {
                window.startTour();
            }
        });
    }
}
