package io.cashtrail.ui.shell;

import io.cashtrail.domain.Customer;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.SearchHit;
import io.cashtrail.service.SearchService;
import io.cashtrail.ui.common.UiContext;
import io.cashtrail.ui.orders.OrdersViewModel;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * The search box in the window's top bar: contract no., order no., customer or salesperson by
 * partial match; results drop down below it, Enter opens the first.
 */
final class GlobalSearch {
    private static final int LIMIT = 12;
    private final UiContext ctx;
    private final OrdersViewModel orders;
    private final TextField field = new TextField();
    private final ContextMenu popup = new ContextMenu();
    private volatile List<Customer> customers = List.of();
    private List<SearchHit> hits = List.of();

    GlobalSearch(UiContext ctx, OrdersViewModel orders) {
        this.ctx = ctx;
        this.orders = orders;
        field.setId("global-search");
        field.setPromptText(Messages.get("shell.search.prompt"));
        field.setPrefColumnCount(26);
        field.textProperty().addListener((o, a, b) -> update(b));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !hits.isEmpty()) {
                open(hits.get(0));
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                popup.hide();
            }
        });
        orders.onLoaded(l -> reloadCustomers());
        ctx.events().onChange(this::reloadCustomers);
        // the first list comes with the first orders load (the start-up loads it)
    }

    TextField field() {
        return field;
    }

    private void reloadCustomers() {
        ctx.work().read(Messages.get("common.loading"), () -> ctx.workspace().customers().all(), l -> customers = l);
    }

    private void update(String text) {
        hits = SearchService.search(text, orders.summaries(), customers, LIMIT);
        popup.getItems().clear();
        if (text == null || text.isBlank()) {
            popup.hide();
            return;
        }
        if (hits.isEmpty()) {
            CustomMenuItem none = new CustomMenuItem(new Label(Messages.get("shell.search.none")), false);
            popup.getItems().add(none);
        }
        for (SearchHit h : hits) {
            Label title = new Label(Messages.get("shell.search.kind." + h.kind().name().toLowerCase()) + "  " + h.title());
            title.setStyle("-fx-font-weight: bold;");
            Label sub = new Label(h.subtitle() == null ? "" : h.subtitle());
            sub.getStyleClass().add("hint");
            CustomMenuItem item = new CustomMenuItem(new VBox(1, title, sub), true);
            item.setOnAction(e -> open(h));
            popup.getItems().add(item);
        }
        if (!popup.isShowing() && field.getScene() != null) {
            popup.show(field, Side.BOTTOM, 0, 0);
        }
    }

    private void open(SearchHit h) {
        popup.hide();
        if (h.kind() == SearchHit.Kind.ORDER) {
            ctx.navigator().openOrder(h.id());
        } else {
            ctx.navigator().openCustomer(h.id());
        }
    }
}
