package io.cashtrail.ui.receivables;

import io.cashtrail.ui.common.Form;
import javafx.scene.control.DatePicker;

/** Makes a DatePicker show and read 2026-11-27 like the rest of the app, whatever the OS locale. */
public final class DateConverter {
    private DateConverter() {
    }

    public static DatePicker apply(DatePicker p) {
        p.setConverter(Form.isoConverter());
        p.setPromptText("2026-11-27");
        return p;
    }
}
