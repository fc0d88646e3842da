package io.cashtrail.ui.shell;

import io.cashtrail.i18n.Messages;
import io.cashtrail.ui.common.BackgroundWork;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The status bar's left end: "Ready", or, once background work has gone on for {@link #DELAY}, a
 * running progress bar and what is being done. Work shorter than that (most loads) changes nothing
 * on screen, so the bar does not flicker; and the progress bar is only made when first needed, so
 * the start-up's own loads do not pay for it and its animation (bench/run startup).
 */
final class BusyIndicator {
    static final Duration DELAY = Duration.millis(400);

    private final Label ready = new Label(Messages.get("common.ready"));
    private final Label message = new Label();
    private final HBox view = new HBox(10, ready);
    private final PauseTransition wait = new PauseTransition(DELAY);
    private ProgressBar progress;

    BusyIndicator(BackgroundWork work) {

        view.setId("status-busy");
        message.setId("status-message");
        message.textProperty().bind(work.messageProperty());
        wait.setOnFinished(e -> showWorking(work.busyProperty().get()));
        work.busyProperty().addListener((o, was, busy) -> {
            if (busy) {
                wait.playFromStart();
            } else {
                wait.stop();
                showWorking(false);
            }
        });
        if (work.busyProperty().get()) {
            wait.playFromStart();
        }
    }

    Node view() {
        return view;
    }

    private void showWorking(boolean working) {
        if (working) {
            if (progress == null) {
                progress = new ProgressBar();
                progress.setId("status-progress");
                progress.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(140));
            }
            view.getChildren().setAll(progress, message);
        } else {
            view.getChildren().setAll(ready);
        }
    }

    /** For tests: whether the working state (progress bar and message) is shown. */
    boolean working() {
        return progress != null && progress.getParent() == view;
    }

}
