package io.cashtrail.ui.tour;

import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * One stop of the guided tour: what to show first ({@code before}, e.g. switch to the screen), the
 * area to highlight, and the message key whose {@code .title} and {@code .text} explain it.
 */
public record TourStep(String key, Runnable before, Supplier<Node> target) {
}
