package io.cashtrail.ui.common;

import io.cashtrail.service.Workspace;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/** What every screen needs: the open workspace, background work, navigation, change events, prefs. */
public record UiContext(
        Workspace workspace,
        BackgroundWork work,
        Navigator navigator,
        DataEvents events,
        Preferences prefs,
        Path logFile) {
}
