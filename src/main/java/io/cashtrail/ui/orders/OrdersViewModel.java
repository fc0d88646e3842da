package io.cashtrail.ui.orders;

import io.cashtrail.domain.OrderSummary;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.SearchService;
import io.cashtrail.ui.common.UiContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * State of the orders screen: rows loaded in the background and delivered with one setAll, a
 * filter (text words, late only, salesperson) applied as one predicate, and a sorted view whose
 * comparator the table sets. Also the latest summaries for the dashboard and global search.
 */
public final class OrdersViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OrdersViewModel.class);
    private final UiContext ctx;
    private final ObservableList<OrderRow> rows = FXCollections.observableArrayList();
    private final FilteredList<OrderRow> filtered = new FilteredList<>(rows);
    private final SortedList<OrderRow> sorted = new SortedList<>(filtered);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty lateOnly = new SimpleBooleanProperty(false);
    private final StringProperty owner = new SimpleStringProperty(null);
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final List<Consumer<List<OrderSummary>>> loadListeners = new ArrayList<>();
    private volatile List<OrderSummary> summaries = List.of();

    public OrdersViewModel(UiContext ctx) {
        this.ctx = ctx;
        filterText.addListener((o, a, b) -> applyFilter());
        lateOnly.addListener((o, a, b) -> applyFilter());
        owner.addListener((o, a, b) -> applyFilter());
    }

    /** Reloads from the database off the FX thread; rows are built there too. */
    public void reload() {
        ctx.work().read(Messages.get("orders.loading"), () -> {
            long start = System.nanoTime();
            List<OrderSummary> list = ctx.workspace().orders().summaries();
            long queried = System.nanoTime();
            LocalDate today = ctx.workspace().today();
            Loaded l = new Loaded(list, toRows(list, today));
            LOG.info("Loaded {} orders: query {} ms, rows {} ms", list.size(), (queried - start) / 1_000_000,
                    (System.nanoTime() - queried) / 1_000_000);
            return l;
        }, this::accept);
    }

    /** Builds the rows of a list of summaries (used by the loader and the benchmark). */
    public static List<OrderRow> toRows(List<OrderSummary> list, LocalDate today) {
        List<OrderRow> out = new ArrayList<>(list.size());
        for (OrderSummary s : list) {
            out.add(new OrderRow(s, today));
        }
        return out;
    }

    private record Loaded(List<OrderSummary> summaries, List<OrderRow> rows) {
    }

    private void accept(Loaded l) {
        summaries = List.copyOf(l.summaries());
        TreeSet<String> names = new TreeSet<>();
        l.rows().forEach(r -> {
            if (!r.owner().isEmpty()) {
                names.add(r.owner());
            }
        });
        String selectedOwner = owner.get();
        owners.setAll(names);
        if (selectedOwner != null && !names.contains(selectedOwner)) {
            owner.set(null);
        }
        rows.setAll(l.rows());
        loaded.set(true);
        loadListeners.forEach(c -> c.accept(summaries));
    }

    /** Called on the FX thread after each load with the loaded summaries. */
    public void onLoaded(Consumer<List<OrderSummary>> listener) {
        loadListeners.add(listener);
    }

    public List<OrderSummary> summaries() {
        return summaries;
    }

    void applyFilter() {
        filtered.setPredicate(predicate(filterText.get(), lateOnly.get(), owner.get()));
    }

    /** The combined filter: every word in the text, late only, one salesperson. */
    public static Predicate<OrderRow> predicate(String text, boolean late, String ownerName) {
        String[] words = text == null ? new String[0]
                : java.util.Arrays.stream(text.trim().split("\\s+")).map(SearchService::normalize)
                        .filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (words.length == 0 && !late && ownerName == null) {
            return null;
        }
        return r -> (!late || r.daysLate() > 0) && (ownerName == null || ownerName.equals(r.owner()))
                && r.matches(words);
    }

    public void setComparator(Comparator<OrderRow> c) {
        sorted.setComparator(c);
    }

    public ObservableList<OrderRow> rows() {
        return rows;
    }

    public SortedList<OrderRow> sorted() {
        return sorted;
    }

    public FilteredList<OrderRow> filtered() {
        return filtered;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public BooleanProperty lateOnlyProperty() {
        return lateOnly;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
