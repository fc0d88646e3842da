package io.cashtrail.ui.receivables;

import io.cashtrail.i18n.Formats;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Makes a DatePicker show and read 2026-11-27 like the rest of the app, whatever the OS locale. */
public final class DateConverter extends StringConverter<LocalDate> {
    public static DatePicker apply(DatePicker p) {
        p.setConverter(new DateConverter());
        p.setPromptText("2026-11-27");
        return p;
    }

    @Override
    public String toString(LocalDate d) {
        return Formats.date(d);
    }

    @Override
    public LocalDate fromString(String s) {
        try {
            return Formats.parseDate(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
