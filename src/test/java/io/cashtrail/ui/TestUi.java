package io.cashtrail.ui;

import io.cashtrail.service.Workspace;
import io.cashtrail.ui.common.BackgroundWork;
import io.cashtrail.ui.common.DataEvents;
import io.cashtrail.ui.common.Navigator;
import io.cashtrail.ui.common.UiContext;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.prefs.Preferences;

/** What screen tests share: a UiContext over a test workspace, with its own preferences node. */
public final class TestUi {
    private TestUi() {
    }

    /** A context on {@code ws} with fresh background work, events and preferences; the log goes to {@code dir}. */
    public static UiContext context(Workspace ws, Navigator nav, Path dir) {
        return new UiContext(ws, new BackgroundWork(), nav, new DataEvents(),
                Preferences.userRoot().node("cashtrail-test/" + UUID.randomUUID()), dir.resolve("test.log"));
    }

    /** A navigator that only reports which orders were opened. */
    public static Navigator navigator(LongConsumer openedOrder) {
        return new Navigator() {
            @Override
            public void showDashboard() {
            }

            @Override
            public void showOrders() {
            }

            @Override
            public void showCustomers() {
            }

            @Override
            public void showSettings() {
            }

            @Override
            public void openOrder(long orderId) {
                openedOrder.accept(orderId);
            }

            @Override
            public void openCustomer(long customerId) {
            }
        };
    }

    public static Navigator noNavigation() {
        return navigator(id -> { });
    }
}
