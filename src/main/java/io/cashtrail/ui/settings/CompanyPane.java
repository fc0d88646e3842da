package io.cashtrail.ui.settings;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ValidationException;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.FontScale;
import io.cashtrail.ui.common.Form;
import io.cashtrail.ui.common.UiContext;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The company name and currency symbol (stored with the data, shared by everyone who opens it) and
 * the font size (this user's, applied to every window at once).
 */
final class CompanyPane {
    static final List<Integer> FONT_SIZES = List.of(90, 100, 110, 125, 135, 150);
    private final UiContext ctx;
    private final Consumer<String> currencyChanged;
    private final Form form = new Form();
    private final TextField company;
    private final TextField currency;
    private final Label saved = new Label();
    private final VBox root;

    CompanyPane(UiContext ctx, Consumer<String> currencyChanged) {
        this.ctx = ctx;
        this.currencyChanged = currencyChanged;
        company = form.text("companyName", Messages.get("settings2.companyName"));
        company.setId("settings2-companyName");
        currency = form.text("currencySymbol", Messages.get("settings2.currencySymbol"));
        currency.setId("settings2-currencySymbol");
        currency.setPrefColumnCount(4);
        currency.setMaxWidth(Region.USE_PREF_SIZE);
        Button save = new Button(Messages.get("common.save"));
        save.setId("settings2-company-save");
        save.setOnAction(e -> save());
        saved.setId("settings2-company-saved");
        saved.getStyleClass().add("hint");
        saved.setWrapText(true);
        ComboBox<Integer> font = form.add("fontSize", Messages.get("settings2.fontSize"), new ComboBox<>());
        font.setId("settings2-fontSize");
        font.getItems().setAll(FONT_SIZES);
        if (!FONT_SIZES.contains(FontScale.stored(ctx.prefs()))) {
            font.getItems().add(FontScale.stored(ctx.prefs()));
        }
        font.setCellFactory(l -> percentCell());
        font.setButtonCell(percentCell());
        font.setValue(FontScale.stored(ctx.prefs()));
        font.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                FontScale.set(ctx.prefs(), v);
            }
        });
        Label fontHint = new Label(Messages.get("settings2.fontSize.hint"));
        fontHint.getStyleClass().add("hint");
        fontHint.setWrapText(true);
        for (Label l : new Label[] {saved}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
        }
        root = new VBox(6, form.node(), fontHint, save, saved);
        ctx.work().read(Messages.get("common.loading"), () -> new String[] {ctx.workspace().settings().companyName(),
            ctx.workspace().settings().currencySymbol()}, v -> {
                company.setText(v[0]);
                currency.setText(v[1]);
            });
    }

    Node node() {
        return root;
    }

    private static ListCell<Integer> percentCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item + " %");
            }
        };
    }

    private void save() {
        form.clear();
        saved.setText("");
        String name = company.getText() == null ? "" : company.getText().strip();
        String symbol = currency.getText() == null ? "" : currency.getText().strip();
        if (symbol.length() > 4) {
            form.error("currencySymbol", Messages.get("settings2.currencySymbol.tooLong"));
            return;
        }
        ctx.work().write(Messages.get("common.working"), () -> {
            ctx.workspace().settings().setCompanyName(name);
            ctx.workspace().settings().setCurrencySymbol(symbol);
            return ctx.workspace().settings().currencySymbol();
        }, stored -> {
            currency.setText(stored);
            saved.setText(Messages.get("settings2.saved"));
            currencyChanged.accept(stored);
            ctx.events().fireChanged();
        }, t -> {
            if (t instanceof ValidationException v) {
                form.show(v.result());
            } else {
                Dialogs.error(root.getScene() == null ? null : root.getScene().getWindow(), t);
            }
        });
    }
}
