package io.cashtrail.docs;

import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.common.BackgroundWork;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Drives the real windows for the guide's screenshots from a plain (non-FX) thread: clicks buttons,
 * opens menus, waits until a screen shows its data and background work has finished, and writes the
 * frontmost window (with any open menu drawn over it) as a PNG. Every step is one call, so a new
 * screenshot is one line in {@link GuideScreenshots}.
 */
final class ShotDriver {
    private static final long TIMEOUT_MS = 30_000;

    private final Stage main;
    private final BackgroundWork work;
    private final Path outDir;
    private final List<String> failures = new ArrayList<>();
    private String failedFlow;

    ShotDriver(Stage main, BackgroundWork work, Path outDir) {
        this.main = main;
        this.work = work;
        this.outDir = outDir;
    }

    // ---- actions (all run on the FX thread) ----

    /** Clicks a button or toggle (e.g. a navigation button) in the frontmost window. */
    ShotDriver click(String selector) {
        return step("click " + selector, () -> {
            Node n = find(selector);
            if (!(n instanceof ButtonBase b)) {
                throw new IllegalStateException("no button " + selector);
            }
            b.fire();
        });
    }

    /** Runs any code on the FX thread (e.g. opening an order window through the navigator). */
    ShotDriver fx(String what, Runnable action) {
        return step(what, action);
    }

    /** Selects the tab with this id in the tab pane {@code paneSelector}. */
    ShotDriver tab(String paneSelector, String tabId) {
        return step("tab " + tabId, () -> {
            TabPane p = (TabPane) find(paneSelector);
            p.getSelectionModel().select(p.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no tab " + tabId)));
        });
    }

    /** Selects the tab with this id in whichever tab pane of the frontmost window holds it. */
    ShotDriver tab(String tabId) {
        return step("tab " + tabId, () -> {
            for (Node n : front().getScene().getRoot().lookupAll(".tab-pane")) {
                TabPane p = (TabPane) n;
                for (var t : p.getTabs()) {
                    if (tabId.equals(t.getId())) {
                        p.getSelectionModel().select(t);
                        return;
                    }
                }
            }
            throw new IllegalStateException("no tab " + tabId);
        });
    }

    /** Selects row {@code index} of a table (e.g. a problem row, to show what selecting it opens). */
    ShotDriver selectRow(String selector, int index) {
        return step("select row " + index + " of " + selector, () -> {
            TableView<?> t = (TableView<?>) find(selector);
            t.getSelectionModel().clearAndSelect(index);
            t.scrollTo(index);
        });
    }

    /** Types text into a text field (replacing what is there). */
    ShotDriver type(String selector, String text) {
        return step("type into " + selector, () -> {
            Node n = find(selector);
            if (!(n instanceof javafx.scene.control.TextInputControl t)) {
                throw new IllegalStateException("no text field " + selector);
            }
            t.setText(text);
        });
    }

    /** Opens the drop-down list of a combo box (drawn into the picture like a menu). */
    ShotDriver openList(String selector) {
        return step("open list " + selector, () -> {
            Node n = find(selector);
            if (!(n instanceof javafx.scene.control.ComboBoxBase<?> c)) {
                throw new IllegalStateException("no combo box " + selector);
            }
            c.show();
        });
    }

    /** Opens the first group of a tree table and its first child, to show what is inside. */
    ShotDriver expandFirst(String selector) {
        return step("expand " + selector, () -> {
            TreeTableView<?> t = (TreeTableView<?>) find(selector);
            var item = t.getRoot().getChildren().get(0);
            item.setExpanded(true);
            if (!item.getChildren().isEmpty()) {
                item.getChildren().get(0).setExpanded(true);
            }
        });
    }

    /** Scrolls the scroll pane around this node so far that the node is in view (to the end at most). */
    ShotDriver scrollTo(String selector) {
        return step("scroll to " + selector, () -> {
            Node n = find(selector);
            Node p = n.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (!(p instanceof ScrollPane sp)) {
                throw new IllegalStateException("no scroll pane around " + selector);
            }
            Node content = sp.getContent();
            double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
            double range = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, y - 40) / range));
        });
    }

    /** Opens the main window's menu titled by this message key. */
    ShotDriver openMenu(String key) {
        return step("menu " + key, () -> menu(key).show());
    }

    /** Fires the item (by message key) of the main window's menu {@code menuKey}. */
    ShotDriver menuItem(String menuKey, String itemKey) {
        return step("menu item " + itemKey, () -> {
            String text = Messages.get(itemKey);
            MenuItem item = menu(menuKey).getItems().stream().filter(i -> text.equals(i.getText())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no menu item " + itemKey));
            item.fire();
        });
    }

    /** Hides open menus and every window except the main one. */
    ShotDriver closeOthers() {
        return step("close windows", () -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != main) {
                    w.hide();
                }
            }
        });
    }

    // ---- waiting ----

    /** Waits until the condition holds in the frontmost window and no background work runs. */
    ShotDriver until(String what, Predicate<Scene> condition) {
        if (failedFlow != null) {
            return this;
        }
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        int okInARow = 0;
        while (okInARow < 2) {
            boolean ok = onFx(() -> !work.busyProperty().get() && condition.test(front().getScene()));
            okInARow = ok ? okInARow + 1 : 0;
            if (System.currentTimeMillis() > end) {
                return fail("waiting for " + what, null);
            }
            sleep(ok ? 30 : 100);
        }
        return this;
    }

    static Predicate<Scene> shown(String selector) {
        return s -> s.lookup(selector) != null && s.lookup(selector).isVisible();
    }

    static Predicate<Scene> hasText(String selector) {
        return s -> {
            Node n = s.lookup(selector);
            String text = n instanceof Labeled l ? l.getText()
                    : n instanceof javafx.scene.control.TextInputControl t ? t.getText() : null;
            return text != null && !text.isBlank();
        };
    }

    static Predicate<Scene> filled(String selector) {
        return s -> {
            Node n = s.lookup(selector);
            if (n instanceof TableView<?> t) {
                return !t.getItems().isEmpty();
            }
            return n instanceof TreeTableView<?> t && t.getRoot() != null && !t.getRoot().getChildren().isEmpty();
        };
    }

    /** Every picture in the window has finished loading. */
    static Predicate<Scene> imagesLoaded() {
        return s -> s.getRoot().lookupAll(".image-view").stream()
                .map(n -> ((javafx.scene.image.ImageView) n).getImage())
                .allMatch(i -> i == null || i.getProgress() >= 1.0);
    }

    /** Waits until a menu popup is showing. */
    static Predicate<Scene> menuShown() {
        return s -> Window.getWindows().stream().anyMatch(w -> w instanceof PopupWindow && w.isShowing());
    }

    // ---- pictures ----

    /** Writes the frontmost window, open popups drawn over it, as {@code NAME.png}. */
    ShotDriver save(String name) {
        if (failedFlow != null) {
            failures.add(name + " (skipped: " + failedFlow + ")");
            return this;
        }
        settle();
        try {
            BufferedImage image = onFx(this::capture);
            Files.createDirectories(outDir);
            ImageIO.write(image, "png", outDir.resolve(name + ".png").toFile());
            System.out.println("wrote " + outDir.resolve(name + ".png"));
        } catch (IOException | RuntimeException e) {
            failures.add(name + ": " + e);
        }
        return this;
    }

    /** Waits until a layout pass changes nothing any more (text areas and wrapped labels settle late). */
    private void settle() {
        long end = System.currentTimeMillis() + 5_000;
        int last = 0;
        int same = 0;
        while (same < 3 && System.currentTimeMillis() < end) {
            int now = onFx(() -> {
                Window w = front();
                w.getScene().getRoot().applyCss();
                w.getScene().getRoot().layout();
                return layoutHash(w.getScene().getRoot());
            });
            same = now == last ? same + 1 : 0;
            last = now;
            sleep(60);
        }
    }

    private static int layoutHash(Node n) {
        int h = n.getLayoutBounds().hashCode() * 31 + Double.hashCode(n.getLayoutY());
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                h = h * 17 + layoutHash(c);
            }
        }
        return h;
    }

    private BufferedImage capture() {
        Window front = front();
        Scene scene = front.getScene();
        if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
            scene.getRoot().requestFocus(); // a blinking caret would make every run's picture differ
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        BufferedImage base = toAwt(scene.snapshot(null));
        Graphics2D g = base.createGraphics();
        for (Window w : Window.getWindows()) {
            if (w instanceof PopupWindow p && p.isShowing() && p.getScene() != null) {
                BufferedImage pop = toAwt(p.getScene().snapshot(null));
                double x = p.getX() + p.getScene().getX() - front.getX() - scene.getX();
                double y = p.getY() + p.getScene().getY() - front.getY() - scene.getY();
                g.drawImage(pop, (int) Math.round(x), (int) Math.round(y), null);
            }
        }
        g.dispose();
        BufferedImage rgb = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = rgb.createGraphics();
        g2.setColor(java.awt.Color.WHITE);
        g2.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g2.drawImage(base, 0, 0, null);
        g2.dispose();
        return rgb;
    }

    private static BufferedImage toAwt(WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        PixelReader r = img.getPixelReader();
        r.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    // ---- flows and failures ----

    /** Starts a named sequence: after a failure the rest of the sequence is skipped, the next runs. */
    ShotDriver flow(String name) {
        failedFlow = null;
        return this;
    }

    List<String> failures() {
        return failures;
    }

    private ShotDriver step(String what, Runnable action) {
        if (failedFlow != null) {
            return this;
        }
        try {
            onFx(() -> {
                action.run();
                return null;
            });
        } catch (RuntimeException e) {
            return fail(what, e);
        }
        return this;
    }

    private ShotDriver fail(String what, Throwable e) {
        failedFlow = what;
        failures.add(what + (e == null ? ": timed out" : ": " + e));
        return this;
    }

    // ---- plumbing ----

    private Menu menu(String key) {
        String text = Messages.get(key);
        MenuBar bar = (MenuBar) main.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().filter(m -> text.equals(m.getText())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no menu " + key));
    }

    private Node find(String selector) {
        Node n = front().getScene().lookup(selector);
        if (n == null) {
            throw new IllegalStateException("nothing matches " + selector);
        }
        return n;
    }

    /** The newest showing stage (a dialog or order window in front of the main window), else the main one. */
    private Window front() {
        Window found = main;
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage && w.isShowing()) {
                found = w;
            }
        }
        return found;
    }

    static <T> T onFx(Callable<T> c) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted"));
        }
    }
}
