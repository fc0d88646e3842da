package io.cashtrail.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.AppHarness;
import io.cashtrail.ui.TestUi;
import io.cashtrail.ui.common.FontScale;
import io.cashtrail.ui.common.UiContext;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Company name, currency symbol, font size and backup settings: saved, applied, bad input refused. */
@ExtendWith(ApplicationExtension.class)
class CompanyAndBackupSettingsTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private UiContext ctx;
    private Scene scene;
    private final AtomicReference<String> currencySeen = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        Messages.use(Messages.ENGLISH);
        ws = Workspace.open(dir.resolve("data"));
        ctx = TestUi.context(ws, TestUi.noNavigation(), dir);
        FontScale.install(ctx.prefs());
        scene = new Scene((Parent) new SettingsScreen(ctx, () -> { }, currencySeen::set).view(), 1000, 700);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        ctx.work().shutdown();
        ws.close();
        Formats.setCurrencySymbol(null);
        FontScale.set(ctx.prefs(), FontScale.DEFAULT);
        ctx.prefs().removeNode();
    }

    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryTextInputControl().setText(text));
    }

    @Test
    void companyNameAndCurrencyAreSavedAndUsedForAmounts(FxRobot robot) {
        AppHarness.waitFor(() -> "¥".equals(robot.lookup("#settings2-currencySymbol").queryTextInputControl().getText()));
        type(robot, "#settings2-companyName", "  苏州恒泰机械有限公司 ");
        type(robot, "#settings2-currencySymbol", "US$");
        fire(robot, "#settings2-company-save");
        AppHarness.waitFor(() -> "US$".equals(currencySeen.get()));
        assertThat(ws.settings().companyName()).isEqualTo("苏州恒泰机械有限公司");
        assertThat(ws.settings().currencySymbol()).isEqualTo("US$");
        Formats.setCurrencySymbol(currencySeen.get());
        assertThat(Formats.money(new BigDecimal("-1234.5"))).isEqualTo("-US$1,234.50");
        assertThat(Formats.parseAmount("US$1,234.50")).isEqualByComparingTo("1234.50");

        type(robot, "#settings2-currencySymbol", "TOOLONG");
        fire(robot, "#settings2-company-save");
        assertThat(robot.lookup(".field-message.error").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("settings2.currencySymbol.tooLong"));
        assertThat(ws.settings().currencySymbol()).isEqualTo("US$");
    }

    @Test
    void fontSizeIsAppliedToTheWindowAndRemembered(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Integer> font = robot.lookup("#settings2-fontSize").queryAs(ComboBox.class);
        assertThat(font.getValue()).isEqualTo(100);
        robot.interact(() -> font.setValue(150));
        assertThat(FontScale.stored(ctx.prefs())).isEqualTo(150);
        assertThat(scene.getRoot().getStyle()).contains("-fx-font-size");
        double size = javafx.scene.text.Font.getDefault().getSize() * 1.5;
        assertThat(robot.lookup("#settings2-companyName").queryAs(javafx.scene.control.TextField.class).getFont()
                .getSize()).isCloseTo(size, org.assertj.core.data.Offset.offset(0.6));
        robot.interact(() -> font.setValue(100));
        assertThat(scene.getRoot().getStyle()).doesNotContain("-fx-font-size");
    }

    @Test
    void backupCountAndFolderAreSavedAndUsed(FxRobot robot) throws Exception {
        AppHarness.waitFor(() -> "10".equals(robot.lookup("#settings2-backup-keep").queryTextInputControl().getText()));
        Path folder = dir.resolve("elsewhere/backups");
        type(robot, "#settings2-backup-keep", "3");
        type(robot, "#settings2-backup-folder", folder.toString());
        fire(robot, "#settings2-backup-save");
        AppHarness.waitFor(() -> !robot.lookup("#settings2-backup-saved").queryAs(Label.class).getText().isEmpty());
        assertThat(ws.settings().backupsKept()).isEqualTo(3);
        assertThat(ws.backupFolder()).isEqualTo(folder.toAbsolutePath().normalize());
        assertThat(robot.lookup("#settings-backupDir").queryAs(Label.class).getText()).isEqualTo(folder.toString());
        for (int i = 0; i < 5; i++) {
            ws.backup("test");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(p -> p.toString().endsWith(io.cashtrail.service.Maintenance.BACKUP_EXTENSION))).hasSize(3);
        }
        ws.close();
        ws = Workspace.open(dir.resolve("data"));
        assertThat(ws.settings().backupsKept()).isEqualTo(3);
        assertThat(ws.backupFolder()).isEqualTo(folder.toAbsolutePath().normalize());
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedBesideTheField(FxRobot robot) throws Exception {
        AppHarness.waitFor(() -> "10".equals(robot.lookup("#settings2-backup-keep").queryTextInputControl().getText()));
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        type(robot, "#settings2-backup-folder", notAFolder.toString());
        fire(robot, "#settings2-backup-save");
        AppHarness.waitFor(() -> robot.lookup(".field-message.error").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup(".field-message.error").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("settings2.backup.notWritable", notAFolder.toAbsolutePath().normalize()));
        assertThat(ws.settings().backupFolderChosen()).isFalse();
        assertThat(ws.backupFolder()).isEqualTo(ws.dataDir().resolve("backups"));

        type(robot, "#settings2-backup-folder", "");
        type(robot, "#settings2-backup-keep", "0");
        fire(robot, "#settings2-backup-save");
        assertThat(robot.lookup(".field-message.error").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("settings2.backup.badKeep", 1, 365));
        assertThat(ws.settings().backupsKept()).isEqualTo(10);
    }
}
