package io.cashtrail.ui.customers;

import io.cashtrail.domain.Customer;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.CustomerOverview;
import io.cashtrail.service.Errors;
import io.cashtrail.service.ValidationException;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.UiContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The right half of the customers screen: a hint when nothing is selected, else the customer's
 * form (save, revert, delete), its totals and its contracts and orders.
 */
final class CustomerDetail {
    /** What the screen does after this pane wrote something or needs fresh data. */
    interface Host {
        void saved(Customer c);

        void deleted(long customerId);

        /** Contracts or orders changed: tell other screens and reload. */
        void changed();

        /** Reload the list and this customer; {@code discardEdits} also refills the form. */
        void reload(long customerId, boolean discardEdits);
    }

    private final UiContext ctx;
    private final Host host;
    private final CustomerForm form = new CustomerForm();
    private final ContractsPane contracts;
    private final Label title = new Label();
    private final FlowPane totals = new FlowPane(18, 4);
    private final Button save = new Button(Messages.get("customers.save"));
    private final Button revert = new Button(Messages.get("customers.revert"));
    private final Button delete = new Button(Messages.get("customers.delete"));
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanProperty existing = new SimpleBooleanProperty(false);
    private final Label saveFirst = new Label(Messages.get("customers.saveFirst"));
    private final Node content;
    private final Label hint = new Label(Messages.get("customers.hint"));
    private final StackPane root = new StackPane();
    private CustomerOverview overview;

    CustomerDetail(UiContext ctx, Host host) {
        this.ctx = ctx;
        this.host = host;
        this.contracts = new ContractsPane(ctx, host::changed, () -> host.reload(customerId(), false));
        title.getStyleClass().add("screen-title");
        title.setId("customers-detail-title");
        title.setWrapText(true);
        totals.setId("customers-totals");

        save.setId("customers-save");
        revert.setId("customers-revert");
        delete.setId("customers-delete");
        for (Button b : List.of(save, revert, delete)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        save.disableProperty().bind(saving.or(existing.and(form.dirtyProperty().not())));
        revert.disableProperty().bind(saving.or(form.dirtyProperty().not()));
        delete.disableProperty().bind(saving.or(existing.not()));
        save.setOnAction(e -> save());
        revert.setOnAction(e -> form.fill(form.base()));
        delete.setOnAction(e -> delete());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, save, revert, gap, delete);
        buttons.getStyleClass().add("customers-button-bar");

        saveFirst.getStyleClass().add("hint");
        saveFirst.setWrapText(true);
        VBox formBox = new VBox(8, form.node(), buttons);
        formBox.getStyleClass().add("customers-form");
        VBox body = new VBox(10, formBox, saveFirst, contracts.node());
        body.setPadding(new Insets(4, 14, 14, 12));
        body.getStyleClass().add("customers-detail-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        VBox header = new VBox(4, title, totals);
        header.setPadding(new Insets(10, 14, 6, 12));
        VBox box = new VBox(header, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        content = box;
        box.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                e.consume();
                if (!save.isDisabled()) {
                    save();
                }
            }
        });

        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.setId("customers-hint");
        hint.setMaxWidth(Tables.em(28));
        root.getStyleClass().add("customers-detail");
        showNone();
    }

    Node node() {
        return root;
    }

    /** Id of the customer shown, 0 when none or a new one. */
    long customerId() {
        return existing.get() ? form.base().id() : 0;
    }

    boolean isDirty() {
        return root.getChildren().contains(content) && form.isDirty();
    }

    String shownName() {
        return form.base().name() == null || form.base().name().isBlank() ? Messages.get("customers.newTitle")
                : form.base().name();
    }

    void showNone() {
        overview = null;
        existing.set(false);
        form.fill(Customer.named(""));
        contracts.clear();
        root.getChildren().setAll(hint);
    }

    void showNew() {
        overview = null;
        existing.set(false);
        form.fill(Customer.named(""));
        contracts.clear();
        title.setText(Messages.get("customers.newTitle"));
        totals.getChildren().clear();
        setContractsVisible(false);
        root.getChildren().setAll(content);
        form.nameField().requestFocus();
    }

    /** Shows a customer; edits in progress on the same customer survive a background reload. */
    void show(CustomerOverview ov, List<String> owners, boolean discardEdits) {
        boolean same = existing.get() && form.base().id() == ov.customer().id();
        overview = ov;
        if (discardEdits || !same || !form.isDirty()) {
            form.fill(ov.customer());
        }
        form.showLearned(ov.learnedDelay());
        existing.set(true);
        title.setText(ov.customer().name());
        totals.getChildren().setAll(total("customers.totals.contracts", ov.contractTotal(), "customers-total-contracts"),
                total("customers.totals.orders", ov.orderTotal(), "customers-total-orders"),
                total("customers.totals.received", ov.received(), "customers-total-received"),
                total("customers.totals.outstanding", ov.outstanding(), "customers-total-outstanding"));
        contracts.show(ov, owners);
        setContractsVisible(true);
        root.getChildren().setAll(content);
    }

    private Node total(String key, BigDecimal amount, String id) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("hint");
        Label value = new Label(Formats.money(amount));
        value.setId(id);
        value.getStyleClass().add("customers-total-value");
        if ("customers-total-outstanding".equals(id) && amount.signum() > 0) {
            value.getStyleClass().add("customers-owed");
        }
        return new HBox(6, name, value);
    }

    private void setContractsVisible(boolean visible) {
        contracts.node().setVisible(visible);
        contracts.node().setManaged(visible);
        saveFirst.setVisible(!visible);
        saveFirst.setManaged(!visible);
    }

    private void save() {
        Customer c = form.read();
        if (!form.show(ctx.workspace().customers().validate(c))) {
            form.focusFirstError();
            return;
        }
        saving.set(true);
        ctx.work().write(Messages.get("customers.saving"), () -> ctx.workspace().customers().save(c), saved -> {
            saving.set(false);
            form.fill(saved);
            existing.set(true);
            title.setText(saved.name());
            setContractsVisible(true);
            host.saved(saved);
        }, t -> {
            saving.set(false);
            saveFailed(t, c);
        });
    }

    private void saveFailed(Throwable t, Customer c) {
        if ("name".equals(Errors.duplicateField(t))) {
            form.error("name", Messages.get("validation.duplicate", c.name()));
            form.nameField().requestFocus();
        } else if (t instanceof ValidationException v) {
            form.show(v.result());
            form.focusFirstError();
        } else if (Errors.isStale(t)) {
            ButtonType reload = new ButtonType(Messages.get("customers.stale.reload"), ButtonBar.ButtonData.YES);
            ButtonType keep = new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert a = Dialogs.alert(window(), Alert.AlertType.ERROR, Messages.get("error.stale.title"),
                    Errors.userMessage(t, ctx.logFile()), reload, keep);
            if (a.showAndWait().orElse(keep) == reload) {
                host.reload(c.id(), true);
            }
        } else {
            Dialogs.error(window(), t);
        }
    }

    /** Asks first; when contracts or payments exist, says what goes with the customer and asks again. */
    private void delete() {
        Customer c = form.base();
        int orders = overview == null ? 0 : overview.orders().size();
        if (!Dialogs.confirm(window(), Messages.get("customers.delete.title"),
                Messages.get("customers.delete.confirm", c.name()))) {
            return;
        }
        ctx.work().read(Messages.get("customers.checking"), () -> ctx.workspace().customers().dependents(c.id()),
                deps -> {
                    Map<String, Integer> all = new LinkedHashMap<>();
                    all.put("contract", deps.getOrDefault("contract", 0));
                    all.put("order", orders);
                    all.put("payment", deps.getOrDefault("payment", 0));
                    boolean cascade = all.values().stream().anyMatch(n -> n > 0);
                    if (cascade && !Dialogs.confirmDestructive(window(), Messages.get("customers.delete.title"),
                            Messages.get("customers.delete.cascade", c.name(), Errors.dependents(all)))) {
                        return;
                    }
                    ctx.work().write(Messages.get("customers.deleting"), () -> {
                        ctx.workspace().customers().delete(c.id(), cascade);
                        return null;
                    }, v -> {
                        showNone();
                        host.deleted(c.id());
                    }, t -> {
                        Dialogs.error(window(), t);
                        host.reload(c.id(), false);
                    });
                });
    }

    /** For the screen's "discard changes?" question. */
    boolean confirmDiscard() {
        return !isDirty() || Dialogs.confirm(window(), Messages.get("customers.discard.title"),
                Messages.get("customers.discard.confirm", shownName()));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
