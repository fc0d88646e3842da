package io.cashtrail.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All user-visible text: {@code messages.properties} (English) and {@code messages_zh_CN.properties}.
 * The language follows the saved setting, else the OS locale (Chinese for any zh locale).
 */
public final class Messages {
    public static final String BUNDLE = "io.cashtrail.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static volatile ResourceBundle bundle = load(defaultLocale());
    private static volatile Locale locale = defaultLocale();

    private Messages() {
    }

    /** Chinese for any Chinese OS locale, English otherwise. */
    public static Locale defaultLocale() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? CHINESE : ENGLISH;
    }

    /** "zh_CN" or "en" (from settings), anything else means the OS default. */
    public static Locale fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return defaultLocale();
        }
        return tag.startsWith("zh") ? CHINESE : ENGLISH;
    }

    public static void use(Locale l) {
        locale = "zh".equals(l.getLanguage()) ? CHINESE : ENGLISH;
        bundle = load(locale);
    }

    public static Locale locale() {
        return locale;
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    static ResourceBundle load(Locale l) {
        return ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key}, formatted with {@code args} ({0}, {1} …); the key itself if missing. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat f = new MessageFormat(pattern.replace("'", "''"), locale);
        return f.format(args);
    }

    public static boolean has(String key) {
        return bundle.containsKey(key);
    }
}
