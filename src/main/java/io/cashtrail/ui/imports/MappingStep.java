package io.cashtrail.ui.imports;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.ColumnMatch;
import io.cashtrail.importer.parse.DateColumnResolver;
import io.cashtrail.importer.parse.DateOrder;
import io.cashtrail.importer.parse.HeaderInfo;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.service.SheetSetup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Step 3: the first rows of the sheet with the header row marked (another row can be chosen: the
 * wizard then analyses the sheet again), the saved profile the mapping came from, every column
 * with sample values and a field chooser, and the day/month order of date columns whose values
 * read both ways; each change goes through
 * {@link io.cashtrail.importer.parse.ColumnMapping#with} so one field is read from one column.
 */
final class MappingStep {
    private static final int SAMPLE_CHARS = 60;
    private SheetAnalysis analysis;
    private final SheetSetup setup;
    private final List<ComboBox<ImportField>> choosers = new ArrayList<>();
    private final VBox view = new VBox(8);
    private boolean refreshing;

    MappingStep(SheetSetup setup, boolean headerChosen, IntConsumer useAsHeader) {
        this.setup = setup;
        this.analysis = setup.analysis();
        HeaderInfo h = analysis.header();
        Label row = new Label(h.rowCount() > 1
                ? Messages.get(headerChosen ? "importwiz.header.rowsChosen" : "wizard.header.rows", h.firstRow() + 1, h.lastRow() + 1)
                : Messages.get(headerChosen ? "importwiz.header.rowChosen" : "wizard.header.row", h.firstRow() + 1));
        row.setId("wizard-headerRow");
        row.getStyleClass().add("section-title");
        view.getChildren().addAll(row, new HeaderRows(setup, useAsHeader).view());
        if (setup.profile() != null) {
            Label applied = new Label(Messages.get("importwiz.profile.applied", setup.profile().name()));
            applied.setId("importwiz-profileApplied");
            applied.setWrapText(true);
            applied.getStyleClass().addAll("field-message", "importwiz-profile");
            view.getChildren().add(applied);
        }
        Label columns = new Label(Messages.get("importwiz.mapping.title"));
        columns.getStyleClass().add("section-title");
        Label mapHint = hint(Messages.get("wizard.mapping.hint"));
        view.getChildren().addAll(columns, mapHint, grid());
        for (int column : analysis.dateColumnsToAsk()) {
            view.getChildren().add(dateOrderChooser(column));
        }
    }

    /** A date column whose values read both ways (05/06/2016): the user says which order the sheet uses. */
    private Node dateOrderChooser(int column) {
        DateColumnResolver.Resolution r = analysis.dateOrders().get(column);
        String header = analysis.mapping().column(column).header();
        Label question = new Label(r.outcome() == DateColumnResolver.Outcome.CONFLICT
                ? Messages.get("import.dateColumn.conflict", header, r.dmyOnly(), r.mdyOnly())
                : Messages.get("import.dateColumn.ambiguous", header));
        question.setWrapText(true);
        question.getStyleClass().addAll("field-message", "warning");
        ComboBox<DateOrder> order = new ComboBox<>(FXCollections.observableArrayList(DateOrder.values()));
        order.setId("wizard-dateOrder-" + column);
        order.setCellFactory(v -> new OrderCell());
        order.setButtonCell(new OrderCell());
        order.setValue(r.order());
        order.valueProperty().addListener((o, was, now) -> {
            if (now == null) {
                return;
            }
            Map<Integer, DateColumnResolver.Resolution> orders = new HashMap<>(analysis.dateOrders());
            orders.put(column, new DateColumnResolver.Resolution(DateColumnResolver.Outcome.RESOLVED, now,
                    r.dmyOnly(), r.mdyOnly(), r.ambiguous()));
            analysis = new SheetAnalysis(analysis.header(), analysis.mapping(), analysis.kinds(),
                    analysis.savedProfile(), orders);
        });
        return new VBox(4, question, order);
    }

    private static final class OrderCell extends ListCell<DateOrder> {
        @Override
        protected void updateItem(DateOrder d, boolean empty) {
            super.updateItem(d, empty);
            setText(empty || d == null ? null : Messages.get(d.messageKey()));
        }
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        return l;
    }

    private GridPane grid() {
        GridPane g = new GridPane();
        g.setId("importwiz-mapping");
        g.setHgap(12);
        g.setVgap(4);
        // in a narrow window the samples and the sheet's header names give way (they wrap); the column
        // letters, the field choosers and the confidence keep their width
        double em = io.cashtrail.ui.common.FontScale.em();
        ColumnConstraints letterColumn = new ColumnConstraints();
        letterColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints header = new ColumnConstraints();
        header.setHgrow(Priority.SOMETIMES);
        header.setMinWidth(7 * em);
        header.setMaxWidth(17 * em);
        ColumnConstraints samples = new ColumnConstraints();
        samples.setHgrow(Priority.ALWAYS);
        samples.setMinWidth(9 * em);
        ColumnConstraints fieldColumn = new ColumnConstraints();
        fieldColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints sureColumn = new ColumnConstraints();
        sureColumn.setMinWidth(Region.USE_PREF_SIZE);
        g.getColumnConstraints().addAll(letterColumn, header, samples, fieldColumn, sureColumn);
        g.addRow(0, bold("wizard.col.column"), bold("wizard.col.header"), bold("importwiz.col.samples"),
                bold("wizard.col.field"), bold("wizard.col.confidence"));
        int r = 1;
        for (ColumnMatch c : analysis.mapping().columns()) {
            Label letter = new Label(columnLetter(c.column()));
            Label name = new Label(c.header());
            name.setWrapText(true);
            name.setMaxWidth(17 * em);
            Label sample = samples(c.column());
            ComboBox<ImportField> field = chooser(c);
            Label sure = new Label(c.isMapped() ? Messages.get("import.mapping.confidence",
                    Math.round(c.confidence() * 100)) : "");
            sure.setId("wizard-confidence-" + c.column());
            sure.setMinWidth(Region.USE_PREF_SIZE);
            field.valueProperty().addListener((o, was, now) -> {
                if (refreshing) {
                    return;
                }
                analysis = analysis.withMapping(analysis.mapping().with(c.column(), now, now == null ? 0 : c.group()));
                refresh();
            });
            g.addRow(r++, letter, name, sample, field, sure);
        }
        return g;
    }

    /** The column's first values, so the user sees what the column really holds. */
    private Label samples(int column) {
        List<String> values = setup.samples(column);
        String all = String.join("  ·  ", values);
        Label l = new Label(values.isEmpty() ? Messages.get("importwiz.samples.none")
                : all.length() > SAMPLE_CHARS ? all.substring(0, SAMPLE_CHARS) + "…" : all);
        l.setId("importwiz-samples-" + column);
        l.getStyleClass().add(values.isEmpty() ? "hint" : "importwiz-samples");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        if (!values.isEmpty()) {
            l.setTooltip(new Tooltip(String.join("\n", values)));
        }
        return l;
    }

    private static Label bold(String key) {
        Label l = new Label(Messages.get(key));
        l.setStyle("-fx-font-weight: bold;");
        l.setWrapText(true);
        return l;
    }

    private ComboBox<ImportField> chooser(ColumnMatch c) {
        List<ImportField> items = new ArrayList<>();
        items.add(null);
        items.addAll(List.of(ImportField.values()));
        ComboBox<ImportField> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId("wizard-field-" + c.column());
        box.setCellFactory(v -> new FieldCell(c.group()));
        box.setButtonCell(new FieldCell(c.group()));
        box.setValue(c.field());
        box.setPrefWidth(io.cashtrail.ui.common.FontScale.em() * 20);
        box.setVisibleRowCount(14);
        choosers.add(box);
        return box;
    }

    /** Another column may have given up its field: show what the mapping now says for every column. */
    private void refresh() {
        refreshing = true;
        try {
            refreshBoxes();
        } finally {
            refreshing = false;
        }
    }

    private void refreshBoxes() {
        for (int i = 0; i < choosers.size(); i++) {
            ColumnMatch c = analysis.mapping().columns().get(i);
            ComboBox<ImportField> box = choosers.get(i);
            if (box.getValue() != c.field()) {
                box.setValue(c.field());
            }
            Node sure = view.lookup("#wizard-confidence-" + c.column());
            if (sure instanceof Label l) {
                l.setText(c.isMapped() ? Messages.get("import.mapping.confidence", Math.round(c.confidence() * 100)) : "");
            }
        }
    }

    static String columnLetter(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column; c >= 0; c = c / 26 - 1) {
            s.insert(0, (char) ('A' + c % 26));
        }
        return s.toString();
    }

    Node view() {
        return view;
    }

    SheetAnalysis analysis() {
        return analysis;
    }

    SheetSetup setup() {
        return setup;
    }

    /** A field's name in the user's language, "(none → notes)" for null, with the group number. */
    private static final class FieldCell extends ListCell<ImportField> {
        private final int group;

        FieldCell(int group) {
            this.group = group;
        }

        @Override
        protected void updateItem(ImportField f, boolean empty) {
            super.updateItem(f, empty);
            if (empty) {
                setText(null);
            } else if (f == null) {
                setText(Messages.get("import.field.none"));
            } else {
                String name = Messages.get(f.messageKey());
                setText(group > 0 ? Messages.get("import.field.group", name, group) : name);
            }
        }
    }
}
