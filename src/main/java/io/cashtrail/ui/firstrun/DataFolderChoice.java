package io.cashtrail.ui.firstrun;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The data folder the user picked in the first-run wizard, remembered in the user's preferences and
 * used at every later start (unless {@code --data-dir} or {@code CASHTRAIL_HOME} says otherwise).
 */
public final class DataFolderChoice {
    public static final String KEY = "dataDir";

    private DataFolderChoice() {
    }

    public static Optional<Path> stored(Preferences prefs) {
        String s = prefs.get(KEY, "");
        if (s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(s).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    public static void store(Preferences prefs, Path dir) {
        prefs.put(KEY, dir.toAbsolutePath().normalize().toString());
    }
}
