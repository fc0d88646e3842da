package io.cashtrail.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.ImportRun;
import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.DateOrder;
import io.cashtrail.importer.plan.LedgerWorkbooks;
import io.cashtrail.importer.plan.RowStatus;
import io.cashtrail.service.ImportFile;
import io.cashtrail.service.ImportPreview;
import io.cashtrail.service.ImportRefusal;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.common.UiContext;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks the import wizard with a Chinese contract ledger (filter, exclude a row, import), checks a
 * picture is refused, a protected workbook asks for its password, and the history undoes.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {
    @TempDir
    Path dir;
    Workspace ws;
    UiContext ctx;
    Stage owner;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = Workspace.open(dir.resolve("data"));
        ctx = io.cashtrail.ui.TestUi.context(ws, io.cashtrail.ui.TestUi.noNavigation(), dir);
        owner = stage;
        stage.setScene(new Scene(new Label("main window"), 300, 200));
        stage.show();
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != owner)
                .forEach(Window::hide));
        FxToolkit.cleanupStages();
        ctx.work().shutdown();
        ws.close();
        Messages.use(Messages.ENGLISH);
    }

    @Test
    void walksToThePreviewExcludesARowAndImports(FxRobot robot) throws Exception {
        Path ledger = LedgerWorkbooks.ledger(dir, "合同台账.xlsx", true);
        ImportPreview expected;
        try (ImportFile f = ws.imports().open(ledger, null)) {
            expected = ws.imports().preview(f, null, false, null);
        }
        assertThat(expected.created()).isGreaterThanOrEqualTo(2);
        assertThat(expected.rejected()).isPositive();

        robot.interact(() -> ImportWizard.open(ctx, owner, ledger));
        waitUntil(() -> robot.lookup("#wizard-sheet-0").tryQuery().isPresent());
        assertThat(robot.lookup("#wizard-sheet-0").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#wizard-headerRow").tryQuery().isPresent());
        assertThat(robot.lookup("#wizard-headerRow").queryAs(Label.class).getText()).contains("2");
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#wizard-kind").tryQuery().isPresent());
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#wizard-counts").tryQuery().isPresent());
        assertThat(robot.lookup("#wizard-counts").queryAs(Label.class).getText()).isEqualTo(Messages.get(
                "wizard.counts", expected.created(), expected.updated(), expected.unchanged(), expected.skipped(),
                expected.rejected()));

        TableView<?> table = robot.lookup("#wizard-previewTable").queryAs(TableView.class);
        int allRows = table.getItems().size();
        assertThat(allRows).isEqualTo(expected.plan().rows().size());
        robot.clickOn("#wizard-onlyProblems");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(expected.plan().problems().size());
        robot.clickOn("#wizard-onlyProblems");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(allRows);

        CheckBox firstNew = robot.lookup("#wizard-previewTable .check-box").queryAllAs(CheckBox.class).stream()
                .filter(c -> rowOf(c) != null && rowOf(c).getItem() instanceof PreviewStep.Line l
                        && l.row.status() == RowStatus.NEW)
                .findFirst().orElseThrow();
        assertThat(firstNew.isSelected()).isTrue();
        robot.clickOn(firstNew);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstNew.isSelected()).isFalse();

        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#wizard-summary").tryQuery().isPresent());
        List<ImportRun> history = ws.imports().history();
        assertThat(history).hasSize(1);
        ImportRun run = history.get(0);
        assertThat(run.created()).isEqualTo(expected.created() - 1);
        assertThat(run.rejected()).isEqualTo(expected.rejected());
        assertThat(robot.lookup("#wizard-summary").queryAs(Label.class).getText()).isEqualTo(Messages.get(
                "wizard.summary", run.fileName(), run.created(), run.updated(), run.unchanged(), run.skipped(),
                run.rejected()));
        assertThat(ws.orders().summaries()).hasSize(expected.created() - 1);
        assertThat(robot.lookup("#wizard-saveProblems").tryQuery()).isPresent();
        assertThat(robot.lookup("#wizard-next").queryAs(Button.class).isVisible()).isFalse();
    }

    @Test
    void aPictureIsRefusedWithItsReasonAndImportsNothing(FxRobot robot) throws Exception {
        Path png = dir.resolve("photo.png");
        byte[] bytes = new byte[256];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        Files.write(png, bytes);
        String reason;
        try {
            ws.imports().open(png, null).close();
            throw new AssertionError("a PNG should be refused");
        } catch (ImportRefusal e) {
            reason = e.getLocalizedMessage();
        }

        robot.interact(() -> ImportWizard.open(ctx, owner, png));
        waitUntil(() -> robot.lookup("#wizard-error").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#wizard-error").queryAs(Label.class).getText()).isEqualTo(reason);
        assertThat(robot.lookup("#wizard-next").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(ws.imports().history()).isEmpty();
        assertThat(ws.orders().summaries()).isEmpty();
    }

    @Test
    void datesThatReadBothWaysAskForTheDayMonthOrder(FxRobot robot) throws Exception {
        Path ledger = LedgerWorkbooks.write(dir.resolve("日期.xlsx"), new Object[][] {
            {1, "宁波港集团", "HT-1", "05/06/2016", 1000, null, null, null, null, null, null, "张三"},
            {2, "杭州钢铁", "HT-2", "07/08/2016", 2000, null, null, null, null, null, null, "李四"},
        });
        robot.interact(() -> ImportWizard.open(ctx, owner, ledger));
        waitUntil(() -> robot.lookup("#wizard-sheet-0").tryQuery().isPresent());
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#wizard-dateOrder-3").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#wizard-dateOrder-3").queryAs(ComboBox.class).setValue(DateOrder.DMY));
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#wizard-kind").tryQuery().isPresent());
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#wizard-counts").tryQuery().isPresent());
        assertThat(robot.lookup("#wizard-counts").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("wizard.counts", 2, 0, 0, 0, 0));
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#wizard-summary").tryQuery().isPresent());
        assertThat(ws.customers().contracts().stream().map(c -> c.signedDate()))
                .contains(java.time.LocalDate.of(2016, 6, 5), java.time.LocalDate.of(2016, 8, 7));
    }

    @Test
    void aProtectedWorkbookAsksForItsPasswordUntilItIsRight(FxRobot robot) throws Exception {
        Path plain = LedgerWorkbooks.ledger(dir, "plain.xlsx", false);
        Path locked = dir.resolve("加密台账.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        robot.interact(() -> ImportWizard.open(ctx, owner, locked));
        waitUntil(() -> robot.lookup("#wizard-password").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#wizard-password").queryAs(PasswordField.class).setText("wrong"));
        robot.clickOn(Messages.get("common.ok"));
        waitUntil(() -> robot.lookup(Messages.get("wizard.password.wrong")).tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#wizard-password").queryAs(PasswordField.class).setText("secret"));
        robot.clickOn(Messages.get("common.ok"));
        waitUntil(() -> robot.lookup("#wizard-sheet-0").tryQuery().isPresent());
        assertThat(robot.lookup("#wizard-sheet-0").queryAs(CheckBox.class).getText()).isEqualTo("2016年");
    }

    @Test
    void theHistoryUndoesTheLastImportAfterAsking(FxRobot robot) throws Exception {
        Path ledger = LedgerWorkbooks.ledger(dir, "台账.xlsx", false);
        try (ImportFile f = ws.imports().open(ledger, null)) {
            ws.imports().apply(ws.imports().preview(f, null, false, null));
        }
        assertThat(ws.orders().summaries()).isNotEmpty();
        robot.interact(() -> ImportWizard.showHistory(ctx, owner));
        waitUntil(() -> !robot.lookup("#wizard-undoLast").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#wizard-historyTable").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#wizard-historyTable .table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Control) n).getTooltip()).filter(java.util.Objects::nonNull)
                .map(javafx.scene.control.Tooltip::getText)).as("a cut file name shows whole on hover")
                .contains("台账.xlsx");
        robot.clickOn("#wizard-undoLast");
        robot.clickOn(Messages.get("common.yes"));
        waitUntil(() -> robot.lookup(Messages.get("common.ok")).tryQuery().isPresent());
        robot.clickOn(Messages.get("common.ok"));
        waitUntil(() -> ws.imports().history().get(0).undone());
        assertThat(ws.orders().summaries()).isEmpty();
        waitUntil(() -> robot.lookup("#wizard-undoLast").queryAs(Button.class).isDisabled());
    }

    private static TableRow<?> rowOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof TableRow<?> r) {
                return r;
            }
        }
        return null;
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

}
