package io.cashtrail.ui.guide;

import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.common.UiContext;
import io.cashtrail.ui.guide.GuideDocument.Heading;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → User guide: the guide bundled with the app (docs/guide, copied into the jar by the pom)
 * in the user's language, with a table of contents beside the text. One window; opening it again
 * brings it to the front.
 */
public final class GuideWindow {
    /** Where the pom puts docs/guide on the class path. */
    static final String BASE = "/io/cashtrail/guide/";
    private static GuideWindow open;

    private final Stage stage = new Stage();
    private final ListView<Heading> toc = new ListView<>();
    private final GuideView view;

    private GuideWindow(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Messages.get("guide.title"));
        view = new GuideView(GuideWindow::resource);
        toc.setId("guide-toc");
        toc.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Heading h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : "  ".repeat(Math.max(0, h.level() - 1)) + h.text());
                setWrapText(false);
            }
        });
        toc.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> {
            if (h != null) {
                view.scrollTo(h);
            }
        });
        Label tocTitle = new Label(Messages.get("guide.contents"));
        tocTitle.getStyleClass().add("section-title");
        BorderPane left = new BorderPane(toc, tocTitle, null, null, null);
        SplitPane split = new SplitPane(left, view.node());
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(left, false);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(split, Math.min(1180, screen.getWidth() - 40), Math.min(760, screen.getHeight() - 40));
        URL css = GuideWindow.class.getResource("/io/cashtrail/ui/cashtrail.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> open = null);
    }

    /** Opens the guide in the current language (or brings the open one to the front). */
    public static void open(UiContext ctx, Window owner) {
        if (open != null) {
            open.stage.toFront();
            return;
        }
        GuideWindow w = new GuideWindow(owner);
        open = w;
        w.stage.show();
        String file = resourceName();
        ctx.work().read(Messages.get("guide.loading"), () -> load(file), w::show);
    }

    private record Loaded(GuideDocument doc, Map<String, double[]> sizes) {
    }

    /** The guide and the size of each of its pictures (off the FX thread). */
    private static Loaded load(String file) {
        GuideDocument doc = GuideDocument.parse(read(file));
        Map<String, double[]> sizes = new HashMap<>();
        for (GuideDocument.Block b : doc.blocks()) {
            if (b instanceof GuideDocument.Image i) {
                URL url = resource(i.path());
                if (url != null) {
                    sizes.put(i.path(), PngSize.of(url));
                }
            }
        }
        return new Loaded(doc, sizes);
    }

    private static URL resource(String path) {
        return GuideWindow.class.getResource(BASE + path);
    }

    private void show(Loaded loaded) {
        GuideDocument doc = loaded.doc();
        view.show(doc, loaded.sizes());
        List<Heading> headings = doc.headings().stream().filter(h -> h.level() <= 2).toList();
        toc.setItems(FXCollections.observableArrayList(headings));
    }

    /** The guide for the current language: zh_CN.md or en.md. */
    static String resourceName() {
        return "zh".equals(Messages.locale().getLanguage()) ? "zh_CN.md" : "en.md";
    }

    static String read(String file) {
        try (InputStream in = GuideWindow.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                return "# " + Messages.get("guide.title") + "\n\n" + Messages.get("guide.missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
