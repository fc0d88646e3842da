package io.cashtrail.ui.common;

import javafx.scene.Node;

/** One screen of the main window. */
public interface Screen {
    Node view();

    /** Called each time the screen is shown; reload what may have changed. */
    default void onShow() {
    }
}
