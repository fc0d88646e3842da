package io.cashtrail.ui.orderdetail;

import io.cashtrail.ui.common.UiContext;
import javafx.stage.Window;

/** The order detail window. (Stub: being built.) */
public final class OrderDetailWindow {
    private OrderDetailWindow() {
    }

    /** Opens the detail of an existing order (brings its window to front if already open). */
    public static void open(UiContext ctx, Window owner, long orderId) {
    }

    /** Opens an empty order of a contract; nothing is saved until the user saves. */
    public static void openNew(UiContext ctx, Window owner, long contractId) {
    }
}
