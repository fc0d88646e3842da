package io.cashtrail.ui.receivables;

import static io.cashtrail.ui.CollectionsFixture.TODAY;
import static io.cashtrail.ui.CollectionsFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.AgingReport;
import io.cashtrail.service.ExportFormat;
import io.cashtrail.service.ForecastReport;
import io.cashtrail.ui.CollectionsFixture;
import io.cashtrail.ui.export.ExportAction;
import io.cashtrail.ui.export.FakeExporter;
import io.cashtrail.ui.export.TemplateBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ReceivablesExportTest {
    private CollectionsFixture fx;
    private ReceivablesScreen screen;
    private final FakeExporter exporter = new FakeExporter();
    private FakeExporter.Chooser chooser;
    private Path dir;
    private Path ownTemplate;

    @Start
    void start(Stage stage) throws Exception {
        Messages.use(Messages.CHINESE);
        dir = Files.createTempDirectory("cashtrail-recv-export");
        fx = new CollectionsFixture(dir.resolve("data"));
        screen = new ReceivablesScreen(fx.ctx);
        chooser = new FakeExporter.Chooser(dir);
        ownTemplate = Files.writeString(dir.resolve("我的模板.xlsx"), "PK-ish");
        screen.export().setExporter(exporter);
        screen.export().setTargetChooser(chooser);
        screen.export().setTemplateChooser(owner -> ownTemplate);
        stage.setScene(new Scene((Parent) screen.view(), 1200, 800));
        stage.show();
        screen.onShow();
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
        Messages.use(Messages.ENGLISH);
    }

    private void tab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#receivables-tabs").queryAs(TabPane.class).getSelectionModel()
                .select(index));
    }

    private FakeExporter.Call exportOnce(FxRobot robot) {
        int before = exporter.calls.size();
        robot.clickOn("#receivables-export");
        waitUntil(() -> exporter.calls.size() == before + 1 && !screen.export().isRunning());
        return exporter.calls.get(before);
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aDrillDownFilterExportsOnlyTheLinesItLeavesOnScreen(FxRobot robot) {
        robot.interact(() -> screen.show(DrillDown.of(DrillDown.Kind.OVERDUE)));
        waitUntil(() -> screen.figures() != null && !fx.ctx.work().busyProperty().get());
        FakeExporter.Call call = exportOnce(robot);
        assertThat(call.method()).isEqualTo("table");
        io.cashtrail.service.TableExport t = (io.cashtrail.service.TableExport) call.args().get(0);
        assertThat(t.title()).contains(Messages.get("receivables.filter.overdue"));
        assertThat(t.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.get(3))
                .isEqualTo(Messages.get("receivables.status.OVERDUE")));
        int all = screen.figures().tree().getChildren().size();
        assertThat(all).isPositive();
    }

    @Test
    void theLinesTabExportsReceivablesAsOfTheChosenDateAndGrouping(FxRobot robot) {
        LocalDate date = LocalDate.of(2026, 10, 31);
        robot.interact(() -> robot.lookup("#receivables-asof").queryAs(DatePicker.class).setValue(date));
        robot.clickOn("#receivables-by-owner");
        FakeExporter.Call call = exportOnce(robot);
        assertThat(call.method()).isEqualTo("receivables");
        assertThat(call.args()).containsExactly(date, ForecastReport.GroupBy.OWNER);
        assertThat(call.format()).isEqualTo(ExportFormat.XLSX);
        assertThat(chooser.names).containsExactly("应收明细_2026-10-31.xlsx");
        assertThat(chooser.offered.get(0)).containsExactlyElementsOf(ExportAction.allFormats());
        waitUntil(() -> showing(robot, "#receivables-export-open-file"));
        assertThat(showing(robot, "#receivables-export-open-folder")).isTrue();
        assertThat(robot.lookup("#receivables-export-status").queryAs(Label.class).getText())
                .contains(call.out().toAbsolutePath().toString());
    }

    @Test
    void theAgingTabExportsItsBasisAndGroupingWithTheBuiltInOrATemplateLayout(FxRobot robot) {
        tab(robot, 1);
        robot.interact(() -> robot.lookup("#receivables-basis").queryAs(ComboBox.class)
                .setValue(AgingReport.Basis.INVOICE));
        chooser.answer = ExportFormat.PDF;
        FakeExporter.Call builtIn = exportOnce(robot);
        assertThat(builtIn.method()).isEqualTo("aging");
        assertThat(builtIn.args()).containsExactly(TODAY, AgingReport.Basis.INVOICE, ForecastReport.GroupBy.CUSTOMER,
                false, null);
        assertThat(builtIn.format()).isEqualTo(ExportFormat.PDF);
        assertThat(builtIn.out().getFileName().toString()).isEqualTo("账龄分析_2026-11-27.pdf");

        chooser.answer = null;
        robot.interact(() -> layout(robot).setValue(TemplateBox.Kind.SHIPPED));
        FakeExporter.Call shipped = exportOnce(robot);
        assertThat(shipped.args().get(4)).isNotNull();
        assertThat(exporter.templateWasXlsx).as("the shipped template was copied out for the call").isTrue();
        assertThat(Files.exists((Path) shipped.args().get(4))).as("the temporary copy is removed").isFalse();
        assertThat(chooser.offered.get(1)).containsExactly(ExportFormat.XLSX);

        robot.interact(() -> layout(robot).setValue(TemplateBox.Kind.OWN));
        waitUntil(() -> layout(robot).getValue() == TemplateBox.Kind.OWN);
        FakeExporter.Call own = exportOnce(robot);
        assertThat(own.args()).containsExactly(TODAY, AgingReport.Basis.INVOICE, ForecastReport.GroupBy.CUSTOMER,
                false, ownTemplate);
        assertThat(own.format()).isEqualTo(ExportFormat.XLSX);

        robot.interact(() -> layout(robot).setValue(TemplateBox.Kind.BUILT_IN));
        robot.interact(() -> robot.lookup("#receivables-buckets").queryAs(ComboBox.class).setValue(true));
        chooser.answer = ExportFormat.XLSX;
        assertThat(exportOnce(robot).args().get(3)).as("the yearly buckets on screen go into the export").isEqualTo(true);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<TemplateBox.Kind> layout(FxRobot robot) {
        return robot.lookup("#receivables-aging-layout").queryAs(ComboBox.class);
    }

    @Test
    void cancellingTheTemplateChooserKeepsThePreviousLayout(FxRobot robot) {
        tab(robot, 1);
        screen.export().setTemplateChooser(owner -> null);
        robot.interact(() -> layout(robot).setValue(TemplateBox.Kind.OWN));
        waitUntil(() -> layout(robot).getValue() == TemplateBox.Kind.BUILT_IN);
        assertThat(exportOnce(robot).args().get(4)).isNull();
    }

    @Test
    void theForecastTabExportsTheForecast(FxRobot robot) {
        tab(robot, 2);
        robot.clickOn("#receivables-by-owner");
        FakeExporter.Call call = exportOnce(robot);
        assertThat(call.method()).isEqualTo("forecast");
        assertThat(call.args()).containsExactly(TODAY, ForecastReport.GroupBy.OWNER);
        assertThat(chooser.names).containsExactly("回款预测_2026-11-27.xlsx");
    }

    @Test
    void progressIsShownAndStopCancelsQuietly(FxRobot robot) {
        exporter.mode = FakeExporter.Mode.SLOW;
        robot.clickOn("#receivables-export");
        waitUntil(() -> showing(robot, "#receivables-export-stop") && exporter.progressReported > 5);
        waitUntil(() -> robot.lookup("#receivables-export-progress").queryAs(ProgressBar.class).getProgress() > 0);
        assertThat(fx.ctx.work().busyProperty().get()).isTrue();
        robot.clickOn("#receivables-export-stop");
        waitUntil(() -> !screen.export().isRunning());
        assertThat(robot.lookup("#receivables-export-status").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("export.cancelled"));
        assertThat(showing(robot, "#receivables-export-open-file")).isFalse();
        assertThat(exporter.progressReported).isLessThan(999);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @Test
    void aRefusedExportShowsItsMessage(FxRobot robot) {
        exporter.mode = FakeExporter.Mode.REFUSE;
        robot.clickOn("#receivables-export");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(t -> t != null && t.contains("目标文件正被其他程序打开"));
        robot.clickOn(Messages.get("common.ok"));
        waitUntil(() -> !screen.export().isRunning());
        assertThat(showing(robot, "#receivables-export-bar")).isFalse();
    }

    @Test
    void aTemplateTheReportCannotFillShowsWhy(FxRobot robot) {
        tab(robot, 1);
        robot.interact(() -> layout(robot).setValue(TemplateBox.Kind.OWN));
        waitUntil(() -> layout(robot).getValue() == TemplateBox.Kind.OWN);
        exporter.mode = FakeExporter.Mode.BAD_TEMPLATE;
        robot.clickOn("#receivables-export");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(t -> t != null && t.contains("${nope}"));
        robot.clickOn(Messages.get("common.ok"));
        waitUntil(() -> !screen.export().isRunning());
    }

    @Test
    void cancellingTheSaveDialogExportsNothing(FxRobot robot) {
        chooser.cancel = true;
        robot.clickOn("#receivables-export");
        robot.sleep(200);
        assertThat(exporter.calls).isEmpty();
        assertThat(showing(robot, "#receivables-export-bar")).isFalse();
        assertThat(List.copyOf(chooser.names)).hasSize(1);
    }
}
