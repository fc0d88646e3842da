package io.cashtrail.ui.customers;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.SearchService;
import io.cashtrail.ui.common.ColumnFit;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The left half of the customers screen: an instant filter, the "New customer" button and the
 * table of customers (source list, then filtered, then sorted by the table's own comparator).
 */
final class CustomerList {
    private final ObservableList<CustomerRow> source = FXCollections.observableArrayList();
    private final FilteredList<CustomerRow> filtered = new FilteredList<>(source);
    private final TableView<CustomerRow> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Button newButton = new Button(Messages.get("customers.new"));
    private final Label count = new Label();
    private final Label placeholder = new Label();
    private final VBox root;

    CustomerList() {
        filter.setId("customers-filter");
        filter.setPromptText(Messages.get("customers.filter.prompt"));
        filter.textProperty().addListener((o, a, b) -> applyFilter());
        HBox.setHgrow(filter, Priority.ALWAYS);
        newButton.setId("customers-new");
        newButton.setMinWidth(Button.USE_PREF_SIZE);
        HBox top = new HBox(8, filter, newButton);

        Collator collator = Collator.getInstance(Locale.CHINA);
        TableColumn<CustomerRow, String> name = Tables.text(Messages.get("customers.col.name"), CustomerRow::name,
                Tables.em(14), collator::compare);
        table.getColumns().add(name);
        TableColumn<CustomerRow, String> contact = Tables.text(Messages.get("customers.col.contact"),
                CustomerRow::contactPerson, Tables.em(6), collator::compare);
        table.getColumns().add(contact);
        TableColumn<CustomerRow, String> phone = Tables.text(Messages.get("customers.col.phone"),
                CustomerRow::contactPhone, Tables.em(8));
        table.getColumns().add(phone);
        TableColumn<CustomerRow, Integer> cutoff = Tables.number(Messages.get("customers.col.cutoff"),
                CustomerRow::cutoffDay, Tables.em(3.6));
        table.getColumns().add(cutoff);
        TableColumn<CustomerRow, CustomerRow> contracts = Tables.formatted(Messages.get("customers.col.contracts"),
                r -> r, r -> r.contracts() + " / " + r.orders(),
                Comparator.comparingInt(CustomerRow::contracts).thenComparingInt(CustomerRow::orders), Tables.em(5.4));
        table.getColumns().add(contracts);
        TableColumn<CustomerRow, java.math.BigDecimal> outstanding = Tables.money(
                Messages.get("customers.col.outstanding"), CustomerRow::outstanding, Tables.em(8.6));
        table.getColumns().add(outstanding);
        Tables.fit(table);
        table.setTableMenuButtonVisible(true);
        name.setMinWidth(Tables.em(6));
        // minor columns (all also in the detail) give way, phone first, before titles would be cut
        List<TableColumn<CustomerRow, ?>> kept = List.of(name, cutoff, contracts, outstanding);
        hideWhenNarrow(phone, () -> Math.max(Tables.em(38), ColumnFit.wholeTitlesWidth(table.getColumns())));
        hideWhenNarrow(contact, () -> Math.max(Tables.em(30), ColumnFit.wholeTitlesWidth(
                Stream.concat(Stream.of(contact), kept.stream()).toList())));
        hideWhenNarrow(cutoff, () -> ColumnFit.wholeTitlesWidth(kept));
        SortedList<CustomerRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(name);
        table.setId("customers-table");
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.SINGLE);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("hint");
        placeholder.setPadding(new Insets(12));
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);

        count.getStyleClass().add("hint");
        count.setId("customers-count");
        root = new VBox(8, top, table, count);
        root.setPadding(new Insets(10, 6, 8, 10));
        root.getStyleClass().add("customers-list");
        updateCount();
    }

    /**
     * Hides a column while the table is narrower than {@code width} (laptops at 125 % scaling) and shows
     * it again when wider; the table menu still lets the user switch it on or off by hand.
     */
    private void hideWhenNarrow(TableColumn<CustomerRow, ?> column, java.util.function.DoubleSupplier widthNeeded) {
        table.widthProperty().addListener((o, before, now) -> {
            double width = widthNeeded.getAsDouble();
            boolean wasWide = before.doubleValue() >= width;
            boolean isWide = now.doubleValue() >= width;
            if (wasWide != isWide || before.doubleValue() == 0) {
                column.setVisible(isWide);
            }
        });
    }

    Node node() {
        return root;
    }

    Button newButton() {
        return newButton;
    }

    TableView<CustomerRow> table() {
        return table;
    }

    ReadOnlyObjectProperty<CustomerRow> selectedProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    /** Replaces all rows in one go and selects {@code keepId} again when it is still there. */
    void setAll(List<CustomerRow> rows, long keepId) {
        source.setAll(rows);
        updateCount();
        if (keepId <= 0 || !select(keepId)) {
            table.getSelectionModel().clearSelection();
        }
    }

    /** Selects and reveals a customer; clears the filter when it hides that customer. False if unknown. */
    boolean select(long id) {
        CustomerRow row = source.stream().filter(r -> r.id() == id).findFirst().orElse(null);
        if (row == null) {
            return false;
        }
        if (!table.getItems().contains(row)) {
            filter.clear();
        }
        table.getSelectionModel().select(row);
        int index = table.getItems().indexOf(row);
        if (index >= 0) {
            table.scrollTo(Math.max(0, index - 3));
        }
        return true;
    }

    void clearSelection() {
        table.getSelectionModel().clearSelection();
    }

    boolean contains(long id) {
        return source.stream().anyMatch(r -> r.id() == id);
    }

    private void applyFilter() {
        String q = SearchService.normalize(filter.getText());
        filtered.setPredicate(q.isEmpty() ? null : r -> r.matches(q));
        updateCount();
    }

    private void updateCount() {
        int shown = filtered.size();
        int total = source.size();
        count.setText(shown == total ? Messages.get("customers.count", total)
                : Messages.get("customers.countFiltered", shown, total));
        placeholder.setText(total == 0 ? Messages.get("customers.empty") : Messages.get("customers.noMatch"));
    }
}
