package io.cashtrail.ui.customers;

import io.cashtrail.ui.common.Screen;
import io.cashtrail.ui.common.UiContext;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The customers screen. (Stub: being built.) */
public final class CustomersScreen implements Screen {
    private final Label view = new Label("customers");

    public CustomersScreen(UiContext ctx) {
    }

    @Override
    public Node view() {
        return view;
    }

    /** Selects one customer in the list and shows its detail. */
    public void select(long customerId) {
    }
}
