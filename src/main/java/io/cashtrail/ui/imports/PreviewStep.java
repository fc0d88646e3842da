package io.cashtrail.ui.imports;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.plan.FieldChange;
import io.cashtrail.importer.plan.PlannedRow;
import io.cashtrail.importer.plan.RowProblem;
import io.cashtrail.importer.plan.RowStatus;
import io.cashtrail.service.ImportPreview;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Step 5: what the import would do, row by row (status, changes old → new, problems), with a filter
 * for problem rows, a per-row "Import" tick (unticked rows are left out through the include
 * predicate handed to {@link io.cashtrail.service.ImportService#apply(ImportPreview, Predicate, String)}),
 * an editor to correct the cells of a problem row (the wizard plans it again and {@link #update}
 * shows the result), and the name the mapping is saved under as a profile.
 */
final class PreviewStep {
    private ImportPreview preview;
    private final BiConsumer<PlannedRow, Map<Integer, String>> correct;
    /** Rows the user unticked, by sheet and row, so they stay unticked when the plan is made again. */
    private final Set<String> excluded = new HashSet<>();
    private final ObservableList<Line> all = FXCollections.observableArrayList();
    private final TableView<Line> table = new TableView<>();
    private final CheckBox onlyProblems = new CheckBox(Messages.get("wizard.onlyProblems"));
    private final Label counts = new Label();
    private final VBox messages = new VBox(4);
    private final VBox correction = new VBox();
    private final ScrollPane correctionScroll = new ScrollPane(correction);
    private final SplitPane split = new SplitPane();
    private final Label corrected = new Label();
    private final TextField profileName = new TextField();
    private final VBox view = new VBox(8);

    PreviewStep(ImportPreview preview, String defaultProfileName, BiConsumer<PlannedRow, Map<Integer, String>> correct) {
        this.preview = preview;
        this.correct = correct;
        counts.setId("wizard-counts");
        counts.getStyleClass().add("section-title");
        counts.setWrapText(true);
        onlyProblems.setId("wizard-onlyProblems");
        Label hint = new Label(Messages.get("importwiz.preview.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        corrected.setId("importwiz-corrected");
        corrected.setWrapText(true);
        corrected.getStyleClass().add("field-message");
        corrected.setManaged(false);
        corrected.setVisible(false);
        buildTable();
        onlyProblems.selectedProperty().addListener((o, was, only) -> table.setItems(only
                ? all.filtered(l -> !l.row.problems().isEmpty() || l.row.status() == RowStatus.PROBLEM) : all));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showCorrection(now));
        correctionScroll.setFitToWidth(true);
        correctionScroll.setId("importwiz-correctionScroll");
        split.setOrientation(Orientation.VERTICAL);
        split.getItems().add(table);
        view.getChildren().addAll(counts, messages, profileRow(defaultProfileName), onlyProblems, hint, split,
                corrected);
        VBox.setVgrow(split, Priority.ALWAYS);
        fill(null);
    }

    private Node profileRow(String defaultName) {
        Label label = new Label(Messages.get("importwiz.profile.saveAs"));
        label.setLabelFor(profileName);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        profileName.setId("importwiz-profileName");
        profileName.setText(defaultName == null ? "" : defaultName);
        profileName.setPromptText(Messages.get("importwiz.profile.prompt"));
        profileName.setPrefColumnCount(20);
        HBox row = new HBox(8, label, profileName);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Messages.get("importwiz.profile.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return new VBox(2, row, hint);
    }

    /** Shows a plan made again after a correction, keeping the unticked rows and the filter. */
    void update(ImportPreview again, PlannedRow correctedRow) {
        this.preview = again;
        fill(correctedRow);
    }

    private void fill(PlannedRow correctedRow) {
        counts.setText(Messages.get("wizard.counts", preview.created(), preview.updated(), preview.unchanged(),
                preview.skipped(), preview.rejected()));
        messages.getChildren().clear();
        if (!preview.sheetsLeftOut().isEmpty()) {
            Label left = new Label(Messages.get("wizard.sheetsLeftOut", String.join(", ", preview.sheetsLeftOut())));
            left.setId("wizard-sheetsLeftOut");
            left.setWrapText(true);
            left.getStyleClass().addAll("field-message", "warning");
            messages.getChildren().add(left);
        }
        if (!preview.importable()) {
            Label none = new Label(Messages.get("wizard.nothingToImport"));
            none.setWrapText(true);
            none.getStyleClass().addAll("field-message", "error");
            messages.getChildren().add(none);
        }
        Line again = null;
        List<Line> lines = new java.util.ArrayList<>();
        for (PlannedRow r : preview.plan().rows()) {
            Line l = new Line(r);
            lines.add(l);
            if (correctedRow != null && key(r).equals(key(correctedRow))) {
                again = l;
            }
        }
        all.setAll(lines);
        showCorrection(null);
        if (again != null) {
            corrected.setText(Messages.get("importwiz.correction.done", again.row.row(), again.status));
            corrected.getStyleClass().removeAll("error", "warning");
            corrected.getStyleClass().add(again.row.status() == RowStatus.PROBLEM ? "error" : "importwiz-ok");
            corrected.setManaged(true);
            corrected.setVisible(true);
            if (table.getItems().contains(again)) {
                table.getSelectionModel().select(again);
                table.scrollTo(again);
            }
        }
    }

    /** The editor for a selected problem row, below the table in the same split (removed otherwise). */
    private void showCorrection(Line line) {
        correction.getChildren().clear();
        if (line != null && line.row.status() == RowStatus.PROBLEM && preview.basis() != null) {
            correction.getChildren().add(RowCorrection.editor(preview, line.row, correct));
            if (!split.getItems().contains(correctionScroll)) {
                split.getItems().add(correctionScroll);
                split.setDividerPositions(0.45);
            }
        } else {
            split.getItems().remove(correctionScroll);
        }
    }

    private void buildTable() {
        table.setId("wizard-previewTable");
        table.setEditable(true);
        table.setItems(all);
        table.setPrefHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        io.cashtrail.ui.common.ColumnFit.install(table); // whole titles where they fit; scrolls when even the minimums do not
        table.setMinHeight(120);
        TableColumn<Line, Boolean> include = new TableColumn<>(Messages.get("wizard.col.include"));
        include.setCellValueFactory(c -> c.getValue().include);
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setEditable(true);
        include.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(60));
        table.getColumns().add(include);
        table.getColumns().add(text("wizard.col.sheet", 80, l -> l.row.sheet()));
        TableColumn<Line, Integer> row = new TableColumn<>(Messages.get("wizard.col.row"));
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row.row()));
        row.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(50));
        row.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(row);
        table.getColumns().add(text("wizard.col.status", 110, l -> l.status));
        table.getColumns().add(text("wizard.col.changes", 220, l -> l.changes));
        table.getColumns().add(text("wizard.col.problems", 260, l -> l.problems));
    }

    private static TableColumn<Line, String> text(String key, double width, java.util.function.Function<Line, String> f) {
        TableColumn<Line, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        c.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(width));
        c.setCellFactory(col -> new FullTextCell<>());
        return c;
    }

    Node view() {
        return view;
    }

    ImportPreview preview() {
        return preview;
    }

    /** The name to save the mapping under, or null to not save it. */
    String profileName() {
        String n = profileName.getText();
        return n == null || n.isBlank() ? null : n.strip();
    }

    /** Rows the user unticked. */
    int excludedCount() {
        return (int) preview.plan().rows().stream().filter(r -> excluded.contains(key(r))).count();
    }

    /** What apply should write: every row the user did not untick. */
    Predicate<PlannedRow> include() {
        Set<String> out = Set.copyOf(excluded);
        return r -> !out.contains(key(r));
    }

    private static String key(PlannedRow r) {
        return r.sheet() + '\u0000' + r.row();
    }

    static String statusName(RowStatus s) {
        return Messages.get("wizard.status." + s.name().toLowerCase(Locale.ROOT));
    }

    /** One table row with its texts computed once. */
    final class Line {
        final PlannedRow row;
        final String status;
        final String changes;
        final String problems;
        final SimpleBooleanProperty include = new SimpleBooleanProperty(true);

        Line(PlannedRow row) {
            this.row = row;
            this.status = row.status() == RowStatus.SKIPPED && row.skipReason() != null
                    ? Messages.get(row.skipReason()) : statusName(row.status());
            this.changes = row.changes().stream().map(Line::change).collect(Collectors.joining("; "));
            this.problems = row.problems().stream().map(Line::problem).collect(Collectors.joining("; "));
            boolean writable = row.status() != RowStatus.SKIPPED && row.status() != RowStatus.PROBLEM;
            include.set(writable && !excluded.contains(key(row)));
            include.addListener((o, was, now) -> {
                if (now) {
                    excluded.remove(key(row));
                } else {
                    excluded.add(key(row));
                }
            });
        }

        private static String change(FieldChange c) {
            String old = c.oldValue() == null || c.oldValue().isBlank() ? "–" : c.oldValue();
            return c.label() + ": " + old + " → " + c.newValue();
        }

        private static String problem(RowProblem p) {
            return (p.column().isEmpty() ? "" : p.column() + ": ") + p.message();
        }
    }

    List<Line> lines() {
        return all;
    }
}
