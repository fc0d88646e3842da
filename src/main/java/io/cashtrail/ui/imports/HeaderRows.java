package io.cashtrail.ui.imports;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.HeaderInfo;
import io.cashtrail.service.SheetSetup;
import io.cashtrail.ui.common.ColumnFit;
import io.cashtrail.ui.common.FontScale;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The first rows of the sheet as they are, with the header row marked, so the user sees whether the
 * header was found right; choosing another row and "Use as header" asks the wizard to analyse the
 * sheet again at that row.
 */
final class HeaderRows {
    /** Columns of the sheet shown; the mapping below lists every column anyway. */
    private static final int MAX_COLUMNS = 12;
    private final TableView<SheetSetup.Line> table = new TableView<>();
    private final VBox view;

    HeaderRows(SheetSetup setup, IntConsumer useAsHeader) {
        HeaderInfo h = setup.analysis().header();
        table.setId("importwiz-topRows");
        table.setItems(FXCollections.observableArrayList(setup.topRows()));
        // one line of text per row at the user's font size (24 px at 100 %)
        double em = FontScale.em();
        double rowHeight = Math.round(1.85 * em);
        table.setFixedCellSize(rowHeight);
        table.setPrefHeight(rowHeight * Math.min(8, setup.topRows().size()) + 2.3 * em);
        table.setMinHeight(9 * em);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SheetSetup.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("importwiz-header-row");
                if (!empty && line != null && line.row() >= h.firstRow() && line.row() <= h.lastRow()) {
                    getStyleClass().add("importwiz-header-row");
                }
            }
        });
        TableColumn<SheetSetup.Line, Integer> number = new TableColumn<>(Messages.get("wizard.col.row"));
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row() + 1));
        number.setPrefWidth(3.7 * em);
        number.setSortable(false);
        number.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(number);
        int width = setup.topRows().stream().mapToInt(l -> l.cells().size()).max().orElse(0);
        for (int c = 0; c < Math.min(width, MAX_COLUMNS); c++) {
            int column = c;
            TableColumn<SheetSetup.Line, String> col = new TableColumn<>(MappingStep.columnLetter(c));
            col.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(column < v.getValue().cells().size()
                    ? v.getValue().cells().get(column) : ""));
            col.setPrefWidth(7.4 * em);
            col.setSortable(false);
            table.getColumns().add(col);
        }
        ColumnFit.widenToTitles(table.getColumns());
        setup.topRows().stream().filter(l -> l.row() == h.firstRow()).findFirst()
                .ifPresent(l -> table.getSelectionModel().select(l));
        Button use = new Button(Messages.get("importwiz.header.use"));
        use.setId("importwiz-useHeader");
        use.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        use.setOnAction(e -> {
            SheetSetup.Line chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                useAsHeader.accept(chosen.row());
            }
        });
        Label hint = new Label(Messages.get("importwiz.header.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        HBox bar = new HBox(8, use);
        bar.setAlignment(Pos.CENTER_LEFT);
        view = new VBox(6, hint, table, bar);
    }

    Node view() {
        return view;
    }

    TableView<SheetSetup.Line> table() {
        return table;
    }
}
