package io.cashtrail.ui.orderdetail;

import io.cashtrail.domain.Installment;
import io.cashtrail.domain.PaymentTerms;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.PaymentPlanService;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * Applies a payment-term template (3-6-1, 30/65/5 … or the users' own) to the order: shows the
 * installments it would create, warns that the current plan is replaced, then saves in one go.
 */
final class ApplyTemplateDialog {
    private ApplyTemplateDialog() {
    }

    static void open(RecordList.Host host) {
        PaymentPlanService plans = host.ctx().workspace().paymentPlans();
        host.ctx().work().read(Messages.get("common.loading"), plans::templates, templates -> show(host, plans,
                templates));
    }

    private static void show(RecordList.Host host, PaymentPlanService plans, List<PaymentTerms> templates) {
        var order = host.detail().order();
        ComboBox<PaymentTerms> choice = new ComboBox<>();
        choice.setId("order-template-choice");
        choice.getItems().setAll(templates);
        choice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PaymentTerms t) {
                return t == null ? "" : t.name();
            }

            @Override
            public PaymentTerms fromString(String s) {
                return null;
            }
        });
        TableView<Installment> preview = new TableView<>();
        preview.setId("order-template-preview");
        preview.setPrefSize(620, 200);
        preview.getColumns().add(col("installment.label", Installment::label));
        preview.getColumns().add(col("installment.sharePercent", i -> i.sharePercent() == null ? ""
                : i.sharePercent().stripTrailingZeros().toPlainString() + " %"));
        preview.getColumns().add(col("installment.amount", i -> Formats.money(i.amount())));
        preview.getColumns().add(col("installment.trigger", i -> Installments.triggerName(i.trigger())));
        preview.getColumns().add(col("installment.offsetDays", i -> String.valueOf(i.offsetDays())));
        preview.getColumns().add(col("installment.dueDate", i -> Formats.date(i.dueDate())));
        preview.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        io.cashtrail.ui.common.ColumnFit.install(preview); // whole titles where they fit; scrolls when even the minimums do not
        choice.valueProperty().addListener((o, a, t) -> preview.getItems().setAll(t == null ? List.of()
                : plans.preview(order, t)));
        int existing = host.detail().installments().size();
        Label warn = new Label(existing == 0 ? "" : Messages.get("installment.applyTemplate.replaces", existing));
        warn.getStyleClass().addAll("field-message", "warning");
        warn.setWrapText(true);
        warn.setPrefWidth(600);
        warn.setMinHeight(Label.USE_PREF_SIZE);
        Dialog<PaymentTerms> d = new Dialog<>();
        d.initOwner(host.window());
        d.setTitle(Messages.get("installment.applyTemplate"));
        ButtonType ok = new ButtonType(Messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).disableProperty().bind(choice.valueProperty().isNull());
        d.getDialogPane().lookupButton(ok).setId("order-template-ok");
        d.getDialogPane().setContent(new VBox(8, new Label(Messages.get("installment.applyTemplate.choose")), choice,
                preview, warn));
        d.setResultConverter(b -> b == ok ? choice.getValue() : null);
        d.showAndWait().ifPresent(terms -> host.ctx().work().write(Messages.get("common.working"),
                () -> plans.apply(order, terms), created -> host.written(), host::failed));
    }

    private static TableColumn<Installment, String> col(String key, java.util.function.Function<Installment, String> f) {
        TableColumn<Installment, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        c.setSortable(false);
        return c;
    }
}
