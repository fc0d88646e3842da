package io.cashtrail.ui.customers;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.CustomerOverview;
import io.cashtrail.service.NotFoundException;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.common.Screen;
import io.cashtrail.ui.common.UiContext;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The customers screen: the filtered customer list on the left, the selected customer's form,
 * contracts and orders on the right. Loads off the FX thread and reloads whenever data changes.
 */
public final class CustomersScreen implements Screen {
    /** What one background load brings: the list rows, known salespeople and the shown customer. */
    private record Snapshot(List<CustomerRow> rows, List<String> owners, CustomerOverview overview) {
    }

    private static final String DIVIDER = "customers.divider";

    private final UiContext ctx;
    private final CustomerList list = new CustomerList();
    private final CustomerDetail detail;
    private final SplitPane root;
    private List<String> owners = List.of();
    private long wanted;
    private int listGeneration;
    private int detailGeneration;
    private boolean firing;
    private boolean reverting;
    private boolean creating;

    public CustomersScreen(UiContext ctx) {
        this.ctx = ctx;
        this.detail = new CustomerDetail(ctx, new DetailHost());
        root = new SplitPane(list.node(), detail.node());
        root.setId("customers-screen");
        io.cashtrail.ui.common.TableState.remember(list.table(), ctx.prefs(), "customers.list.columns");
        root.setDividerPositions(ctx.prefs().getDouble(DIVIDER, 0.4));
        root.getDividers().get(0).positionProperty()
                .addListener((o, a, b) -> ctx.prefs().putDouble(DIVIDER, b.doubleValue()));
        root.getStyleClass().add("customers-screen");
        list.newButton().setOnAction(e -> newCustomer());
        list.selectedProperty().addListener((o, before, row) -> selected(before, row));
        ctx.events().onChange(this::reloadIfShown);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        reloadAll(false);
    }

    /** Selects one customer in the list and shows its detail (after the list has loaded, if needed). */
    public void select(long customerId) {
        if (list.contains(customerId)) {
            list.select(customerId);
        } else {
            wanted = customerId;
        }
    }

    private void reloadIfShown() {
        if (!firing && root.getScene() != null && root.isVisible()) {
            reloadAll(false);
        }
    }

    /** Starts a new customer in the detail form (menu File → New customer). */
    public void newCustomer() {
        if (!detail.confirmDiscard()) {
            return;
        }
        creating = true;
        try {
            list.clearSelection();
            wanted = 0;
            detail.showNew();
        } finally {
            creating = false;
        }
    }

    private void selected(CustomerRow before, CustomerRow row) {
        if (reverting || creating || row == null || row.id() == detail.customerId()) {
            return;
        }
        if (!detail.confirmDiscard()) {
            long back = detail.customerId();
            Platform.runLater(() -> {
                reverting = true;
                try {
                    if (back > 0) {
                        list.select(back);
                    } else {
                        list.clearSelection();
                    }
                } finally {
                    reverting = false;
                }
            });
            return;
        }
        wanted = row.id();
        loadDetail(row.id(), true);
    }

    private void loadDetail(long id, boolean discardEdits) {
        int gen = ++detailGeneration;
        ctx.work().read(Messages.get("customers.loading"), () -> overview(ctx.workspace(), id), ov -> {
            if (gen != detailGeneration) {
                return;
            }
            if (ov == null) {
                wanted = 0;
                detail.showNone();
            } else {
                detail.show(ov, owners, discardEdits);
            }
        });
    }

    /**
     * Reloads the list and, if one is shown, the current customer. Only the newest load is applied;
     * a customer picked while it ran is loaded on its own (its detail load wins over this one's).
     */
    private void reloadAll(boolean discardEdits) {
        int gen = ++listGeneration;
        int detailGen = ++detailGeneration;
        long shown = wanted;
        Workspace ws = ctx.workspace();
        ctx.work().read(Messages.get("customers.loading"), () -> load(ws, shown), snap -> {
            if (gen != listGeneration) {
                return;
            }
            owners = snap.owners();
            reverting = true;
            try {
                list.setAll(snap.rows(), wanted);
            } finally {
                reverting = false;
            }
            if (detailGen != detailGeneration) {
                return;
            }
            if (wanted != shown && wanted > 0) {
                loadDetail(wanted, false);
            } else if (snap.overview() != null) {
                detail.show(snap.overview(), owners, discardEdits);
            } else if (shown > 0) {
                wanted = 0;
                detail.showNone();
            }
        });
    }

    private static Snapshot load(Workspace ws, long shown) {
        List<Customer> customers = ws.customers().all();
        List<Contract> contracts = ws.customers().contracts();
        List<OrderSummary> orders = ws.orders().summaries();
        Collator collator = Collator.getInstance(Locale.CHINA);
        List<String> owners = List.copyOf(Stream.concat(contracts.stream().map(Contract::owner),
                        orders.stream().map(OrderSummary::owner))
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.toCollection(() -> new TreeSet<>(collator))));
        return new Snapshot(CustomerRow.of(customers, contracts, orders), owners, shown > 0 ? overview(ws, shown) : null);
    }

    private static CustomerOverview overview(Workspace ws, long id) {
        try {
            return ws.customers().overview(id);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** Tells other screens about a write without reloading this one twice. */
    private void fireChanged() {
        firing = true;
        try {
            ctx.events().fireChanged();
        } finally {
            firing = false;
        }
    }

    private final class DetailHost implements CustomerDetail.Host {
        @Override
        public void saved(Customer c) {
            wanted = c.id();
            fireChanged();
            reloadAll(false);
        }

        @Override
        public void deleted(long customerId) {
            wanted = 0;
            fireChanged();
            reloadAll(false);
        }

        @Override
        public void changed() {
            fireChanged();
            reloadAll(false);
        }

        @Override
        public void reload(long customerId, boolean discardEdits) {
            wanted = customerId;
            reloadAll(discardEdits);
        }
    }
}
