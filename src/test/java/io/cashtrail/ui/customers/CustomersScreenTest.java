package io.cashtrail.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.common.UiContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CustomersScreenTest {
    private Path dir;
    private Workspace ws;
    private UiContext ctx;
    private CustomersScreen screen;

    @Start
    void start(Stage stage) throws IOException {
        Messages.use(Messages.ENGLISH);
        dir = Files.createTempDirectory("cashtrail-customers-test");
        ws = Workspace.open(dir.resolve("data"));
        ctx = io.cashtrail.ui.TestUi.context(ws, io.cashtrail.ui.TestUi.noNavigation(), dir);
        screen = new CustomersScreen(ctx);
        Scene scene = new Scene((javafx.scene.Parent) screen.view(), 1200, 800);
        scene.getStylesheets().add(CustomersScreen.class.getResource("/io/cashtrail/ui/cashtrail.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        waitUntil(() -> !ctx.work().busyProperty().get());
        ctx.work().shutdown();
        ws.close();
        ctx.prefs().removeNode();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void createsCustomerWithChineseNameAndCutoffDay(FxRobot robot) {
        show(robot);
        robot.clickOn("#customers-new");
        robot.clickOn("#customers-name").write("华东电力设备有限公司");
        robot.clickOn("#customers-cutoff").write("25");
        robot.clickOn("#customers-save");

        waitUntil(() -> ws.customers().all().size() == 1);
        Customer saved = ws.customers().all().get(0);
        assertThat(saved.name()).isEqualTo("华东电力设备有限公司");
        assertThat(saved.invoiceCutoffDay()).isEqualTo(25);
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.name().equals("华东电力设备有限公司")));
        assertThat(table(robot).getSelectionModel().getSelectedItem().id()).isEqualTo(saved.id());
        assertThat(robot.lookup("#customers-detail-title").queryAs(Label.class).getText())
                .isEqualTo("华东电力设备有限公司");
    }

    @Test
    void aNarrowDetailPaneFitsTheFormWithoutScrollingSideways(FxRobot robot) {
        show(robot);
        robot.clickOn("#customers-new");
        io.cashtrail.ui.AppHarness.atWidth(robot, robot.lookup("#customers-new").query().getScene().getWindow(), 760,
                () -> formFitsItsPane(robot));
    }

    @Test
    void aNarrowListGivesUpTheCutoffColumnRatherThanCutTitles(FxRobot robot) {
        ws.customers().save(Customer.named("华东电力设备有限公司"));
        show(robot);
        waitUntil(() -> !table(robot).getItems().isEmpty());
        assertThat(column(robot, Messages.get("customers.col.cutoff")).isVisible()).as("wide: all columns").isTrue();
        assertThat(headerTitles(robot)).noneMatch(CustomersScreenTest::cut);
        io.cashtrail.ui.AppHarness.atWidth(robot, table(robot).getScene().getWindow(), 640, () -> {
            waitUntil(() -> !column(robot, Messages.get("customers.col.cutoff")).isVisible());
            assertThat(headerTitles(robot)).as("narrow: whole titles").hasSize(3).noneMatch(CustomersScreenTest::cut);
        });
        waitUntil(() -> column(robot, Messages.get("customers.col.cutoff")).isVisible());
    }

    private static boolean cut(String title) {
        return title.endsWith("…") || title.endsWith("...");
    }

    private javafx.scene.control.TableColumn<?, ?> column(FxRobot robot, String title) {
        return table(robot).getColumns().stream().filter(c -> title.equals(c.getText())).findFirst().orElseThrow();
    }

    /** The visible header titles as drawn (ending in an ellipsis when cut). */
    private java.util.List<String> headerTitles(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(table(robot)).lookup(".column-header .label .text").queryAllAs(javafx.scene.text.Text.class)
                .stream().filter(Node::isVisible).filter(t -> t.getParent().getParent().isVisible())
                .map(javafx.scene.text.Text::getText).toList();
    }

    private void formFitsItsPane(FxRobot robot) {
        javafx.scene.layout.Region body = robot.lookup(".customers-detail-body").queryAs(javafx.scene.layout.Region.class);
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) body.getParent().getParent().getParent();
        waitUntil(() -> scroll.getViewportBounds().getWidth() > 0
                && body.getWidth() <= scroll.getViewportBounds().getWidth() + 1);
        TextField days = robot.lookup("#customers-payment-rule-days").queryAs(TextField.class);
        assertThat(days.getWidth()).as("the days are never squeezed").isGreaterThanOrEqualTo(days.prefWidth(-1) - 1);
    }

    @Test
    void invalidCutoffDayIsShownBesideTheFieldAndNothingIsSaved(FxRobot robot) {
        show(robot);
        robot.clickOn("#customers-new");
        robot.clickOn("#customers-name").write("测试客户");
        robot.clickOn("#customers-cutoff").write("40");
        robot.clickOn("#customers-save");
        WaitForAsyncUtils.waitForFxEvents();

        TextField cutoff = robot.lookup("#customers-cutoff").queryAs(TextField.class);
        Label message = messageBelow(cutoff);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo(Messages.get("validation.cutoffDay"));
        assertThat(cutoff.getStyleClass()).contains("invalid");
        assertThat(ctx.work().busyProperty().get()).isFalse();
        assertThat(ws.customers().all()).isEmpty();
    }

    @Test
    void duplicateNameIsShownBesideTheNameField(FxRobot robot) {
        ws.customers().save(Customer.named("华东电力"));
        show(robot);
        robot.clickOn("#customers-new");
        robot.clickOn("#customers-name").write("华东电力");
        robot.clickOn("#customers-save");

        TextField name = robot.lookup("#customers-name").queryAs(TextField.class);
        waitUntil(() -> messageBelow(name).isVisible());
        assertThat(messageBelow(name).getText()).isEqualTo(Messages.get("validation.duplicate", "华东电力"));
        assertThat(ws.customers().all()).hasSize(1);
    }

    @Test
    void createsContractThroughTheDialog(FxRobot robot) {
        Customer c = ws.customers().save(Customer.named("华东电力"));
        show(robot);
        robot.clickOn(cell(robot, "华东电力"));
        waitUntil(() -> robot.lookup("#customers-new-contract").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#customers-new-contract");
        robot.clickOn("#contract-no").write("HT-2026-001");
        robot.clickOn("#contract-amount").write("1234567.89");
        robot.clickOn("#contract-tax-rate").write("13");
        robot.clickOn("#contract-save");

        waitUntil(() -> ws.customers().contracts().size() == 1);
        Contract saved = ws.customers().contracts().get(0);
        assertThat(saved.customerId()).isEqualTo(c.id());
        assertThat(saved.amount()).isEqualByComparingTo("1234567.89");
        assertThat(saved.taxRate()).isEqualByComparingTo("13");
        waitUntil(() -> robot.lookup("#customers-contracts .table-cell").queryAll().stream()
                .anyMatch(n -> "¥1,234,567.89".equals(((javafx.scene.control.Labeled) n).getText())));
        assertThat(robot.lookup("#customers-total-contracts").queryAs(Label.class).getText())
                .isEqualTo("¥1,234,567.89");
    }

    @Test
    void theContractDialogCutsNoTextAtTheLargestFontSize(FxRobot robot) {
        ws.customers().save(Customer.named("华东电力"));
        io.cashtrail.ui.AppHarness.atLargestFont(robot, ctx.prefs(), () -> {
            show(robot);
            robot.clickOn(cell(robot, "华东电力"));
            waitUntil(() -> robot.lookup("#customers-new-contract").tryQuery().map(Node::isVisible).orElse(false));
            robot.clickOn("#customers-new-contract");
            Node no = robot.lookup("#contract-no").query();
            assertThat(io.cashtrail.ui.AppHarness.cutTexts(robot, no)).isEmpty();
            robot.interact(() -> ((javafx.stage.Stage) no.getScene().getWindow()).close());
        });
    }

    @Test
    void duplicateContractNoIsShownBesideTheField(FxRobot robot) {
        Customer c = ws.customers().save(Customer.named("华东电力"));
        ws.customers().save(Contract.of("HT-1", c.id(), LocalDate.of(2026, 1, 5), Money.of(100), "张伟"));
        show(robot);
        robot.clickOn(cell(robot, "华东电力"));
        waitUntil(() -> robot.lookup("#customers-new-contract").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#customers-new-contract");
        robot.clickOn("#contract-no").write("HT-1");
        robot.clickOn("#contract-amount").write("5");
        robot.clickOn("#contract-save");

        TextField no = robot.lookup("#contract-no").queryAs(TextField.class);
        waitUntil(() -> messageBelow(no).isVisible());
        assertThat(messageBelow(no).getText()).isEqualTo(Messages.get("validation.duplicate", "HT-1"));
        robot.clickOn("#contract-cancel");
        assertThat(ws.customers().contracts()).hasSize(1);
    }

    @Test
    void filtersByPartialNameAliasAndContact(FxRobot robot) {
        ws.customers().save(Customer.named("华东电力设备有限公司"));
        ws.customers().save(Customer.named("华南机械厂"));
        ws.customers().save(new Customer(0, "北京建工集团", "BJCG, 北建", null, "李明", null, null, null, null, null, 0,
                null, null));
        show(robot);
        waitUntil(() -> table(robot).getItems().size() == 3);

        robot.clickOn("#customers-filter").write("华");
        assertThat(names(robot)).containsExactlyInAnyOrder("华东电力设备有限公司", "华南机械厂");
        robot.interact(() -> filter(robot).setText("电力"));
        assertThat(names(robot)).containsExactly("华东电力设备有限公司");
        robot.interact(() -> filter(robot).setText("ｂｊ cg"));
        assertThat(names(robot)).containsExactly("北京建工集团");
        robot.interact(() -> filter(robot).setText("李明"));
        assertThat(names(robot)).containsExactly("北京建工集团");
        robot.interact(() -> filter(robot).setText(""));
        assertThat(table(robot).getItems()).hasSize(3);
    }

    @Test
    void deletingCustomerWithContractAsksTwiceAndRemovesBoth(FxRobot robot) {
        Customer c = ws.customers().save(Customer.named("华东电力"));
        Contract k = ws.customers().save(Contract.of("HT-9", c.id(), LocalDate.of(2026, 1, 5), Money.of(500), "张伟"));
        ws.orders().save(Order.of(k.id(), "1", Money.of(500), "张伟"));
        show(robot);
        robot.clickOn(cell(robot, "华东电力"));
        waitUntil(() -> robot.lookup("#customers-delete").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#customers-delete");

        waitUntil(() -> dialogText(robot).contains(Messages.get("customers.delete.confirm", "华东电力")));
        robot.clickOn(dialogButton(robot, Messages.get("common.yes")));
        waitUntil(() -> dialogText(robot).contains(Messages.get("entity.contract", 1)));
        assertThat(dialogText(robot)).contains(Messages.get("entity.order", 1));
        assertThat(ws.customers().all()).hasSize(1);
        robot.clickOn(dialogButton(robot, Messages.get("common.yes")));

        waitUntil(() -> ws.customers().all().isEmpty());
        assertThat(ws.customers().contracts()).isEmpty();
        assertThat(ws.orders().summaries()).isEmpty();
        waitUntil(() -> table(robot).getItems().isEmpty());
        assertThat(robot.lookup("#customers-hint").tryQuery()).isPresent();
    }

    @Test
    void staleSaveOffersReloadAndOverwritesNothing(FxRobot robot) {
        Customer c = ws.customers().save(Customer.named("华东电力"));
        show(robot);
        robot.clickOn(cell(robot, "华东电力"));
        waitUntil(() -> robot.lookup("#customers-contact-person").tryQuery().isPresent());
        robot.clickOn("#customers-contact-person").write("Wang");
        ws.customers().save(c.withNotes("changed elsewhere"));
        robot.clickOn("#customers-save");

        waitUntil(() -> dialogText(robot).contains(Messages.get("error.stale")));
        robot.clickOn(dialogButton(robot, Messages.get("customers.stale.reload")));
        waitUntil(() -> "changed elsewhere".equals(robot.lookup("#customers-notes")
                .queryAs(javafx.scene.control.TextArea.class).getText()));
        assertThat(robot.lookup("#customers-contact-person").queryAs(TextField.class).getText()).isEmpty();
        assertThat(ws.customers().find(c.id()).contactPerson()).isNull();
    }

    @Test
    void switchingCustomerWithUnsavedEditsAsksAndCanStay(FxRobot robot) {
        ws.customers().save(Customer.named("北京建工"));
        ws.customers().save(Customer.named("华东电力"));
        show(robot);
        robot.clickOn(cell(robot, "华东电力"));
        waitUntil(() -> robot.lookup("#customers-contact-person").tryQuery().isPresent());
        robot.clickOn("#customers-contact-person").write("Wang");
        robot.clickOn(cell(robot, "北京建工"));

        waitUntil(() -> dialogText(robot).contains(Messages.get("customers.discard.confirm", "华东电力")));
        robot.clickOn(dialogButton(robot, Messages.get("common.no")));
        waitUntil(() -> "华东电力".equals(table(robot).getSelectionModel().getSelectedItem().name()));
        assertThat(robot.lookup("#customers-detail-title").queryAs(Label.class).getText()).isEqualTo("华东电力");
        assertThat(robot.lookup("#customers-contact-person").queryAs(TextField.class).getText()).isEqualTo("Wang");
    }

    @Test
    void reloadsWhenDataChangesElsewhere(FxRobot robot) {
        show(robot);
        assertThat(table(robot).getItems()).isEmpty();
        ws.customers().save(Customer.named("华南机械厂"));
        robot.interact(ctx.events()::fireChanged);
        waitUntil(() -> table(robot).getItems().size() == 1);
    }

    private void show(FxRobot robot) {
        robot.interact(screen::onShow);
        waitUntil(() -> !ctx.work().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<CustomerRow> table(FxRobot robot) {
        return robot.lookup("#customers-table").queryAs(TableView.class);
    }

    private static TextField filter(FxRobot robot) {
        return robot.lookup("#customers-filter").queryAs(TextField.class);
    }

    private static java.util.List<String> names(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return table(robot).getItems().stream().map(CustomerRow::name).toList();
    }

    private static Node cell(FxRobot robot, String text) {
        waitUntil(() -> robot.lookup("#customers-table .table-cell").queryAll().stream()
                .anyMatch(n -> text.equals(((javafx.scene.control.Labeled) n).getText())));
        return robot.lookup("#customers-table .table-cell").queryAll().stream()
                .filter(n -> text.equals(((javafx.scene.control.Labeled) n).getText())).findFirst().orElseThrow();
    }

    /** The message label the Form puts in the row under a field. */
    private static Label messageBelow(Node field) {
        GridPane grid = (GridPane) field.getParent();
        int row = GridPane.getRowIndex(field);
        return grid.getChildren().stream()
                .filter(n -> n instanceof Label && n.getStyleClass().contains("field-message"))
                .filter(n -> GridPane.getRowIndex(n) == row + 1).map(Label.class::cast).findFirst().orElseThrow();
    }

    private static String dialogText(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAll().stream().map(n -> ((DialogPane) n).getContent())
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
    }

    private static Node dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAll().stream()
                .filter(n -> text.equals(((Button) n).getText())).findFirst().orElseThrow();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 5 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void paymentRuleIsEditedBesideTheCutoffAndCheckedBeforeSaving(FxRobot robot) {
        ws.customers().save(Customer.named("华东电力"));
        show(robot);
        robot.clickOn(cell(robot, "华东电力"));
        waitUntil(() -> robot.lookup("#customers-payment-rule").tryQuery().map(Node::isVisible).orElse(false));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<io.cashtrail.domain.PaymentRule.Kind> kind = robot.lookup("#customers-payment-rule")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> kind.setValue(io.cashtrail.domain.PaymentRule.Kind.END_OF_MONTH_PLUS));
        robot.clickOn("#customers-payment-rule-days").write("abc");
        robot.clickOn("#customers-save");
        waitUntil(() -> robot.lookup(".field-message.error").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(ws.customers().all().get(0).paymentRule()).isNull();
        robot.interact(() -> robot.lookup("#customers-payment-rule-days").queryTextInputControl().setText("60"));
        robot.clickOn("#customers-save");
        waitUntil(() -> ws.customers().all().get(0).paymentRule() != null);
        assertThat(ws.customers().all().get(0).paymentRule())
                .isEqualTo(io.cashtrail.domain.PaymentRule.endOfMonthPlus(60));
        assertThat(robot.lookup("#customers-learned-delay").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("customers.learned.none"));
    }
}
