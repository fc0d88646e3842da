package io.cashtrail.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.LanguagePreference;
import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.AppHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Help → User guide opens the bundled guide in the user's language: its first heading is the one of
 * docs/guide/en.md (or zh_CN.md), the contents list its chapters, and the screenshots load.
 */
@ExtendWith(ApplicationExtension.class)
class GuideWindowTest {
    @TempDir
    Path dir;
    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(dir.resolve("data"));
        LanguagePreference.set(app.prefs(), "en");
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != app.window().stage()).forEach(Window::hide));
        app.dispose();
    }

    @Test
    void helpUserGuideOpensTheEnglishGuideWithPictures(FxRobot robot) throws Exception {
        Stage guide = openFromHelpMenu(robot);
        assertGuide(robot, guide, "en.md");
    }

    @Test
    void theGuideFollowsTheLanguageSetting(FxRobot robot) throws Exception {
        LanguagePreference.set(app.prefs(), "zh_CN");
        app.restart(robot);
        assertThat(Messages.get("menu.help")).isEqualTo("帮助");
        Stage guide = openFromHelpMenu(robot);
        assertGuide(robot, guide, "zh_CN.md");
        Label h1 = robot.from(guide.getScene().getRoot()).lookup(".guide-h1").queryAs(Label.class);
        assertThat(h1.getText()).containsPattern("[\\u4e00-\\u9fff]");
    }

    private Stage openFromHelpMenu(FxRobot robot) {
        robot.clickOn(Messages.get("menu.help"));
        robot.clickOn(Messages.get("guide.menu"));
        AppHarness.waitFor(() -> guideStage() != null);
        app.waitIdle();
        return guideStage();
    }

    private static Stage guideStage() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && Messages.get("guide.title").equals(s.getTitle()))
                .map(Stage.class::cast).findFirst().orElse(null);
    }

    private void assertGuide(FxRobot robot, Stage guide, String file) throws Exception {
        String source = Files.readString(Path.of("docs/guide", file), StandardCharsets.UTF_8);
        String firstHeading = source.lines().filter(l -> l.startsWith("# ")).findFirst().orElseThrow()
                .substring(2).trim();
        Node root = guide.getScene().getRoot();
        AppHarness.waitFor(() -> robot.from(root).lookup(".guide-h1").tryQuery().isPresent());
        assertThat(robot.from(root).lookup(".guide-h1").queryAs(Label.class).getText()).isEqualTo(firstHeading);
        ListView<?> toc = robot.from(root).lookup("#guide-toc").queryAs(ListView.class);
        assertThat(toc.getItems().size()).isGreaterThan(5);
        AppHarness.waitFor(() -> robot.from(root).lookup(".image-view").queryAllAs(ImageView.class).stream()
                .anyMatch(v -> v.getImage() != null && v.getImage().getProgress() >= 1.0 && !v.getImage().isError()
                        && v.getImage().getWidth() > 100));
        robot.interact(() -> toc.getSelectionModel().select(toc.getItems().size() - 1));
        assertThat(robot.from(root).lookup("#guide-content").queryAs(javafx.scene.control.ScrollPane.class)
                .getVvalue()).isGreaterThan(0.5);
    }
}
