package io.cashtrail.ui.settings;

import io.cashtrail.domain.PaymentTerms;
import io.cashtrail.domain.Stage;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edits one payment-term template: a name and its installments (label, share % or fixed amount,
 * trigger stage, days after it, warranty months, invoice first). Shares must add up to 100 %.
 */
final class PaymentTermsDialog {
    /** The controls of one line. */
    private record Row(TextField label, TextField share, ComboBox<Stage> trigger, TextField offset, TextField months,
            CheckBox invoice) {
    }

    private final GridPane grid = new GridPane();
    private final List<Row> rows = new ArrayList<>();
    private final TextField name = new TextField();
    private final Label error = new Label();

    private PaymentTermsDialog() {
        grid.setHgap(6);
        grid.setVgap(4);
        String[] heads = {"label", "share", "trigger", "offset", "months", "invoice"};
        for (int i = 0; i < heads.length; i++) {
            grid.add(new Label(Messages.get("settings.terms.col." + heads[i])), i, 0);
        }
        error.getStyleClass().addAll("field-message", "error");
        error.setWrapText(true);
        error.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(560));
        error.setMinHeight(Label.USE_PREF_SIZE);
        name.setId("settings-terms-name");
    }

    static Optional<PaymentTerms> edit(Window owner, PaymentTerms existing) {
        PaymentTermsDialog d = new PaymentTermsDialog();
        if (existing != null) {
            d.name.setText(existing.name());
            existing.lines().forEach(d::addRow);
        } else {
            d.addRow(null);
        }
        return d.show(owner);
    }

    private void addRow(PaymentTerms.Line l) {
        TextField label = new TextField(l == null ? "" : l.label());
        label.setPrefColumnCount(7);
        TextField share = new TextField(l == null ? "" : l.percent() != null ? l.percent().toPlainString() + "%"
                : Formats.amount(l.fixedAmount()));
        share.setPrefColumnCount(7);
        share.setPromptText("30% / 5000");
        ComboBox<Stage> trigger = new ComboBox<>();
        trigger.getItems().setAll(Stage.values());
        trigger.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Stage s) {
                return s == null ? "" : Messages.get("stage." + s.key());
            }

            @Override
            public Stage fromString(String s) {
                return null;
            }
        });
        trigger.setValue(l == null ? Stage.ACCEPTED : l.trigger());
        TextField offset = new TextField(l == null ? "0" : String.valueOf(l.offsetDays()));
        offset.setPrefColumnCount(4);
        TextField months = new TextField(l == null ? "0" : String.valueOf(l.warrantyMonths()));
        months.setPrefColumnCount(3);
        CheckBox invoice = new CheckBox();
        invoice.setSelected(l != null && l.invoiceRequired());
        Row r = new Row(label, share, trigger, offset, months, invoice);
        rows.add(r);
        int y = rows.size();
        label.setId("settings-terms-label-" + y);
        share.setId("settings-terms-share-" + y);
        grid.addRow(y, label, share, trigger, offset, months, invoice);
    }

    private Optional<PaymentTerms> show(Window owner) {
        Dialog<PaymentTerms> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("settings.terms"));
        ButtonType ok = new ButtonType(Messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button addLine = new Button(Messages.get("settings.terms.addLine"));
        addLine.setId("settings-terms-add-line");
        addLine.setOnAction(e -> {
            addRow(null);
            d.getDialogPane().getScene().getWindow().sizeToScene();
        });
        d.getDialogPane().setContent(new VBox(8, new HBox(8, new Label(Messages.get("settings.terms.name")), name),
                grid, addLine, error));
        d.getDialogPane().lookupButton(ok).setId("settings-terms-save");
        d.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (read() == null) {
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ok ? read() : null);
        return d.showAndWait();
    }

    /** The template as entered, or null with the reason shown. */
    private PaymentTerms read() {
        error.setText("");
        String n = name.getText() == null ? "" : name.getText().strip();
        if (n.isEmpty()) {
            error.setText(Messages.get("settings.terms.needName"));
            return null;
        }
        List<PaymentTerms.Line> lines = new ArrayList<>();
        try {
            for (Row r : rows) {
                String label = r.label().getText() == null ? "" : r.label().getText().strip();
                String share = r.share().getText() == null ? "" : r.share().getText().strip();
                if (label.isEmpty() && share.isEmpty()) {
                    continue;
                }
                boolean pct = share.endsWith("%") || share.endsWith("％");
                BigDecimal v = Formats.parseAmount(pct ? share.substring(0, share.length() - 1) : share);
                if (label.isEmpty() || v == null || v.signum() <= 0) {
                    throw new IllegalArgumentException(Messages.get("settings.terms.badLine", label));
                }
                lines.add(new PaymentTerms.Line(label, pct ? v : null, pct ? null : v, r.trigger().getValue(),
                        Integer.parseInt(r.offset().getText().strip()), Integer.parseInt(r.months().getText().strip()),
                        r.invoice().isSelected()));
            }
            if (lines.isEmpty()) {
                throw new IllegalArgumentException(Messages.get("settings.terms.noLines"));
            }
            return new PaymentTerms(n, lines);
        } catch (NumberFormatException e) {
            error.setText(Messages.get("settings.terms.badNumber"));
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage().contains("add up") ? Messages.get("settings.terms.not100") : e.getMessage());
        }
        return null;
    }
}
