package io.cashtrail.ui.settings;

import io.cashtrail.i18n.LanguagePreference;
import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.common.Dialogs;
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

/** Settings: the language (applied by rebuilding the window), where the data lives, backups. */
public final class SettingsScreen implements Screen {
    private final UiContext ctx;
    private final Runnable restartUi;
    private final ScrollPane root;
    private final Label lastBackup = new Label();

    public SettingsScreen(UiContext ctx, Runnable restartUi) {
        this.ctx = ctx;
        this.restartUi = restartUi;
        Label title = new Label(Messages.get("settings.title"));
        title.getStyleClass().add("screen-title");
        VBox box = new VBox(12, title, section("settings.language"), language(), section("settings.data"),
                paths(), section("settings.backups"), backups(), section("settings.terms"),
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
        addPath(g, 3, "settings.backupDir", ctx.workspace().backupFolder().toString());
        return g;
    }

    private static void addPath(GridPane g, int row, String key, String value) {
        Label v = new Label(value);
        v.setWrapText(true);
        g.addRow(row, new Label(Messages.get(key)), v);
    }

    private Node backups() {
        Button now = new Button(Messages.get("settings.backupNow"));
        now.setId("settings-backup-now");
        now.setOnAction(e -> ctx.work().write(Messages.get("shell.backup.running"), () -> ctx.workspace().backup("manual"),
                p -> {
                    lastBackup.setText(Messages.get("settings.backupDone", p));
                    Dialogs.info(root.getScene().getWindow(), Messages.get("settings.backups"),
                            Messages.get("settings.backupDone", p));
                }));
        Label hint = new Label(Messages.get("settings.backups.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        lastBackup.setWrapText(true);
        return new VBox(6, hint, now, lastBackup);
    }

    @Override
    public Node view() {
        return root;
    }
}
