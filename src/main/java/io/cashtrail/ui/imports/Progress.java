package io.cashtrail.ui.imports;

import io.cashtrail.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** What a wizard step shows while it works: the message, a running bar and Stop when it can stop. */
final class Progress {
    private Progress() {
    }

    static Node view(String message, boolean stoppable, Runnable stop) {
        ProgressBar bar = new ProgressBar();
        bar.setId("wizard-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        Button stopButton = new Button(Messages.get("wizard.stop"));
        stopButton.setId("wizard-stop");
        stopButton.setOnAction(e -> {
            stop.run();
            stopButton.setDisable(true);
        });
        stopButton.setVisible(stoppable);
        VBox box = new VBox(10, new Label(message), bar, stopButton);
        box.setPadding(new Insets(20));
        return box;
    }
}
