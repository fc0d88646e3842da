package io.cashtrail.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LazyTooltipTest {
    /** Where {@link Tooltip#install} keeps a node's tooltip. */
    private static final String KEY = "javafx.scene.control.Tooltip";
    private Label target;
    private int asked;

    @Start
    void start(Stage stage) {
        target = new Label("应收");
        target.setId("target");
        target.setMinSize(120, 40);
        LazyTooltip.install(target, () -> {
            asked++;
            return "点击查看明细";
        });
        StackPane root = new StackPane(target);
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    @Test
    void theTooltipIsMadeOnTheFirstHoverOnly(FxRobot robot) {
        assertThat(target.getProperties()).doesNotContainKey(KEY);
        robot.moveTo(target);
        assertThat(target.getProperties().get(KEY)).isInstanceOfSatisfying(Tooltip.class,
                t -> assertThat(t.getText()).isEqualTo("点击查看明细"));
        robot.moveBy(150, 90).moveTo(target);
        assertThat(asked).isEqualTo(1);
    }
}
