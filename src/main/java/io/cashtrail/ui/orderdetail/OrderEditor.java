package io.cashtrail.ui.orderdetail;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Validation;
import io.cashtrail.domain.ValidationResult;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.common.Form;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The editable part of the order window: the order's own fields and notes, its stage dates, and the
 * contract it belongs to (read-only). Knows whether the user changed anything since it was filled.
 */
final class OrderEditor {
    private final Form form = new Form();
    private final TextField orderNo = field("orderNo", form.text("orderNo", Messages.get("order.field.orderNo")));
    private final TextField description = field("description",
            form.text("description", Messages.get("order.field.description")));
    private final TextField amount = field("amount", form.text("amount", Messages.get("order.field.amount")));
    private final TextField owner = field("owner", form.text("owner", Messages.get("order.field.owner")));
    private final TextArea notes = field("notes", form.area("notes", Messages.get("order.field.notes")));
    private final ContractInfo contract = new ContractInfo();
    private final StagesGrid stages;
    private final Supplier<LocalDate> today;
    private final FlowPane root;
    private Order base;
    private boolean filling;
    private boolean dirty;

    OrderEditor(Supplier<LocalDate> today) {
        this.today = today;
        this.stages = new StagesGrid(today);
        double em = io.cashtrail.ui.common.FontScale.em();
        amount.setAlignment(Pos.CENTER_RIGHT);
        notes.setPrefRowCount(4);
        VBox orderAndContract = new VBox(0.4 * em, Widgets.sectionTitle("order.section.order"), form.node(),
                Widgets.sectionTitle("order.section.contract"), contract.node());
        orderAndContract.setPrefWidth(26 * em);
        orderAndContract.setMinWidth(22 * em);
        VBox stageDates = new VBox(0.4 * em, Widgets.sectionTitle("order.section.stages"), stages.node());
        root = new FlowPane(1.5 * em, em, stageDates, orderAndContract);
        root.setPadding(new Insets(0.8 * em));
        for (TextInputControl t : new TextInputControl[] {orderNo, description, amount, owner, notes}) {
            t.textProperty().addListener((o, a, b) -> edited());
        }
        stages.onEdit(() -> {
            edited();
            stages.clear();
            stages.show(Validation.stages(stages.values(), today.get()));
        });
    }

    private static <T extends Node> T field(String name, T node) {
        node.setId("order-" + name);
        return node;
    }

    private void edited() {
        if (!filling) {
            dirty = true;
        }
    }

    Node node() {
        return root;
    }

    /** Fills every field from the order (the base of the next save) and forgets unsaved edits. */
    void set(Order o, Contract c, Customer customer) {
        filling = true;
        base = o;
        form.clear();
        stages.clear();
        orderNo.setText(o.orderNo());
        description.setText(o.description());
        amount.setText(Formats.amount(o.amount()));
        owner.setText(o.owner());
        notes.setText(o.notes());
        stages.set(o.stages());
        contract.show(c, customer);
        filling = false;
        dirty = false;
    }

    /** Treats the current edits as not worth keeping (the user chose to reload). */
    void forget() {
        dirty = false;
    }

    boolean isDirty() {
        return dirty;
    }

    Order base() {
        return base;
    }

    /** The order as edited; null when a field could not be parsed (it is marked). */
    Order read() {
        form.clear();
        stages.clear();
        BigDecimal amt = form.amount("amount", amount);
        var dates = stages.read();
        if (form.hasParseErrors() || stages.hasParseErrors()) {
            return null;
        }
        return new Order(base.id(), base.contractId(), Form.blankToNull(orderNo.getText()),
                Form.blankToNull(description.getText()), amt, Form.blankToNull(owner.getText()), dates,
                Form.blankToNull(notes.getText()), base.version(), base.createdAt(), base.updatedAt());
    }

    /** Shows errors and warnings beside their fields and dates; true when nothing blocks saving. */
    boolean show(ValidationResult r) {
        stages.clear();
        boolean formOk = form.show(r);
        boolean stagesOk = stages.show(r);
        return formOk && stagesOk;
    }

    /** Marks one field (e.g. a duplicate order number reported by the database). */
    void error(String field, String text) {
        form.error(field, text);
    }

    /** Read-only facts of the contract the order belongs to. */
    private static final class ContractInfo {
        private final GridPane grid = new GridPane();
        private final Label[] values = new Label[6];

        ContractInfo() {
            grid.setHgap(10);
            grid.setVgap(4);
            grid.setId("order-contract");
            String[] keys = {"no", "customer", "signed", "amount", "taxRate", "terms"};
            for (int i = 0; i < keys.length; i++) {
                Label k = new Label(Messages.get("order.contract." + keys[i]));
                k.setMinWidth(Region.USE_PREF_SIZE);
                k.getStyleClass().add("hint");
                values[i] = new Label();
                values[i].setId("order-contract-" + keys[i]);
                values[i].setWrapText(true);
                grid.add(k, 0, i);
                grid.add(values[i], 1, i);
            }
        }

        Node node() {
            return grid;
        }

        void show(Contract c, Customer customer) {
            values[0].setText(c.contractNo());
            values[1].setText(customer.name());
            values[2].setText(Formats.date(c.signedDate()));
            values[3].setText(Formats.money(c.amount()));
            values[4].setText(c.taxRate() == null ? "" : c.taxRate().stripTrailingZeros().toPlainString() + "%");
            values[5].setText(c.paymentTerms() == null ? "" : c.paymentTerms());
        }
    }
}
