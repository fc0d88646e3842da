package io.cashtrail.ui.tour;

import io.cashtrail.i18n.Messages;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/**
 * A short guided tour over a window: the window is dimmed except for the area being explained, and a
 * popover with one or two sentences offers Back, Next and Skip. It lives as a layer on top of the
 * window's content (a {@link StackPane}) and removes itself when finished or skipped.
 */
public final class GuidedTour {
    private final StackPane host;
    private final List<TourStep> steps;
    private final Pane layer = new Pane();
    private final VBox popover = new VBox(8);
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label progress = new Label();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button skip = new Button();
    private final InvalidationListener relayout = o -> place();
    private int index = -1;

    public GuidedTour(StackPane host, List<TourStep> steps) {
        this.host = host;
        this.steps = List.copyOf(steps);
        layer.setId("tour-layer");
        layer.getStyleClass().add("tour-layer");
        title.setId("tour-title");
        title.getStyleClass().add("tour-title");
        title.setWrapText(true);
        text.setId("tour-text");
        text.setWrapText(true);
        progress.setId("tour-progress");
        progress.getStyleClass().add("hint");
        back.setId("tour-back");
        back.setText(Messages.get("tour.back"));
        back.setOnAction(e -> go(index - 1));
        next.setId("tour-next");
        next.setDefaultButton(true);
        next.setOnAction(e -> go(index + 1));
        skip.setId("tour-skip");
        skip.setText(Messages.get("tour.skip"));
        skip.setOnAction(e -> close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, spacer, skip, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        popover.getChildren().addAll(title, text, buttons);
        popover.setId("tour-popover");
        popover.getStyleClass().add("tour-popover");
        popover.setMaxWidth(Region.USE_PREF_SIZE);
        layer.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
    }

    /** Shows the first step. */
    public void start() {
        if (!host.getChildren().contains(layer)) {
            host.getChildren().add(layer);
            host.widthProperty().addListener(relayout);
            host.heightProperty().addListener(relayout);
        }
        go(0);
    }

    public boolean isShowing() {
        return host.getChildren().contains(layer);
    }

    /** The step shown (0-based), -1 before start. */
    public int index() {
        return index;
    }

    public int size() {
        return steps.size();
    }

    public void close() {
        host.getChildren().remove(layer);
        host.widthProperty().removeListener(relayout);
        host.heightProperty().removeListener(relayout);
    }

    private void go(int i) {
        if (i >= steps.size()) {
            close();
            return;
        }
        index = Math.max(0, i);
        TourStep step = steps.get(index);
        step.before().run();
        title.setText(Messages.get("tour." + step.key() + ".title"));
        text.setText(Messages.get("tour." + step.key() + ".text"));
        progress.setText(Messages.get("tour.progress", index + 1, steps.size()));
        back.setDisable(index == 0);
        next.setText(Messages.get(index == steps.size() - 1 ? "tour.done" : "tour.next"));
        host.applyCss();
        host.layout();
        place();
        next.requestFocus();
    }

    /** Dims everything but the target and puts the popover beside it, inside the window. */
    private void place() {
        if (index < 0 || !isShowing()) {
            return;
        }
        double w = host.getWidth();
        double h = host.getHeight();
        Node target = steps.get(index).target().get();
        Bounds b = target == null || target.getScene() == null ? null
                : host.sceneToLocal(target.localToScene(target.getLayoutBounds()));
        Rectangle all = new Rectangle(0, 0, w, h);
        Shape dim = all;
        Rectangle frame = null;
        if (b != null) {
            double pad = 4;
            Rectangle hole = new Rectangle(b.getMinX() - pad, b.getMinY() - pad, b.getWidth() + 2 * pad,
                    b.getHeight() + 2 * pad);
            hole.setArcWidth(10);
            hole.setArcHeight(10);
            dim = Shape.subtract(all, hole);
            frame = new Rectangle(hole.getX(), hole.getY(), hole.getWidth(), hole.getHeight());
            frame.setArcWidth(10);
            frame.setArcHeight(10);
            frame.getStyleClass().add("tour-frame");
            frame.setMouseTransparent(true);
        }
        dim.getStyleClass().add("tour-dim");
        layer.getChildren().setAll(dim);
        if (frame != null) {
            layer.getChildren().add(frame);
        }
        layer.getChildren().add(popover);
        double em = title.getFont().getSize();
        popover.setPrefWidth(Math.min(30 * em, w - 2 * em));
        popover.applyCss();
        popover.autosize();
        double pw = popover.getWidth();
        double ph = popover.prefHeight(pw);
        double x;
        double y;
        if (b == null) {
            x = (w - pw) / 2;
            y = (h - ph) / 2;
        } else if (b.getMaxY() + ph + em < h && b.getHeight() < h / 2) {
            x = b.getMinX();
            y = b.getMaxY() + em;
        } else {
            // a large area: the popover goes inside it, near its bottom right
            x = b.getMaxX() - pw - 2 * em;
            y = b.getMaxY() - ph - 2 * em;
        }
        popover.relocate(clamp(x, em / 2, w - pw - em / 2), clamp(y, em / 2, h - ph - em / 2));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}
