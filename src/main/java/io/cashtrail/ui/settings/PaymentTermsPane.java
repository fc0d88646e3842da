package io.cashtrail.ui.settings;

import io.cashtrail.domain.PaymentTerms;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.PaymentPlanService;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.UiContext;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The payment-term templates: the built-in ones to look at, the users' own to add, edit and delete. */
final class PaymentTermsPane {
    private final UiContext ctx;
    private final PaymentPlanService plans;
    private final ListView<PaymentTerms> list = new ListView<>();
    private final VBox root;

    PaymentTermsPane(UiContext ctx) {
        this.ctx = ctx;
        this.plans = ctx.workspace().paymentPlans();
        list.setId("settings-terms-list");
        list.setPrefHeight(170);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PaymentTerms t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name() + (plans.isBuiltIn(t) ? "  " + Messages.get("settings.terms.builtIn")
                        : "") + "  —  " + t.lines().stream().map(PaymentTermsPane::describe)
                                .collect(Collectors.joining(" / ")));
            }
        });
        Button add = new Button(Messages.get("common.new"));
        add.setId("settings-terms-new");
        add.setOnAction(e -> PaymentTermsDialog.edit(window(), null).ifPresent(this::save));
        Button edit = new Button(Messages.get("common.edit"));
        edit.setId("settings-terms-edit");
        edit.setOnAction(e -> {
            PaymentTerms t = list.getSelectionModel().getSelectedItem();
            PaymentTermsDialog.edit(window(), t).ifPresent(n -> {
                if (!n.name().equals(t.name())) {
                    ctx.work().write(Messages.get("common.working"), () -> {
                        plans.deleteTemplate(t.name());
                        return t;
                    }, x -> { });
                }
                save(n);
            });
        });
        Button delete = new Button(Messages.get("common.delete"));
        delete.setId("settings-terms-delete");
        delete.setOnAction(e -> {
            PaymentTerms t = list.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(window(), Messages.get("settings.terms"), Messages.get("settings.terms.deleteConfirm",
                    t.name()))) {
                ctx.work().write(Messages.get("common.working"), () -> {
                    plans.deleteTemplate(t.name());
                    return t;
                }, x -> reload());
            }
        });
        var builtInOrNone = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            PaymentTerms t = list.getSelectionModel().getSelectedItem();
            return t == null || plans.isBuiltIn(t);
        }, list.getSelectionModel().selectedItemProperty());
        edit.disableProperty().bind(builtInOrNone);
        delete.disableProperty().bind(builtInOrNone);
        root = new VBox(6, list, new HBox(8, add, edit, delete));
        reload();
    }

    static String describe(PaymentTerms.Line l) {
        String share = l.percent() != null ? l.percent().toPlainString() + "%" : l.fixedAmount().toPlainString();
        return l.label() + " " + share;
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void save(PaymentTerms t) {
        ctx.work().write(Messages.get("common.working"), () -> {
            plans.saveTemplate(t);
            return t;
        }, x -> reload());
    }

    private void reload() {
        ctx.work().read(Messages.get("common.loading"), plans::templates, l -> list.getItems().setAll(l));
    }

    Node node() {
        return root;
    }
}
