package io.cashtrail.i18n;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * The user's language choice and the preferences node everything is kept under. Tests point the
 * node elsewhere with {@code -Dcashtrail.prefs=...} so they never touch a user's settings.
 */
public final class LanguagePreference {
    private static final String KEY = "language";

    private LanguagePreference() {
    }

    public static Preferences root() {
        return Preferences.userRoot().node(System.getProperty("cashtrail.prefs", "io/cashtrail"));
    }

    /** "zh_CN", "en" or "" (follow the OS). */
    public static String get(Preferences prefs) {
        return prefs.get(KEY, "");
    }

    public static void set(Preferences prefs, String tag) {
        prefs.put(KEY, tag == null ? "" : tag);
    }

    public static Locale locale(Preferences prefs) {
        return Messages.fromTag(get(prefs));
    }
}
