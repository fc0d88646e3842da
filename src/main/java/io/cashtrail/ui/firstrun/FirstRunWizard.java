package io.cashtrail.ui.firstrun;

import io.cashtrail.i18n.LanguagePreference;
import io.cashtrail.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The first-run wizard: language (switches at once), company name and where the data lives, then the
 * three ways to begin (import my sheet, demo data, start empty). Skippable; the caller shows it only
 * on the first run of an empty data folder and acts on the {@link FirstRunChoice}.
 */
public final class FirstRunWizard {
    private final Preferences prefs;
    private final boolean folderFixed;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final TextField company = new TextField();
    private Path dataDir;
    private int page;
    private FirstRunChoice result;
    /** Asks for a folder; tests replace it. */
    private Function<Window, Path> folderChooser = FirstRunWizard::chooseFolder;

    /**
     * @param folderFixed the folder was given by {@code --data-dir} or {@code CASHTRAIL_HOME}; it is shown
     *        but cannot be changed here
     */
    public FirstRunWizard(Preferences prefs, Path dataDir, boolean folderFixed) {
        this.prefs = prefs;
        this.dataDir = dataDir;
        this.folderFixed = folderFixed;
        company.setId("firstrun-company");
        company.setPrefColumnCount(24);
        root.setId("firstrun-root");
        root.getStyleClass().add("firstrun");
        Scene scene = new Scene(root, 640, 500);
        scene.getStylesheets().add(FirstRunWizard.class.getResource("/io/cashtrail/ui/cashtrail.css").toExternalForm());
        stage.setScene(scene);
        io.cashtrail.ui.common.WindowState.keepOnScreen(stage);
        stage.initModality(Modality.APPLICATION_MODAL);
        stage.setMinWidth(420);
        stage.setMinHeight(360);
        stage.setOnCloseRequest(e -> result = FirstRunChoice.skipped(this.dataDir));
        render();
    }

    public void setFolderChooser(Function<Window, Path> chooser) {
        this.folderChooser = chooser;
    }

    /** Shows the wizard and waits; closing the window counts as skipping. */
    public FirstRunChoice showAndWait() {
        stage.showAndWait();
        return result != null ? result : FirstRunChoice.skipped(dataDir);
    }

    public Stage stage() {
        return stage;
    }

    /** Builds the current page in the current language (called again when the language changes). */
    private void render() {
        stage.setTitle(Messages.get("firstrun.title"));
        Label heading = new Label(Messages.get(page == 0 ? "firstrun.welcome" : "firstrun.start.title"));
        heading.getStyleClass().add("screen-title");
        heading.setWrapText(true);
        VBox body = new VBox(10, heading);
        body.getChildren().addAll(page == 0 ? aboutYou() : ways());
        body.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setId("firstrun-scroll");
        root.setCenter(scroll);
        root.setBottom(buttons());
    }

    private Node[] aboutYou() {
        Label intro = wrapped(Messages.get("firstrun.intro"), null);
        ToggleGroup langs = new ToggleGroup();
        ToggleButton zh = new ToggleButton("中文");
        zh.setId("firstrun-lang-zh");
        ToggleButton en = new ToggleButton("English");
        en.setId("firstrun-lang-en");
        zh.setToggleGroup(langs);
        en.setToggleGroup(langs);
        (Messages.locale().getLanguage().equals("zh") ? zh : en).setSelected(true);
        zh.setOnAction(e -> switchTo("zh_CN"));
        en.setOnAction(e -> switchTo("en"));
        HBox langRow = new HBox(6, zh, en);

        company.setPromptText(Messages.get("firstrun.company.prompt"));
        company.setMaxWidth(Double.MAX_VALUE);
        Label folder = wrapped(dataDir.toString(), null);
        folder.setId("firstrun-folder");
        folder.getStyleClass().add("firstrun-folder");
        Button choose = new Button(Messages.get("firstrun.folder.choose"));
        choose.setId("firstrun-chooseFolder");
        choose.setDisable(folderFixed);
        choose.setOnAction(e -> {
            Path p = folderChooser.apply(stage);
            if (p != null) {
                dataDir = p.toAbsolutePath().normalize();
                render();
            }
        });
        Label folderHint = wrapped(Messages.get(folderFixed ? "firstrun.folder.fixed" : "firstrun.folder.hint"), "hint");
        folderHint.setId("firstrun-folderHint");
        return new Node[] {intro, section("firstrun.language"), langRow, section("firstrun.company"), company,
            section("firstrun.folder"), folder, choose, folderHint};
    }

    private Node[] ways() {
        Label intro = wrapped(Messages.get("firstrun.start.intro"), null);
        return new Node[] {intro,
            way("firstrun-import", "firstrun.import", FirstRunChoice.Start.IMPORT),
            way("firstrun-demo", "firstrun.demo", FirstRunChoice.Start.DEMO),
            way("firstrun-empty", "firstrun.empty", FirstRunChoice.Start.EMPTY)};
    }

    /** One way to begin: a button naming it and a sentence saying what it does, as a card. */
    private VBox way(String id, String key, FirstRunChoice.Start start) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.getStyleClass().add("firstrun-way-title");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> finish(start));
        Label text = wrapped(Messages.get(key + ".text"), "hint");
        VBox card = new VBox(4, b, text);
        card.getStyleClass().add("firstrun-way");
        return card;
    }

    private HBox buttons() {
        Button skip = new Button(Messages.get("firstrun.skip"));
        skip.setId("firstrun-skip");
        skip.setOnAction(e -> {
            result = FirstRunChoice.skipped(dataDir);
            stage.close();
        });
        Button back = new Button(Messages.get("firstrun.back"));
        back.setId("firstrun-back");
        back.setDisable(page == 0);
        back.setOnAction(e -> {
            page = 0;
            render();
        });
        Button next = new Button(Messages.get("firstrun.next"));
        next.setId("firstrun-next");
        next.setDefaultButton(page == 0);
        next.setVisible(page == 0);
        next.setManaged(page == 0); // no gap beside Back on the last page
        next.setOnAction(e -> {
            page = 1;
            render();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, skip, spacer, back, next);
        bar.setPadding(new Insets(10, 16, 12, 16));
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    private void switchTo(String tag) {
        LanguagePreference.set(prefs, tag);
        Messages.use(Messages.fromTag(tag));
        render();
    }

    private void finish(FirstRunChoice.Start start) {
        String name = company.getText() == null ? "" : company.getText().strip();
        result = new FirstRunChoice(start, name, dataDir, false);
        stage.close();
    }

    private static Label section(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }

    private static Path chooseFolder(Window owner) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(Messages.get("firstrun.folder.choose"));
        File f = c.showDialog(owner);
        return f == null ? null : f.toPath();
    }
}
