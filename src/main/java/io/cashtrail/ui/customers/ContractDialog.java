package io.cashtrail.ui.customers;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Money;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Errors;
import io.cashtrail.service.ValidationException;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.Form;
import io.cashtrail.ui.common.UiContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * Creates or edits one contract of a customer. The customer is fixed; the dialog validates beside
 * the fields, saves on the writer thread and closes only when the save succeeded.
 */
final class ContractDialog {
    static final String LAST_OWNER = "lastContractOwner";

    private final UiContext ctx;
    private final Customer customer;
    private final Contract existing;
    private final Dialog<Contract> dialog = new Dialog<>();
    private final Form form = new Form();
    private final TextField contractNo;
    private final TextField title;
    private final DatePicker signed;
    private final TextField amount;
    private final TextField taxRate;
    private final ComboBox<String> owner;
    private final TextField paymentTerms;
    private final TextArea notes;
    private final Button save;

    private ContractDialog(UiContext ctx, Window window, Customer customer, Contract existing, List<String> owners) {
        this.ctx = ctx;
        this.customer = customer;
        this.existing = existing;
        dialog.initOwner(window);
        dialog.setTitle(existing == null ? Messages.get("contract.title.new")
                : Messages.get("contract.title.edit", existing.contractNo()));
        dialog.setResizable(true);

        contractNo = text("contractNo", "contract.field.contractNo", "contract-no", 100);
        Label customerName = form.add("customerId", Messages.get("contract.field.customer"), new Label(customer.name()));
        customerName.setId("contract-customer");
        customerName.setWrapText(true);
        title = text("title", "contract.field.title", "contract-title", 500);
        signed = form.date("signedDate", Messages.get("contract.field.signedDate"));
        signed.setId("contract-signed");
        amount = text("amount", "contract.field.amount", "contract-amount", 40);
        amount.setPromptText("1,234,567.89");
        taxRate = text("taxRate", "contract.field.taxRate", "contract-tax-rate", 10);
        taxRate.setPromptText("13");
        owner = form.combo("owner", Messages.get("contract.field.owner"));
        owner.setId("contract-owner");
        owner.setEditable(true);
        owner.getItems().setAll(owners);
        CustomerForm.limit(owner.getEditor(), 100);
        paymentTerms = text("paymentTerms", "contract.field.paymentTerms", "contract-payment-terms", 2000);
        paymentTerms.setPromptText(Messages.get("contract.field.paymentTerms.prompt"));
        notes = form.area("notes", Messages.get("contract.field.notes"));
        notes.setId("contract-notes");
        CustomerForm.limit(notes, 10000);
        fill(existing);

        ButtonType saveType = new ButtonType(Messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, cancelType);
        save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("contract-save");
        dialog.getDialogPane().lookupButton(cancelType).setId("contract-cancel");
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save();
        });
        dialog.setResultConverter(b -> null);

        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("contract-form");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getStyleClass().add("contract-dialog");
        if (window != null && window.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(window.getScene().getStylesheets());
        }
        dialog.setOnShown(e -> contractNo.requestFocus());
    }

    /** Shows the dialog and waits; the saved contract, or empty when cancelled. */
    static Optional<Contract> show(UiContext ctx, Window window, Customer customer, Contract existing,
            List<String> owners) {
        return new ContractDialog(ctx, window, customer, existing, owners).dialog.showAndWait();
    }

    private TextField text(String field, String labelKey, String id, int maxLength) {
        TextField f = form.text(field, Messages.get(labelKey));
        f.setId(id);
        CustomerForm.limit(f, maxLength);
        return f;
    }

    private void fill(Contract c) {
        if (c == null) {
            signed.setValue(ctx.workspace().today());
            owner.getEditor().setText(ctx.prefs().get(LAST_OWNER, ""));
            return;
        }
        contractNo.setText(nz(c.contractNo()));
        title.setText(nz(c.title()));
        signed.setValue(c.signedDate());
        amount.setText(Formats.amount(c.amount()));
        taxRate.setText(c.taxRate() == null ? "" : c.taxRate().stripTrailingZeros().toPlainString());
        owner.setValue(c.owner());
        owner.getEditor().setText(nz(c.owner()));
        paymentTerms.setText(nz(c.paymentTerms()));
        notes.setText(nz(c.notes()));
    }

    private void save() {
        form.clear();
        LocalDate signedDate = form.date("signedDate", signed);
        BigDecimal amountValue = form.amount("amount", amount);
        boolean rateOk = true;
        BigDecimal rate = null;
        try {
            rate = Formats.parseAmount(taxRate.getText() == null ? null : taxRate.getText().replace("%", "")
                    .replace("％", ""));
            rate = rate == null ? null : rate.setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException ex) {
            rateOk = false;
        }
        Contract c = new Contract(existing == null ? 0 : existing.id(), Form.blankToNull(contractNo.getText()),
                customer.id(), Form.blankToNull(title.getText()), signedDate, amountValue, rate,
                Form.blankToNull(owner.getEditor().getText()), Form.blankToNull(paymentTerms.getText()),
                Form.blankToNull(notes.getText()), existing == null ? 0 : existing.version(),
                existing == null ? null : existing.createdAt(), existing == null ? null : existing.updatedAt());
        boolean valid = form.show(ctx.workspace().customers().validate(c));
        if (!rateOk) {
            form.error("taxRate", Messages.get("contract.notPercent", taxRate.getText().strip()));
        }
        if (!valid || !rateOk) {
            fitToMessages();
            return;
        }
        Contract toSave = c.amount() == null ? c : c.withAmount(Money.normalize(c.amount()));
        save.setDisable(true);
        ctx.work().write(Messages.get("contract.saving"), () -> ctx.workspace().customers().save(toSave), saved -> {
            if (saved.owner() != null) {
                ctx.prefs().put(LAST_OWNER, saved.owner());
            }
            dialog.setResult(saved);
            dialog.close();
        }, this::failed);
    }

    /** Grows the dialog by the message lines that just appeared, so no scroll bar is needed for them. */
    private void fitToMessages() {
        Platform.runLater(() -> {
            Window w = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
            if (w != null) {
                w.sizeToScene();
            }
        });
    }

    private void failed(Throwable t) {
        save.setDisable(false);
        if ("contractNo".equals(Errors.duplicateField(t))) {
            form.error("contractNo", Messages.get("validation.duplicate", contractNo.getText().strip()));
            contractNo.requestFocus();
            fitToMessages();
        } else if (t instanceof ValidationException v) {
            form.show(v.result());
            fitToMessages();
        } else {
            Dialogs.error(dialog.getOwner(), t);
            if (Errors.isStale(t)) {
                dialog.setResult(null);
                dialog.close();
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
