package io.cashtrail.ui.export;

import io.cashtrail.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The aging template shipped with the app for the current language, copied out of the jar into a
 * temporary file (the report engine reads templates from files). Call off the FX thread; delete
 * the copy when the export is done.
 */
public final class ShippedTemplates {
    static final String FOLDER = "/io/cashtrail/report/template/";

    private ShippedTemplates() {
    }

    /** The resource name of the aging template for {@code locale}: Chinese or English. */
    public static String agingName(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "aging-zh_CN.xlsx" : "aging-en.xlsx";
    }

    /** A temporary copy of the aging template for the current language. */
    public static Path copyAging() {
        String name = agingName(Messages.locale());
        try (InputStream in = ShippedTemplates.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + name);
            }
            Path tmp = Files.createTempFile("cashtrail-template-", ".xlsx");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
