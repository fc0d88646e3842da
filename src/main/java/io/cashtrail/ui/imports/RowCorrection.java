package io.cashtrail.ui.imports;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.ColumnMapping;
import io.cashtrail.importer.parse.ColumnMatch;
import io.cashtrail.importer.plan.PlannedRow;
import io.cashtrail.importer.plan.RowProblem;
import io.cashtrail.service.ImportPreview;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The editor under the preview table for one row with problems: its cells as text (the columns with
 * a problem first, marked, with what is wrong), so a wrong value can be corrected here instead of in
 * Excel; "Check again" hands the changed cells to the wizard, which plans the row again.
 */
final class RowCorrection {
    private RowCorrection() {
    }

    static Node editor(ImportPreview preview, PlannedRow row, BiConsumer<PlannedRow, Map<Integer, String>> apply) {
        List<String> headers = preview.plan().headerNames();
        ColumnMapping mapping = preview.basis() == null ? null : preview.basis().analysis().mapping();
        Map<Integer, List<RowProblem>> problems = new LinkedHashMap<>();
        List<RowProblem> rowWide = new ArrayList<>();
        for (RowProblem p : row.problems()) {
            int column = columnOf(p.column(), headers, mapping);
            if (column < 0) {
                rowWide.add(p);
            } else {
                problems.computeIfAbsent(column, c -> new ArrayList<>()).add(p);
            }
        }
        List<Integer> columns = new ArrayList<>(problems.keySet());
        for (int c = 0; c < Math.max(headers.size(), row.cells().size()); c++) {
            boolean mapped = mapping != null && c < mapping.columns().size() && mapping.columns().get(c).isMapped();
            if (!columns.contains(c) && (mapped || !cell(row, c).isEmpty())) {
                columns.add(c);
            }
        }
        Label title = new Label(Messages.get("importwiz.correction.title", row.sheet(), row.row()));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Label hint = new Label(Messages.get("importwiz.correction.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Button recheck = new Button(Messages.get("importwiz.correction.recheck"));
        recheck.setId("importwiz-recheck");
        recheck.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, title, gap, recheck);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, top, hint);
        box.setId("importwiz-correction");
        for (RowProblem p : rowWide) {
            box.getChildren().add(message(p));
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints label = new ColumnConstraints();
        label.setMaxWidth(io.cashtrail.ui.common.FontScale.scaled(180));
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, field, label, field);
        Map<Integer, TextField> fields = new LinkedHashMap<>();
        int i = 0;
        for (int c : columns) {
            String header = c < headers.size() && !headers.get(c).isBlank() ? headers.get(c) : MappingStep.columnLetter(c);
            Label name = new Label(header);
            name.setWrapText(true);
            TextField text = new TextField(cell(row, c));
            text.setId("importwiz-cell-" + c);
            text.setPrefColumnCount(12);
            name.setLabelFor(text);
            VBox cellBox = new VBox(2, text);
            if (problems.containsKey(c)) {
                text.getStyleClass().add("invalid");
                problems.get(c).forEach(p -> cellBox.getChildren().add(message(p)));
            }
            fields.put(c, text);
            grid.add(name, (i % 2) * 2, i / 2);
            grid.add(cellBox, (i % 2) * 2 + 1, i / 2);
            i++;
        }
        recheck.setOnAction(e -> {
            Map<Integer, String> changed = new LinkedHashMap<>();
            fields.forEach((c, f) -> {
                if (!f.getText().strip().equals(cell(row, c).strip())) {
                    changed.put(c, f.getText());
                }
            });
            if (!changed.isEmpty()) {
                apply.accept(row, changed);
            }
        });
        box.getChildren().add(grid);
        return box;
    }

    private static Label message(RowProblem p) {
        Label l = new Label(p.message());
        l.setWrapText(true);
        l.getStyleClass().addAll("field-message", p.isError() ? "error" : "warning");
        return l;
    }

    private static String cell(PlannedRow row, int column) {
        String s = column < row.cells().size() ? row.cells().get(column) : null;
        return s == null ? "" : s;
    }

    /** The column a problem names (its header, or "Column C" for a blank header); -1 for the whole row. */
    static int columnOf(String problemColumn, List<String> headers, ColumnMapping mapping) {
        if (problemColumn == null || problemColumn.isEmpty()) {
            return -1;
        }
        if (mapping != null) {
            for (ColumnMatch c : mapping.columns()) {
                String name = c.header().isBlank() ? Messages.get("import.plan.column", MappingStep.columnLetter(c.column()))
                        : c.header();
                if (name.equals(problemColumn)) {
                    return c.column();
                }
            }
        }
        return headers.indexOf(problemColumn);
    }
}
