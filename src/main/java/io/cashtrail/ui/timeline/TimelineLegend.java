package io.cashtrail.ui.timeline;

import io.cashtrail.domain.Phase;
import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.common.StageColors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;

/** The legend under the toolbar: each phase's colour and pattern, and what outline, fill, hatch and marks mean. */
final class TimelineLegend {
    private TimelineLegend() {
    }

    static Node build() {
        FlowPane pane = new FlowPane(14, 4);
        pane.setId("timeline-legend");
        pane.setAlignment(Pos.CENTER_LEFT);
        for (Phase p : Phase.values()) {
            pane.getChildren().add(item(StageColors.swatch(p), Messages.get("timeline.phase." + p.key())));
        }
        Color c = Color.web("#56606b");
        pane.getChildren().add(item(icon((g) -> {
            g.setStroke(c);
            g.strokeRect(0.5, 0.5, 21, 11);
        }), Messages.get("timeline.legend.plan")));
        pane.getChildren().add(item(icon((g) -> {
            g.setFill(c);
            g.fillRect(0, 2, 22, 8);
        }), Messages.get("timeline.legend.actual")));
        pane.getChildren().add(item(icon((g) -> {
            g.setFill(StageColors.hatch(Phase.PRODUCTION));
            g.fillRect(0, 2, 22, 8);
        }), Messages.get("timeline.legend.forecast")));
        pane.getChildren().add(item(icon((g) -> {
            g.setStroke(StageColors.LATE);
            g.setLineWidth(2);
            g.strokeRect(1, 1, 20, 10);
        }), Messages.get("timeline.legend.late")));
        pane.getChildren().add(item(icon((g) -> {
            g.setFill(c);
            g.fillPolygon(new double[] {11, 17, 11, 5}, new double[] {0, 6, 12, 6}, 4);
        }), Messages.get("timeline.legend.milestone")));
        pane.getChildren().add(item(icon((g) -> {
            g.setStroke(c);
            g.strokeOval(2, 2.5, 7, 7);
            g.setFill(c);
            g.fillOval(13, 2.5, 7, 7);
        }), Messages.get("timeline.legend.installment")));
        pane.getChildren().add(item(icon((g) -> {
            g.setStroke(TimelineGrid.CUTOFF);
            g.strokeLine(11.5, 0, 11.5, 12);
        }), Messages.get("timeline.legend.cutoff")));
        pane.getChildren().add(item(icon((g) -> {
            g.setStroke(StageColors.TODAY);
            g.setLineWidth(1.5);
            g.strokeLine(11, 0, 11, 12);
        }), Messages.get("timeline.legend.today")));
        return pane;
    }

    private interface Painter {
        void paint(GraphicsContext g);
    }

    private static Canvas icon(Painter p) {
        Canvas c = new Canvas(22, 12);
        p.paint(c.getGraphicsContext2D());
        return c;
    }

    private static Node item(Node icon, String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        HBox box = new HBox(4, icon, l);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
