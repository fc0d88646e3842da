package io.cashtrail.ui.orders;

import io.cashtrail.domain.Customer;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.SearchService;
import io.cashtrail.ui.common.UiContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks which contract a new order belongs to: a filterable list of contracts with their customers. */
final class ContractPicker {
    private ContractPicker() {
    }

    /** One contract shown in the list. */
    private record Choice(long id, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Loads the contracts in the background, then asks; calls {@code onPicked} with the contract id. */
    static void pick(UiContext ctx, Window owner, Consumer<Long> onPicked) {
        ctx.work().read(Messages.get("common.loading"), () -> {
            Map<Long, String> names = ctx.workspace().customers().all().stream()
                    .collect(Collectors.toMap(Customer::id, Customer::name));
            return ctx.workspace().customers().contracts().stream()
                    .map(c -> new Choice(c.id(), c.contractNo() + "  ·  " + names.getOrDefault(c.customerId(), "")
                            + "  ·  " + Formats.money(c.amount())))
                    .toList();
        }, choices -> {
            if (choices.isEmpty()) {
                io.cashtrail.ui.common.Dialogs.info(owner, Messages.get("orders.new"),
                        Messages.get("orders.pick.none"));
            } else {
                ask(owner, choices).ifPresent(onPicked);
            }
        });
    }

    private static Optional<Long> ask(Window owner, List<Choice> choices) {
        FilteredList<Choice> items = new FilteredList<>(FXCollections.observableArrayList(choices));
        TextField filter = new TextField();
        filter.setId("orders-pick-filter");
        filter.setPromptText(Messages.get("orders.pick.prompt"));
        filter.textProperty().addListener((o, a, b) -> {
            String q = SearchService.normalize(b);
            items.setPredicate(q.isEmpty() ? null : c -> SearchService.normalize(c.text()).contains(q));
        });
        ListView<Choice> list = new ListView<>(items);
        list.setId("orders-pick-list");
        list.setPrefSize(520, 360);
        Dialog<Long> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("orders.new"));
        ButtonType ok = new ButtonType(Messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).disableProperty().bind(list.getSelectionModel().selectedItemProperty()
                .isNull());
        d.getDialogPane().setContent(new VBox(8, new Label(Messages.get("orders.pick.label")), filter, list));
        Function<ButtonType, Long> result = b -> b == ok ? list.getSelectionModel().getSelectedItem().id() : null;
        d.setResultConverter(result::apply);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                d.setResult(list.getSelectionModel().getSelectedItem().id());
                d.close();
            }
        });
        return d.showAndWait();
    }
}
