package io.cashtrail.ui.settings;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ActionSettings;
import io.cashtrail.ui.common.Form;
import io.cashtrail.ui.common.UiContext;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The action rules' thresholds (days), stored in the database so every user of it shares them. */
final class ActionRulesPane {
    private static final String[] FIELDS = {"productionSlipDays", "finishedNotShippedDays", "shippedNoSignoffDays",
        "retentionDueDays", "billMaturingDays", "ignoredDays", "highSeverityDays"};
    private final UiContext ctx;
    private final Form form = new Form();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Label saved = new Label();
    private final TextField agingLimits;
    private final VBox root;

    ActionRulesPane(UiContext ctx) {
        this.ctx = ctx;
        for (String f : FIELDS) {
            TextField t = form.text(f, Messages.get("settings.actions." + f));
            t.setId("settings-actions-" + f);
            t.setPrefColumnCount(5);
            t.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            fields.put(f, t);
        }
        agingLimits = form.text("agingLimits", Messages.get("settings.aging.limits"));
        agingLimits.setId("settings-aging-limits");
        agingLimits.setPromptText("30, 60, 90, 180, 365");
        agingLimits.setPrefColumnCount(18);
        agingLimits.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button save = new Button(Messages.get("common.save"));
        save.setId("settings-actions-save");
        save.setOnAction(e -> save());
        saved.getStyleClass().add("hint");
        root = new VBox(6, form.node(), save, saved);
        ctx.work().read(Messages.get("common.loading"), () -> ctx.workspace().collections().actionSettings(),
                this::fill);
        ctx.work().read(Messages.get("common.loading"), () -> ctx.workspace().collections().agingBuckets(),
                b -> agingLimits.setText(String.join(", ", b.stream().filter(x -> x.maxDays() != null && x.maxDays() > 0)
                        .map(x -> String.valueOf(x.maxDays())).toList())));
    }

    Node node() {
        return root;
    }

    private void fill(ActionSettings a) {
        int[] v = {a.productionSlipDays(), a.finishedNotShippedDays(), a.shippedNoSignoffDays(), a.retentionDueDays(),
            a.billMaturingDays(), a.ignoredDays(), a.highSeverityDays()};
        for (int i = 0; i < FIELDS.length; i++) {
            fields.get(FIELDS[i]).setText(String.valueOf(v[i]));
        }
    }

    /** Ascending whole days ("30, 60, 90"); null with the field marked otherwise. */
    private java.util.List<Integer> readLimits() {
        try {
            java.util.List<Integer> l = java.util.Arrays.stream(agingLimits.getText().split("[,，、\\s]+"))
                    .filter(x -> !x.isEmpty()).map(Integer::valueOf).toList();
            io.cashtrail.domain.Aging.bucketsFromLimits(l);
            if (l.isEmpty() || l.get(0) < 1) {
                throw new IllegalArgumentException("empty");
            }
            return l;
        } catch (IllegalArgumentException e) {
            form.error("agingLimits", Messages.get("settings.aging.invalid"));
            return null;
        }
    }

    private void save() {
        form.clear();
        saved.setText("");
        int[] v = new int[FIELDS.length];
        boolean ok = true;
        for (int i = 0; i < FIELDS.length; i++) {
            TextField field = fields.get(FIELDS[i]);
            boolean blank = field.getText() == null || field.getText().isBlank();
            Integer n = form.integer(FIELDS[i], field);
            boolean inRange = n != null && n >= 0 && n <= 3650;
            if (!inRange && (blank || n != null)) {
                form.error(FIELDS[i], Messages.get("settings.actions.range"));
            }
            ok &= inRange;
            v[i] = inRange ? n : 0;
        }
        java.util.List<Integer> limits = readLimits();
        if (!ok || limits == null) {
            return;
        }
        ActionSettings a = new ActionSettings(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
        ctx.work().write(Messages.get("common.working"), () -> {
            ctx.workspace().collections().saveActionSettings(a);
            ctx.workspace().collections().saveAgingLimits(limits);
            return a;
        }, x -> {
            saved.setText(Messages.get("settings.actions.saved"));
            ctx.events().fireChanged();
        });
    }
}
