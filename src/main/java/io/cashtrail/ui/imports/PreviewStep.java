package io.cashtrail.ui.imports;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.plan.FieldChange;
import io.cashtrail.importer.plan.PlannedRow;
import io.cashtrail.importer.plan.RowProblem;
import io.cashtrail.importer.plan.RowStatus;
import io.cashtrail.service.ImportPreview;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Step 6: what the import would do, row by row (status, changes old → new, problems), with a filter
 * for problem rows and a per-row "Import" tick; untick rows are left out through the include
 * predicate handed to {@link io.cashtrail.service.ImportService#apply(ImportPreview, Predicate)}.
 */
final class PreviewStep {
    private final ImportPreview preview;
    private final Set<PlannedRow> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ObservableList<Line> all = FXCollections.observableArrayList();
    private final TableView<Line> table = new TableView<>();
    private final VBox view = new VBox(8);

    PreviewStep(ImportPreview preview) {
        this.preview = preview;
        Label counts = new Label(Messages.get("wizard.counts", preview.created(), preview.updated(),
                preview.unchanged(), preview.skipped(), preview.rejected()));
        counts.setId("wizard-counts");
        counts.getStyleClass().add("section-title");
        counts.setWrapText(true);
        view.getChildren().add(counts);
        if (!preview.sheetsLeftOut().isEmpty()) {
            Label left = new Label(Messages.get("wizard.sheetsLeftOut", String.join(", ", preview.sheetsLeftOut())));
            left.setId("wizard-sheetsLeftOut");
            left.setWrapText(true);
            left.getStyleClass().addAll("field-message", "warning");
            view.getChildren().add(left);
        }
        if (!preview.importable()) {
            Label none = new Label(Messages.get("wizard.nothingToImport"));
            none.setWrapText(true);
            none.getStyleClass().addAll("field-message", "error");
            view.getChildren().add(none);
        }
        CheckBox onlyProblems = new CheckBox(Messages.get("wizard.onlyProblems"));
        onlyProblems.setId("wizard-onlyProblems");
        Label hint = new Label(Messages.get("wizard.excludeHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        for (PlannedRow r : preview.plan().rows()) {
            all.add(new Line(r));
        }
        buildTable();
        onlyProblems.selectedProperty().addListener((o, was, only) -> table.setItems(only
                ? all.filtered(l -> !l.row.problems().isEmpty() || l.row.status() == RowStatus.PROBLEM) : all));
        view.getChildren().addAll(onlyProblems, hint, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private void buildTable() {
        table.setId("wizard-previewTable");
        table.setEditable(true);
        table.setItems(all);
        table.setPrefHeight(330);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMinHeight(200);
        TableColumn<Line, Boolean> include = new TableColumn<>(Messages.get("wizard.col.include"));
        include.setCellValueFactory(c -> c.getValue().include);
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setEditable(true);
        include.setPrefWidth(60);
        table.getColumns().add(include);
        table.getColumns().add(text("wizard.col.sheet", 80, l -> l.row.sheet()));
        TableColumn<Line, Integer> row = new TableColumn<>(Messages.get("wizard.col.row"));
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row.row()));
        row.setPrefWidth(50);
        row.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(row);
        table.getColumns().add(text("wizard.col.status", 130, l -> l.status));
        table.getColumns().add(text("wizard.col.changes", 220, l -> l.changes));
        table.getColumns().add(text("wizard.col.problems", 260, l -> l.problems));
    }

    private static TableColumn<Line, String> text(String key, double width, java.util.function.Function<Line, String> f) {
        TableColumn<Line, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return c;
    }

    Node view() {
        return view;
    }

    ImportPreview preview() {
        return preview;
    }

    /** Rows the user unticked. */
    int excludedCount() {
        return excluded.size();
    }

    /** What apply should write: every row the user did not untick. */
    Predicate<PlannedRow> include() {
        Set<PlannedRow> out = Collections.newSetFromMap(new IdentityHashMap<>());
        out.addAll(excluded);
        return r -> !out.contains(r);
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
            include.set(writable);
            include.addListener((o, was, now) -> {
                if (now) {
                    excluded.remove(row);
                } else {
                    excluded.add(row);
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
