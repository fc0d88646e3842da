package io.cashtrail.ui.receivables;

import static io.cashtrail.ui.CollectionsFixture.TODAY;
import static io.cashtrail.ui.CollectionsFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Aging;
import io.cashtrail.domain.InstallmentStatus;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.AgingReport;
import io.cashtrail.service.CollectionsService;
import io.cashtrail.service.CollectionsSnapshot;
import io.cashtrail.service.ForecastReport;
import io.cashtrail.service.ReceivableLine;
import io.cashtrail.ui.CollectionsFixture;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ReceivablesScreenTest {
    private CollectionsFixture fx;
    private ReceivablesScreen screen;

    @Start
    void start(Stage stage) throws Exception {
        Messages.use(Messages.ENGLISH);
        fx = new CollectionsFixture(Files.createTempDirectory("cashtrail-recv").resolve("data"));
        screen = new ReceivablesScreen(fx.ctx);
        Scene scene = new Scene((Parent) screen.view(), 1200, 800);
        stage.setScene(scene);
        stage.show();
        screen.onShow();
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<ReceivableRow> tree(FxRobot robot) {
        return robot.lookup("#receivables-tree").queryAs(TreeTableView.class);
    }

    private TreeItem<ReceivableRow> group(FxRobot robot, String name) {
        TreeItem<ReceivableRow> root = tree(robot).getRoot();
        return root == null ? null
                : root.getChildren().stream().filter(g -> g.getValue().name().equals(name)).findFirst().orElse(null);
    }

    private static BigDecimal sum(List<ReceivableLine> lines, Predicate<ReceivableLine> p) {
        return lines.stream().filter(p).map(ReceivableLine::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void customerRowsShowTheServicesOutstandingAndOverdueDownToInstallments(FxRobot robot) {
        List<ReceivableLine> lines = fx.ws.collections().lines(fx.ws.collections().load(), TODAY);
        Predicate<ReceivableLine> grid = l -> l.order().customerName().equals("国网浙江");
        waitUntil(() -> group(robot, "国网浙江") != null);
        ReceivableRow row = group(robot, "国网浙江").getValue();
        assertThat(row.outstanding()).isEqualByComparingTo(sum(lines, grid));
        assertThat(row.outstanding()).isEqualByComparingTo("700000.01");
        assertThat(row.overdue())
                .isEqualByComparingTo(sum(lines, grid.and(l -> l.status() == InstallmentStatus.OVERDUE)));
        assertThat(row.received()).isEqualByComparingTo("300000.00");

        TreeItem<ReceivableRow> order = group(robot, "国网浙江").getChildren().get(0);
        assertThat(order.getValue().name()).isEqualTo("HT-9-01");
        robot.interact(() -> {
            group(robot, "国网浙江").setExpanded(true);
            order.setExpanded(true);
        });
        assertThat(order.getChildren()).extracting(i -> i.getValue().status()).containsExactly(InstallmentStatus.PAID,
                InstallmentStatus.OVERDUE, InstallmentStatus.DUE);
        assertThat(tree(robot).getExpandedItemCount()).isGreaterThanOrEqualTo(2 + 1 + 3);
        robot.clickOn("#receivables-by-owner");
        waitUntil(() -> group(robot, "王芳") != null);
        assertThat(group(robot, "王芳").getValue().outstanding()).isEqualByComparingTo("700000.01");
    }

    @Test
    void aPastAsOfDateRecomputesTheTotalsAsTheServiceDoes(FxRobot robot) {
        waitUntil(() -> group(robot, "国网浙江") != null);
        LocalDate march = LocalDate.of(2026, 3, 10);
        robot.interact(() -> robot.lookup("#receivables-asof").queryAs(DatePicker.class).setValue(march));
        CollectionsService svc = fx.ws.collections();
        CollectionsSnapshot snap = svc.load();
        BigDecimal expected = sum(svc.lines(snap, march), l -> l.order().customerName().equals("国网浙江"));
        assertThat(expected).as("nothing paid yet on 10 March").isEqualByComparingTo("1000000.01");
        waitUntil(() -> group(robot, "国网浙江") != null
                && group(robot, "国网浙江").getValue().outstanding().compareTo(expected) == 0);
        assertThat(group(robot, "国网浙江").getValue().received()).isEqualByComparingTo("0");
        assertThat(group(robot, "国网浙江").getValue().pending()).as("before delivery and acceptance")
                .isEqualByComparingTo("700000.01");

        AgingReport aging = svc.aging(snap, march, AgingReport.Basis.DUE, Aging.defaultBuckets(),
                ForecastReport.GroupBy.CUSTOMER);
        assertThat(screen.figures().aging().total()).isEqualByComparingTo(aging.total());
        assertThat(screen.figures().agingRows()).last().satisfies(r -> assertThat(r.values().get(r.values().size() - 1))
                .isEqualByComparingTo(aging.total()));
    }

    @Test
    void aDrillDownShowsOnlyTheRowsBehindTheFigure(FxRobot robot) {
        waitUntil(() -> group(robot, "国网浙江") != null);
        robot.interact(() -> screen.show(DrillDown.of(DrillDown.Kind.OVERDUE)));
        List<ReceivableLine> overdue = fx.ws.collections().lines(fx.ws.collections().load(), TODAY).stream()
                .filter(l -> l.status() == InstallmentStatus.OVERDUE).toList();
        waitUntil(() -> robot.lookup("#receivables-filter").tryQuery().map(n -> n.isVisible()).orElse(false)
                && tree(robot).getRoot().getValue().outstanding().compareTo(sum(overdue, l -> true)) == 0);
        assertThat(tree(robot).getRoot().getValue().pending()).isEqualByComparingTo("0");
        robot.clickOn("#receivables-filter-clear");
        waitUntil(() -> tree(robot).getRoot().getValue().outstanding()
                .compareTo(sum(fx.ws.collections().lines(fx.ws.collections().load(), TODAY), l -> true)) == 0);
    }
}
