package io.cashtrail.app;

import io.cashtrail.i18n.LanguagePreference;
import io.cashtrail.ui.firstrun.DataFolderChoice;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a user's data lives: {@code --data-dir}, else {@code CASHTRAIL_HOME}, else the folder the
 * user chose on the first run (kept in the user's preferences), else the per-user data folder of the OS (Windows %APPDATA%\Cashtrail, macOS ~/Library/Application Support/Cashtrail,
 * Linux $XDG_DATA_HOME/cashtrail or ~/.local/share/cashtrail). Never beside the installed program.
 */
public final class AppPaths {
    private AppPaths() {
    }

    public static Path resolve(String dataDirOption) {
        return resolve(dataDirOption, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home"), DataFolderChoice.stored(LanguagePreference.root()).orElse(null));
    }

    /** True when the folder is given by {@code --data-dir} or {@code CASHTRAIL_HOME} (not the user's choice). */
    public static boolean isFixed(String dataDirOption) {
        return isFixed(dataDirOption, System.getenv());
    }

    static boolean isFixed(String dataDirOption, Map<String, String> env) {
        String home = env.get("CASHTRAIL_HOME");
        return dataDirOption != null && !dataDirOption.isBlank() || home != null && !home.isBlank();
    }

    static Path resolve(String dataDirOption, Map<String, String> env, String osName, String userHome) {
        return resolve(dataDirOption, env, osName, userHome, null);
    }

    static Path resolve(String dataDirOption, Map<String, String> env, String osName, String userHome,
            Path chosen) {
        if (dataDirOption != null && !dataDirOption.isBlank()) {
            return Path.of(dataDirOption).toAbsolutePath().normalize();
        }
        String home = env.get("CASHTRAIL_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        if (chosen != null) {
            return chosen;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming")).resolve("Cashtrail");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Cashtrail");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share"))
                .resolve("cashtrail");
    }

    public static Path logDir(Path dataDir) {
        return dataDir.resolve("logs");
    }

    public static Path logFile(Path dataDir) {
        return logDir(dataDir).resolve("cashtrail.log");
    }
}
