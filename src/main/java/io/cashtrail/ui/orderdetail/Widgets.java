package io.cashtrail.ui.orderdetail;

import io.cashtrail.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Small node factories the order detail uses in several places. */
final class Widgets {
    private Widgets() {
    }

    /** A button with a localized text that is never shortened to "…". */
    static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    static Label sectionTitle(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }
}
