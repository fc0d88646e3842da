package io.cashtrail.ui.common;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the mouse first comes over its node: each tooltip is a popup window, and
 * making them for a whole screen up front slowed the start (bench/run startup).
 */
public final class LazyTooltip {
    private LazyTooltip() {
    }

    /** Gives {@code node} a tooltip with {@code text}, made on the first hover. */
    public static void install(Node node, Supplier<String> text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, new Tooltip(text.get()));
            }
        });
    }
}
