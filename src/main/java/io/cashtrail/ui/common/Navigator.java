package io.cashtrail.ui.common;

/** Moves between screens; implemented by the main window. */
public interface Navigator {
    void showDashboard();

    void showOrders();

    void showCustomers();

    void showSettings();

    /** Opens the order detail of one order. */
    void openOrder(long orderId);

    /** Shows the customers screen with one customer selected. */
    void openCustomer(long customerId);
}
