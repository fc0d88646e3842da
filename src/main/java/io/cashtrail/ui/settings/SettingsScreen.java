package io.cashtrail.ui.settings;

import io.cashtrail.i18n.LanguagePreference;
import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.common.Screen;
import io.cashtrail.ui.common.UiContext;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Settings: the language (applied by rebuilding the window), company name, currency symbol and font
 * size, where the data lives, backups, payment terms, reminder rules and aging buckets.
 */
public final class SettingsScreen implements Screen {
    private final UiContext ctx;
    private final Runnable restartUi;
    private final ScrollPane root;
    private final Label backupDir = new Label();

    public SettingsScreen(UiContext ctx, Runnable restartUi) {
        this(ctx, restartUi, symbol -> { });
    }

    /** {@code currencyChanged} receives the new symbol after the company settings were saved. */
    public SettingsScreen(UiContext ctx, Runnable restartUi, java.util.function.Consumer<String> currencyChanged) {
        this.ctx = ctx;
        this.restartUi = restartUi;
        Label title = new Label(Messages.get("settings.title"));
        title.getStyleClass().add("screen-title");
        VBox box = new VBox(12, title, section("settings.language"), language(), section("settings2.company"),
                new CompanyPane(ctx, currencyChanged).node(), section("settings.data"),
                paths(), section("settings.backups"), new BackupPane(ctx, this::showBackupDir).node(),
                section("settings.terms"),
                new PaymentTermsPane(ctx).node(), section("settings.actions"), new ActionRulesPane(ctx).node());
        box.setPadding(new Insets(14));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    private static Label section(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private Node language() {
        ComboBox<String> lang = new ComboBox<>();
        lang.setId("settings-language");
        lang.getItems().addAll(List.of("", "zh_CN", "en"));
        lang.setCellFactory(l -> languageCell());
        lang.setButtonCell(languageCell());
        lang.setValue(LanguagePreference.get(ctx.prefs()));
        Button apply = new Button(Messages.get("settings.language.apply"));
        apply.setId("settings-language-apply");
        apply.setOnAction(e -> {
            LanguagePreference.set(ctx.prefs(), lang.getValue());
            restartUi.run();
        });
        Label hint = new Label(Messages.get("settings.language.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox row = new HBox(10, lang, apply);
        return new VBox(6, row, hint);
    }

    private static ListCell<String> languageCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Messages.get("settings.language." + (item.isEmpty() ? "system"
                        : item)));
            }
        };
    }

    private Node paths() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(6);
        addPath(g, 0, "settings.dataDir", ctx.workspace().dataDir().toString());
        addPath(g, 1, "settings.dbFile", ctx.workspace().databaseFile().toString());
        addPath(g, 2, "settings.logFile", String.valueOf(ctx.logFile()));
        backupDir.setText(ctx.workspace().backupFolder().toString());
        backupDir.setWrapText(true);
        backupDir.setId("settings-backupDir");
        g.addRow(3, new Label(Messages.get("settings.backupDir")), backupDir);
        return g;
    }

    private void showBackupDir() {
        ctx.work().read(Messages.get("common.loading"), () -> ctx.workspace().backupFolder().toString(),
                backupDir::setText);
    }

    private static void addPath(GridPane g, int row, String key, String value) {
        Label v = new Label(value);
        v.setWrapText(true);
        g.addRow(row, new Label(Messages.get(key)), v);
    }

    @Override
    public Node view() {
        return root;
    }
}
