package io.cashtrail.ui.customers;

import io.cashtrail.domain.Customer;
import io.cashtrail.domain.PaymentRule;
import io.cashtrail.domain.ValidationResult;
import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.common.Form;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;

/**
 * The customer's own fields as a {@link Form}: fills itself from a {@link Customer}, reads an edited
 * copy back (marking fields it cannot parse) and tracks whether the user changed anything.
 */
final class CustomerForm {
    private final Form form = new Form();
    private final TextField name;
    private final TextField aliases;
    private final TextField taxId;
    private final TextField contactPerson;
    private final TextField contactPhone;
    private final TextField address;
    private final TextField cutoff;
    private final TextField paymentTerms;
    private final TextArea notes;
    private final ComboBox<PaymentRule.Kind> ruleKind = new ComboBox<>();
    private final TextField ruleDays = new TextField();
    private final Label learned = new Label();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private Customer base = Customer.named("");
    private boolean filling;

    CustomerForm() {
        name = text("name", "customers.field.name", "customers-name", 200);
        aliases = text("aliases", "customers.field.aliases", "customers-aliases", 2000);
        aliases.setPromptText(Messages.get("customers.field.aliases.prompt"));
        taxId = text("taxId", "customers.field.taxId", "customers-tax-id", 50);
        contactPerson = text("contactPerson", "customers.field.contactPerson", "customers-contact-person", 100);
        contactPhone = text("contactPhone", "customers.field.contactPhone", "customers-contact-phone", 100);
        address = text("address", "customers.field.address", "customers-address", 500);
        cutoff = text("invoiceCutoffDay", "customers.field.cutoff", "customers-cutoff", 3);
        cutoff.setPromptText(Messages.get("customers.field.cutoff.prompt"));
        cutoff.setPrefColumnCount(11);
        cutoff.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        paymentTerms = text("paymentTerms", "customers.field.paymentTerms", "customers-payment-terms", 2000);
        paymentTerms.setPromptText(Messages.get("customers.field.paymentTerms.prompt"));
        form.add("paymentRule", Messages.get("customers.field.paymentRule"), paymentRuleEditor());
        notes = form.area("notes", Messages.get("customers.field.notes"));
        notes.setId("customers-notes");
        notes.setPrefRowCount(2);
        limit(notes, 10000);
        notes.textProperty().addListener((o, a, b) -> changed());
    }

    /** Kind of rule (none, N days after the invoice, end of month + N, payment-run days) and its number(s). */
    private Node paymentRuleEditor() {
        ruleKind.setId("customers-payment-rule");
        ruleKind.getItems().add(null);
        ruleKind.getItems().addAll(PaymentRule.Kind.values());
        javafx.util.Callback<javafx.scene.control.ListView<PaymentRule.Kind>, javafx.scene.control.ListCell<PaymentRule.Kind>>
                cells = lv -> ruleCell();
        ruleKind.setCellFactory(cells);
        ruleKind.setButtonCell(ruleCell());
        ruleDays.setId("customers-payment-rule-days");
        ruleDays.setPrefColumnCount(5);
        ruleKind.valueProperty().addListener((o, a, k) -> {
            ruleDays.setDisable(k == null);
            ruleDays.setPromptText(k == null ? "" : Messages.get("customers.field.paymentRule.prompt." + k.name()));
            changed();
        });
        ruleDays.setDisable(true);
        ruleDays.textProperty().addListener((o, a, b) -> changed());
        learned.setId("customers-learned-delay");
        learned.getStyleClass().add("hint");
        learned.setWrapText(true);
        // in a narrow pane (150 %) the rule's name gives way, never the days
        ruleDays.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, ruleKind, ruleDays);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new javafx.scene.layout.VBox(4, row, learned);
    }

    private static javafx.scene.control.ListCell<PaymentRule.Kind> ruleCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PaymentRule.Kind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty ? null : Messages.get("customers.field.paymentRule." + (k == null ? "none" : k.name())));
            }
        };
    }

    /** Shows the customer's learned delay, which replaces the rule for forecasts once it exists. */
    void showLearned(io.cashtrail.service.CollectionsService.LearnedDelay d) {
        learned.setText(d == null ? Messages.get("customers.learned.none")
                : Messages.get("customers.learned", d.days(), d.samples()));
    }

    /** The rule as edited; marks the field and returns the old rule when it cannot be read. */
    private PaymentRule readRule() {
        PaymentRule.Kind k = ruleKind.getValue();
        if (k == null) {
            return null;
        }
        String t = ruleDays.getText() == null ? "" : ruleDays.getText().strip().replace('，', ',');
        try {
            if (k == PaymentRule.Kind.PAYMENT_RUN_DAYS) {
                java.util.List<Integer> days = java.util.Arrays.stream(t.split("[,\\s、]+")).filter(x -> !x.isEmpty())
                        .map(Integer::valueOf).toList();
                if (days.isEmpty() || days.stream().anyMatch(x -> x < 1 || x > 31)) {
                    throw new NumberFormatException(t);
                }
                return PaymentRule.runDays(days);
            }
            int n = Integer.parseInt(t);
            if (n < 0 || n > 720) {
                throw new NumberFormatException(t);
            }
            return new PaymentRule(k, n, java.util.List.of());
        } catch (NumberFormatException e) {
            form.error("paymentRule", Messages.get("customers.field.paymentRule.invalid." + k.name()));
            ruleError = true;
            return base.paymentRule();
        }
    }

    private boolean ruleError;

    private TextField text(String field, String labelKey, String id, int maxLength) {
        TextField f = form.text(field, Messages.get(labelKey));
        f.setId(id);
        limit(f, maxLength);
        f.textProperty().addListener((o, a, b) -> changed());
        return f;
    }

    /** Refuses input beyond the column's length, so a save never fails on a too long text. */
    static void limit(TextInputControl f, int maxLength) {
        f.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() <= maxLength ? c : null));
    }

    private void changed() {
        if (!filling) {
            dirty.set(true);
        }
    }

    Node node() {
        return form.node();
    }

    TextField nameField() {
        return name;
    }

    BooleanProperty dirtyProperty() {
        return dirty;
    }

    boolean isDirty() {
        return dirty.get();
    }

    Customer base() {
        return base;
    }

    /** Shows {@code c} (a new one has id 0) and forgets all edits and messages. */
    void fill(Customer c) {
        base = c;
        filling = true;
        try {
            name.setText(nz(c.name()));
            aliases.setText(nz(c.aliases()));
            taxId.setText(nz(c.taxId()));
            contactPerson.setText(nz(c.contactPerson()));
            contactPhone.setText(nz(c.contactPhone()));
            address.setText(nz(c.address()));
            cutoff.setText(c.invoiceCutoffDay() == null ? "" : String.valueOf(c.invoiceCutoffDay()));
            paymentTerms.setText(nz(c.paymentTerms()));
            notes.setText(nz(c.notes()));
            PaymentRule r = c.paymentRule();
            ruleKind.setValue(r == null ? null : r.kind());
            ruleDays.setText(r == null ? "" : r.kind() == PaymentRule.Kind.PAYMENT_RUN_DAYS ? r.runDaysText()
                    : String.valueOf(r.days()));
        } finally {
            filling = false;
        }
        form.clear();
        dirty.set(false);
    }

    /** Clears messages and reads the edited customer; fields that cannot be parsed are marked. */
    Customer read() {
        form.clear();
        ruleError = false;
        Integer day = form.integer("invoiceCutoffDay", cutoff);
        PaymentRule rule = readRule();
        return new Customer(base.id(), Form.blankToNull(name.getText()), Form.blankToNull(aliases.getText()),
                Form.blankToNull(taxId.getText()), Form.blankToNull(contactPerson.getText()),
                Form.blankToNull(contactPhone.getText()), Form.blankToNull(address.getText()), day,
                Form.blankToNull(paymentTerms.getText()), Form.blankToNull(notes.getText()), base.version(),
                base.createdAt(), base.updatedAt(), rule);
    }

    /** Shows validation issues beside the fields; true when the customer may be saved. */
    boolean show(ValidationResult r) {
        return form.show(r) && !ruleError;
    }

    /** Puts the cursor into the first field marked invalid, so the user sees what to fix. */
    void focusFirstError() {
        for (TextInputControl f : java.util.List.of(name, aliases, taxId, contactPerson, contactPhone, address, cutoff,
                paymentTerms, notes)) {
            if (f.getStyleClass().contains("invalid")) {
                f.requestFocus();
                return;
            }
        }
    }

    void error(String field, String text) {
        form.error(field, text);
    }

    void clearMessages() {
        form.clear();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
