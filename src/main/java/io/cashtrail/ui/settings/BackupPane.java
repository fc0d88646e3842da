package io.cashtrail.ui.settings;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ValidationException;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.Form;
import io.cashtrail.ui.common.UiContext;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Where backups go and how many are kept (stored with the data), and "Back up now". A folder that
 * cannot be written is refused beside the field before anything is saved.
 */
final class BackupPane {
    private final UiContext ctx;
    private final Form form = new Form();
    private final TextField folder;
    private final TextField keep;
    private final Label saved = new Label();
    private final Label lastBackup = new Label();
    private final VBox root;
    /** Asks for a folder; tests replace it. */
    Function<Window, Path> folderChooser = BackupPane::chooseFolder;

    BackupPane(UiContext ctx, Runnable folderChanged) {
        this.ctx = ctx;
        folder = new TextField();
        folder.setPrefColumnCount(28);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = new Button(Messages.get("settings2.backup.browse"));
        browse.setId("settings2-backup-browse");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            Path p = folderChooser.apply(window());
            if (p != null) {
                folder.setText(p.toString());
            }
        });
        Button reset = new Button(Messages.get("settings2.backup.default"));
        reset.setId("settings2-backup-default");
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.setOnAction(e -> folder.setText(""));
        HBox folderRow = new HBox(6, folder, browse, reset);
        form.add("backupFolder", Messages.get("settings2.backup.folder"), folderRow);
        folderRow.setId("settings2-backup-folderRow");
        folder.setId("settings2-backup-folder");
        folder.setPromptText(Messages.get("settings2.backup.defaultPrompt"));
        keep = form.text("backupKeep", Messages.get("settings2.backup.keep"));
        keep.setId("settings2-backup-keep");
        keep.setPrefColumnCount(4);
        keep.setMaxWidth(Region.USE_PREF_SIZE);
        Button save = new Button(Messages.get("common.save"));
        save.setId("settings2-backup-save");
        save.setOnAction(e -> save(folderChanged));
        saved.setId("settings2-backup-saved");
        saved.getStyleClass().add("hint");
        saved.setWrapText(true);
        Label hint = new Label(Messages.get("settings2.backup.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Button now = new Button(Messages.get("settings.backupNow"));
        now.setId("settings-backup-now");
        now.setOnAction(e -> ctx.work().write(Messages.get("shell.backup.running"),
                () -> ctx.workspace().backup("manual"), p -> {
                    lastBackup.setText(Messages.get("settings.backupDone", p));
                    Dialogs.info(window(), Messages.get("settings.backups"),
                            Messages.get("settings.backupDone", p));
                }));
        lastBackup.setWrapText(true);
        for (Label l : new Label[] {saved, lastBackup}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
        }
        root = new VBox(6, hint, form.node(), save, saved, now, lastBackup);
        load();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    Node node() {
        return root;
    }

    private void load() {
        ctx.work().read(Messages.get("common.loading"), () -> {
            var s = ctx.workspace().settings();
            return new Object[] {s.backupFolderChosen() ? s.backupFolder().toString() : "", s.backupsKept()};
        }, v -> {
            folder.setText((String) v[0]);
            keep.setText(String.valueOf(v[1]));
        });
    }

    private void save(Runnable folderChanged) {
        form.clear();
        saved.setText("");
        Integer count = form.integer("backupKeep", keep);
        if (count == null && !form.hasParseErrors()) {
            form.error("backupKeep", Messages.get("settings2.backup.badKeep", 1,
                    io.cashtrail.service.CompanySettings.MAX_BACKUPS_KEPT));
            return;
        }
        if (form.hasParseErrors()) {
            return;
        }
        if (count < 1 || count > io.cashtrail.service.CompanySettings.MAX_BACKUPS_KEPT) {
            form.error("backupKeep", Messages.get("settings2.backup.badKeep", 1,
                    io.cashtrail.service.CompanySettings.MAX_BACKUPS_KEPT));
            return;
        }
        String text = folder.getText() == null ? "" : folder.getText().strip();
        Path chosen;
        try {
            chosen = text.isEmpty() ? null : Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            form.error("backupFolder", Messages.get("settings2.backup.notWritable", text));
            return;
        }
        ctx.work().write(Messages.get("common.working"), () -> {
            var s = ctx.workspace().settings();
            s.setBackupFolder(chosen);
            s.setBackupsKept(count);
            return s.backupFolder();
        }, where -> {
            saved.setText(Messages.get("settings2.backup.saved", where));
            folderChanged.run();
        }, t -> {
            if (t instanceof ValidationException v) {
                form.show(v.result());
            } else {
                Dialogs.error(window(), t);
            }
        });
    }

    private static Path chooseFolder(Window owner) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(Messages.get("settings2.backup.folder"));
        File f = c.showDialog(owner);
        return f == null ? null : f.toPath();
    }
}
