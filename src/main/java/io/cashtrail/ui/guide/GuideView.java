package io.cashtrail.ui.guide;

import io.cashtrail.ui.guide.GuideDocument.Block;
import io.cashtrail.ui.guide.GuideDocument.Code;
import io.cashtrail.ui.guide.GuideDocument.Heading;
import io.cashtrail.ui.guide.GuideDocument.Image;
import io.cashtrail.ui.guide.GuideDocument.ListItem;
import io.cashtrail.ui.guide.GuideDocument.Paragraph;
import io.cashtrail.ui.guide.GuideDocument.Quote;
import io.cashtrail.ui.guide.GuideDocument.Table;
import java.net.URL;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Lays the guide's blocks out in a scrolling column: wrapped text with bold, code and link spans,
 * lists, tables and the screenshots (scaled down to the window's width, loaded in the background).
 */
final class GuideView {
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`|\\[([^\\]]+)]\\(([^)]+)\\)");

    private final VBox content = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Map<Heading, Node> headingNodes = new IdentityHashMap<>();
    private final Function<String, URL> resolve;
    private Map<String, double[]> sizes = Map.of();

    /** {@code resolve} turns an image's relative path into a resource URL (null when missing). */
    GuideView(Function<String, URL> resolve) {
        this.resolve = resolve;
        content.setPadding(new Insets(16, 24, 32, 24));
        content.getStyleClass().add("guide-content");
        scroll.setFitToWidth(true);
        scroll.setId("guide-content");
    }

    ScrollPane node() {
        return scroll;
    }

    /** Shows the guide; {@code sizes} holds each picture's width and height (read off the FX thread). */
    void show(GuideDocument doc, Map<String, double[]> sizes) {
        this.sizes = sizes;
        headingNodes.clear();
        content.getChildren().clear();
        for (Block b : doc.blocks()) {
            content.getChildren().add(render(b));
        }
        scroll.setVvalue(0);
    }

    /** Scrolls so that this heading is at the top. */
    void scrollTo(Heading h) {
        Node n = headingNodes.get(h);
        if (n == null) {
            return;
        }
        content.applyCss();
        content.layout();
        double range = content.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(range <= 0 ? 0 : Math.min(1, n.getBoundsInParent().getMinY() / range));
    }

    private Node render(Block b) {
        if (b instanceof Heading h) {
            Label l = new Label(h.text());
            l.setWrapText(true);
            l.getStyleClass().addAll("guide-heading", "guide-h" + Math.min(h.level(), 3));
            headingNodes.put(h, l);
            return l;
        } else if (b instanceof Paragraph p) {
            return flow(p.text(), "guide-text");
        } else if (b instanceof ListItem li) {
            Label marker = new Label(li.marker());
            marker.setMinWidth(Label.USE_PREF_SIZE);
            TextFlow text = flow(li.text(), "guide-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(6, marker, text);
            row.setPadding(new Insets(0, 0, 0, 12 + 18 * li.depth()));
            return row;
        } else if (b instanceof Image i) {
            return image(i);
        } else if (b instanceof Table t) {
            return table(t);
        } else if (b instanceof Quote q) {
            TextFlow f = flow(q.text(), "guide-text");
            f.getStyleClass().add("guide-quote");
            return f;
        } else {
            Label code = new Label(((Code) b).text());
            code.getStyleClass().add("guide-code");
            return code;
        }
    }

    /**
     * A picture, loaded in the background into a box that already has its final size (known from
     * the PNG header), so that the text below does not move while pictures arrive.
     */
    private Node image(Image i) {
        URL url = resolve.apply(i.path());
        if (url == null) {
            Label missing = new Label("[" + i.alt() + "]");
            missing.getStyleClass().add("hint");
            return missing;
        }
        double[] size = sizes.getOrDefault(i.path(), PngSize.SCREEN);
        javafx.scene.image.Image img = new javafx.scene.image.Image(url.toExternalForm(), true);
        ImageView view = new ImageView(img);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(100, Math.min(size[0], scroll.getViewportBounds().getWidth() - 56)),
                scroll.viewportBoundsProperty()));
        StackPane holder = new StackPane(view);
        holder.setAlignment(Pos.TOP_LEFT);
        holder.minHeightProperty().bind(view.fitWidthProperty().multiply(size[1] / size[0]));
        Label caption = new Label(i.alt());
        caption.setWrapText(true);
        caption.getStyleClass().add("hint");
        VBox box = new VBox(4, holder, caption);
        box.getStyleClass().add("guide-image");
        box.setPadding(new Insets(4, 0, 8, 0));
        return box;
    }

    private Node table(Table t) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("guide-table");
        grid.setHgap(16);
        grid.setVgap(4);
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                TextFlow cell = flow(row.get(c), r == 0 ? "guide-table-head" : "guide-text");
                cell.setMaxWidth(io.cashtrail.ui.common.FontScale.scaled(420));
                grid.add(cell, c, r);
            }
        }
        return grid;
    }

    /** Wrapped text with **bold**, `code` and [links](…) as styled spans. */
    static TextFlow flow(String text, String styleClass) {
        TextFlow f = new TextFlow();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                f.getChildren().add(span(text.substring(at, m.start()), styleClass));
            }
            if (m.group(1) != null) {
                f.getChildren().add(span(m.group(1), styleClass, "guide-bold"));
            } else if (m.group(2) != null) {
                f.getChildren().add(span(m.group(2), styleClass, "guide-inline-code"));
            } else {
                f.getChildren().add(span(m.group(3), styleClass, "guide-link"));
            }
            at = m.end();
        }
        if (at < text.length()) {
            f.getChildren().add(span(text.substring(at), styleClass));
        }
        f.getStyleClass().add("guide-flow");
        return f;
    }

    private static Text span(String s, String... styleClasses) {
        Text t = new Text(s);
        t.getStyleClass().addAll(styleClasses);
        return t;
    }
}
