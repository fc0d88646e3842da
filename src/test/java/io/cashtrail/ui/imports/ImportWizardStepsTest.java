package io.cashtrail.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.ImportRun;
import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.plan.LedgerWorkbooks;
import io.cashtrail.service.ImportFile;
import io.cashtrail.service.SheetSetup;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.common.UiContext;
import java.nio.file.Path;
import java.time.LocalDate;
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
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The wizard end to end with a Chinese ledger: the header row moved and moved back, a column's
 * mapping changed beside its sample values, a problem value corrected in the preview, the import
 * saved as a profile, the remaining problem rows saved and read back; the profile then applies by
 * itself to the next sheet; and a file dropped on the main window opens the wizard.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardStepsTest {
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
        ResultStep.saveTarget = ResultStep::chooseTarget;
        FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != owner)
                .forEach(Window::hide));
        FxToolkit.cleanupStages();
        ctx.work().shutdown();
        ws.close();
        Messages.use(Messages.ENGLISH);
    }

    private Path twoProblemLedger(String name) throws Exception {
        return LedgerWorkbooks.write(dir.resolve(name), new Object[][] {
            {1, "宁波港集团", "HT-1", "2016-03-15", 1000, null, null, null, null, null, "A100", "张三"},
            {2, "杭州钢铁", "HT-2", "2016.13.01", 2000, null, null, null, null, null, "B200", "李四"},
            {3, "上海电气", "HT-3", "2016.02.30", 3000, null, null, null, null, null, "C300", "王五"},
        });
    }

    @Test
    void walksAChineseSheetChangingHeaderAndMappingCorrectingAValueAndSavingTheRest(FxRobot robot) throws Exception {
        Path ledger = twoProblemLedger("合同台账.xlsx");
        robot.interact(() -> ImportWizard.open(ctx, owner, ledger));
        waitUntil(() -> robot.lookup("#wizard-sheet-0").tryQuery().isPresent());
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#importwiz-topRows").tryQuery().isPresent());
        assertThat(text(robot, "#wizard-headerRow")).contains("2");
        assertThat(text(robot, "#importwiz-samples-2")).contains("HT-1").contains("HT-2");
        assertThat(text(robot, "#importwiz-samples-11")).contains("张三");
        assertThat(robot.lookup("#importwiz-profileApplied").tryQuery()).isEmpty();

        TableView<SheetSetup.Line> top = robot.lookup("#importwiz-topRows").queryAs(TableView.class);
        assertThat(top.getItems().get(0).cells().get(0)).isEqualTo("2016年销售合同台账");
        assertThat(top.getSelectionModel().getSelectedItem().row()).isEqualTo(1);
        robot.interact(() -> top.getSelectionModel().select(0));
        robot.clickOn("#importwiz-useHeader");
        waitUntil(() -> text(robot, "#wizard-headerRow").equals(Messages.get("importwiz.header.rowChosen", 1)));
        assertThat(field(robot, 2).getValue()).isNull();

        TableView<SheetSetup.Line> again = robot.lookup("#importwiz-topRows").queryAs(TableView.class);
        robot.interact(() -> again.getSelectionModel().select(1));
        robot.clickOn("#importwiz-useHeader");
        waitUntil(() -> text(robot, "#wizard-headerRow").equals(Messages.get("importwiz.header.rowChosen", 2)));
        assertThat(field(robot, 2).getValue()).isEqualTo(ImportField.CONTRACT_NO);
        assertThat(field(robot, 11).getValue()).isEqualTo(ImportField.OWNER);
        robot.interact(() -> field(robot, 11).setValue(null));
        assertThat(text(robot, "#wizard-confidence-11")).isEmpty();

        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#wizard-kind").tryQuery().isPresent());
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#wizard-counts").tryQuery().isPresent());
        assertThat(text(robot, "#wizard-counts")).isEqualTo(Messages.get("wizard.counts", 1, 0, 0, 0, 2));
        TextField profile = robot.lookup("#importwiz-profileName").queryAs(TextField.class);
        assertThat(profile.getText()).isEqualTo("2016年");
        robot.interact(() -> profile.setText("台账方案"));

        robot.clickOn("#wizard-onlyProblems");
        TableView<PreviewStep.Line> table = robot.lookup("#wizard-previewTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(l -> l.row.row() == 4).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#importwiz-cell-3").tryQuery().isPresent());
        TextField date = robot.lookup("#importwiz-cell-3").queryAs(TextField.class);
        assertThat(date.getText()).isEqualTo("2016.13.01");
        assertThat(date.getStyleClass()).contains("invalid");
        robot.interact(() -> date.setText("2016.12.01"));
        robot.clickOn("#importwiz-recheck");
        waitUntil(() -> robot.lookup("#wizard-counts").tryQuery().isPresent()
                && text(robot, "#wizard-counts").equals(Messages.get("wizard.counts", 2, 0, 0, 0, 1)));
        assertThat(text(robot, "#importwiz-corrected")).isEqualTo(Messages.get("importwiz.correction.done", 4,
                Messages.get("wizard.status.new")));
        TableView<PreviewStep.Line> after = robot.lookup("#wizard-previewTable").queryAs(TableView.class);
        assertThat(after.getItems()).hasSize(1);
        assertThat(robot.lookup("#wizard-onlyProblems").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#importwiz-profileName").queryAs(TextField.class).getText()).isEqualTo("台账方案");

        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#wizard-summary").tryQuery().isPresent());
        ImportRun run = ws.imports().history().get(0);
        assertThat(run.created()).isEqualTo(2);
        assertThat(run.rejected()).isEqualTo(1);
        assertThat(run.profile()).isEqualTo("台账方案");
        assertThat(text(robot, "#importwiz-resultProfile")).contains("台账方案");
        assertThat(ws.customers().contracts()).anySatisfy(c -> {
            assertThat(c.contractNo()).isEqualTo("HT-2");
            assertThat(c.signedDate()).isEqualTo(LocalDate.of(2016, 12, 1));
        });
        assertThat(ws.imports().profiles()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("台账方案");
            assertThat(p.mapping().applyTo(List.of(LedgerWorkbooks.HEADER)).column(11).field()).isNull();
        });

        Path saved = dir.resolve("问题行.xlsx");
        ResultStep.saveTarget = (w, p) -> saved;
        robot.clickOn("#wizard-saveProblems");
        waitUntil(() -> robot.lookup(Messages.get("common.ok")).tryQuery().isPresent());
        robot.clickOn(Messages.get("common.ok"));
        try (XSSFWorkbook wb = new XSSFWorkbook(saved.toFile())) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo(1);
            assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("HT-3");
            assertThat(s.getRow(1).getCell(3).getStringCellValue()).isEqualTo("2016.02.30");
            assertThat(s.getRow(1).getCell(LedgerWorkbooks.HEADER.length).getStringCellValue()).contains("签订日期");
        }
    }

    @Test
    void aSavedProfileIsAppliedByItselfAndSaidSo(FxRobot robot) throws Exception {
        Path first = LedgerWorkbooks.ledger(dir, "一月.xlsx", false);
        try (ImportFile f = ws.imports().open(first, null)) {
            SheetAnalysis a = ws.imports().setUp(f, 0, null, null, () -> false).analysis();
            ws.imports().saveProfile("月度台账", a.withMapping(a.mapping().with(10, ImportField.NOTES)),
                    RecordKind.CONTRACT_LEDGER);
        }
        Path next = LedgerWorkbooks.ledger(dir, "二月.xlsx", false);
        robot.interact(() -> ImportWizard.open(ctx, owner, next));
        waitUntil(() -> robot.lookup("#wizard-sheet-0").tryQuery().isPresent());
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#importwiz-profileApplied").tryQuery().isPresent());
        assertThat(text(robot, "#importwiz-profileApplied"))
                .isEqualTo(Messages.get("importwiz.profile.applied", "月度台账"));
        assertThat(field(robot, 10).getValue()).isEqualTo(ImportField.NOTES);
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#wizard-kind").tryQuery().isPresent());
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#importwiz-profileName").tryQuery().isPresent());
        assertThat(robot.lookup("#importwiz-profileName").queryAs(TextField.class).getText()).isEqualTo("月度台账");
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#wizard-summary").tryQuery().isPresent());
        assertThat(ws.imports().history().get(0).profile()).isEqualTo("月度台账");

        robot.interact(() -> ImportWizard.showHistory(ctx, owner));
        waitUntil(() -> robot.lookup("#importwiz-profilesTable").tryQuery().isPresent()
                && !robot.lookup("#importwiz-profilesTable").queryAs(TableView.class).getItems().isEmpty());
        robot.clickOn(Messages.get("importwiz.profiles.title"));
        TableView<?> profiles = robot.lookup("#importwiz-profilesTable").queryAs(TableView.class);
        robot.interact(() -> profiles.getSelectionModel().select(0));
        robot.clickOn("#importwiz-deleteProfile");
        robot.clickOn(Messages.get("common.yes"));
        waitUntil(() -> ws.imports().profiles().isEmpty() && profiles.getItems().isEmpty());
    }

    @Test
    void aFileDroppedOnTheMainWindowOpensTheWizard(FxRobot robot) throws Exception {
        Path ledger = LedgerWorkbooks.ledger(dir, "拖入.xlsx", false);
        robot.interact(() -> ImportWizard.installDropTarget(ctx, owner.getScene()));
        robot.interact(() -> DropSimulation.drop(owner.getScene(), ledger));
        waitUntil(() -> robot.lookup("#wizard-sheet-0").tryQuery().isPresent());
        assertThat(robot.lookup("#wizard-sheet-0").queryAs(CheckBox.class).getText()).isEqualTo("2016年");
        robot.clickOn("#wizard-next");
        waitUntil(() -> robot.lookup("#importwiz-topRows").tryQuery().isPresent());
        assertThat(robot.lookup("#wizard-next").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void stopWhileALargeFileOpensEndsWithinASecond(FxRobot robot) throws Exception {
        Path big = dir.resolve("大文件.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            var sheet = wb.createSheet("台账");
            for (int r = 0; r < 30_000; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 8; c++) {
                    row.createCell(c).setCellValue("合同" + r + "-" + c);
                }
            }
            try (var out = java.nio.file.Files.newOutputStream(big)) {
                wb.write(out);
            }
        }
        robot.interact(() -> ImportWizard.open(ctx, owner, big));
        Thread.sleep(200);
        long[] stoppedAt = new long[1];
        robot.interact(() -> robot.lookup("#wizard-stop").tryQuery().ifPresent(b -> {
            stoppedAt[0] = System.nanoTime();
            ((Button) b).fire();
        }));
        waitUntil(() -> robot.lookup("#wizard-sheet-0").tryQuery().isPresent()
                || robot.lookup("#wizard-error").tryQuery().map(Node::isVisible).orElse(false));
        long elapsed = (System.nanoTime() - stoppedAt[0]) / 1_000_000;
        if (robot.lookup("#wizard-sheet-0").tryQuery().isEmpty()) {
            assertThat(text(robot, "#wizard-error")).isEqualTo(Messages.get("wizard.stopped"));
            assertThat(elapsed).isLessThan(1500);
            assertThat(robot.lookup("#wizard-next").queryAs(Button.class).isDisabled()).isFalse();
        }
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ImportField> field(FxRobot robot, int column) {
        return robot.lookup("#wizard-field-" + column).queryAs(ComboBox.class);
    }

    private static String text(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return ((Label) n).getText();
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
