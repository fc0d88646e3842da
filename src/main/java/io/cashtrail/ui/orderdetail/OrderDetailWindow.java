package io.cashtrail.ui.orderdetail;

import io.cashtrail.ui.common.DataEvents;
import io.cashtrail.ui.common.UiContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The order detail window: one non-modal window per order, showing and editing everything about it.
 * Opening an order that already has a window brings that window to the front; all open windows
 * reload when data changes anywhere (their unsaved edits are kept).
 */
public final class OrderDetailWindow {
    private static final List<OrderDetailWindow> OPEN = new ArrayList<>();
    private static final Set<DataEvents> WIRED = Collections.newSetFromMap(new WeakHashMap<>());
    private static final String WIDTH = "orderdetail.width";
    private static final String HEIGHT = "orderdetail.height";

    private final UiContext ctx;
    private final Stage stage = new Stage();
    private final OrderDetailPane pane;

    private OrderDetailWindow(UiContext ctx, Window owner) {
        this.ctx = ctx;
        if (owner != null) {
            stage.initOwner(owner);
        }
        pane = new OrderDetailPane(ctx, stage);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(ctx.prefs().getDouble(WIDTH, 1120), screen.getWidth() - 20);
        double h = Math.min(ctx.prefs().getDouble(HEIGHT, 760), screen.getHeight() - 20);
        Scene scene = new Scene(pane.node(), Math.max(w, 640), Math.max(h, 420));
        var css = OrderDetailWindow.class.getResource("/io/cashtrail/ui/cashtrail.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> ((javafx.scene.control.Button) pane.node().lookup("#order-save")).fire());
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.setOnCloseRequest(e -> {
            if (!pane.close(false)) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            OPEN.remove(this);
            ctx.prefs().putDouble(WIDTH, stage.getWidth());
            ctx.prefs().putDouble(HEIGHT, stage.getHeight());
        });
        OPEN.add(this);
        if (WIRED.add(ctx.events())) {
            DataEvents events = ctx.events();
            events.onChange(() -> List.copyOf(OPEN).stream().filter(x -> x.ctx.events() == events)
                    .forEach(x -> x.pane.refresh()));
        }
    }

    /** Opens the detail of an existing order (brings its window to front if already open). */
    public static void open(UiContext ctx, Window owner, long orderId) {
        for (OrderDetailWindow w : OPEN) {
            if (w.ctx.workspace() == ctx.workspace() && w.pane.orderId() == orderId) {
                w.stage.setIconified(false);
                w.stage.toFront();
                w.stage.requestFocus();
                return;
            }
        }
        OrderDetailWindow w = new OrderDetailWindow(ctx, owner);
        w.pane.load(orderId);
        w.stage.show();
    }

    /** Opens an empty order of a contract; nothing is saved until the user saves. */
    public static void openNew(UiContext ctx, Window owner, long contractId) {
        OrderDetailWindow w = new OrderDetailWindow(ctx, owner);
        w.pane.loadNew(contractId);
        w.stage.show();
    }
}
