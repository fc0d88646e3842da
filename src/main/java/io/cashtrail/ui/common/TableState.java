package io.cashtrail.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

/**
 * Remembers a table's column order, widths, visibility and sort order in the user's preferences,
 * restoring them when the table is built and saving on every change. Columns are known by their id,
 * or by their position when they have none (stable because screens build their columns the same way).
 */
public final class TableState {
    private static final String SORT_SUFFIX = ".sort";

    private TableState() {
    }

    public static <S> void remember(TableView<S> table, Preferences prefs, String key) {
        rememberColumns(table.getColumns(), prefs, key);
        rememberSort(table.getColumns(), table.getSortOrder(), prefs, key + SORT_SUFFIX);
    }

    public static <S> void remember(TreeTableView<S> table, Preferences prefs, String key) {
        rememberColumns(table.getColumns(), prefs, key);
        rememberSort(table.getColumns(), table.getSortOrder(), prefs, key + SORT_SUFFIX);
    }

    private static <C extends TableColumnBase<?, ?>> void rememberColumns(ObservableList<C> columns, Preferences prefs,
            String key) {
        Map<C, String> names = names(columns);
        restore(columns, names, prefs.get(key, ""));
        Runnable save = () -> prefs.put(key, encode(columns, names));
        columns.addListener((ListChangeListener<C>) c -> save.run());
        for (C col : columns) {
            col.widthProperty().addListener((o, a, b) -> save.run());
            col.visibleProperty().addListener((o, a, b) -> save.run());
        }
    }

    private static <C extends TableColumnBase<?, ?>> void rememberSort(ObservableList<C> columns,
            ObservableList<C> sortOrder, Preferences prefs, String key) {
        Map<C, String> names = names(columns);
        restoreSort(columns, sortOrder, names, prefs.get(key, null));
        Runnable save = () -> prefs.put(key, encodeSort(sortOrder, names));
        sortOrder.addListener((ListChangeListener<C>) c -> save.run());
        for (C col : columns) {
            if (col instanceof TableColumn<?, ?> t) {
                t.sortTypeProperty().addListener((o, a, b) -> save.run());
            } else if (col instanceof TreeTableColumn<?, ?> t) {
                t.sortTypeProperty().addListener((o, a, b) -> save.run());
            }
        }
    }

    /** Column id, else "#index" in the order the screen built them. */
    private static <C extends TableColumnBase<?, ?>> Map<C, String> names(List<C> columns) {
        Map<C, String> names = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            C c = columns.get(i);
            names.put(c, c.getId() != null && !c.getId().isBlank() ? c.getId() : "#" + i);
        }
        return names;
    }

    static <C extends TableColumnBase<?, ?>> String encode(List<C> columns, Map<C, String> names) {
        List<String> parts = new ArrayList<>();
        for (C c : columns) {
            parts.add(names.get(c) + ":" + Math.round(c.getWidth()) + ":" + (c.isVisible() ? 1 : 0));
        }
        return String.join(",", parts);
    }

    static <C extends TableColumnBase<?, ?>> void restore(ObservableList<C> columns, Map<C, String> names,
            String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return;
        }
        Map<String, C> byName = new HashMap<>();
        columns.forEach(c -> byName.put(names.get(c), c));
        List<C> ordered = new ArrayList<>();
        for (String part : encoded.split(",")) {
            String[] f = part.split(":");
            C c = byName.remove(f[0]);
            if (c == null || f.length < 3) {
                continue;
            }
            try {
                double w = Double.parseDouble(f[1]);
                if (w >= 20) {
                    c.setPrefWidth(w);
                }
            } catch (NumberFormatException ignored) {
                // keep the default width
            }
            c.setVisible(!"0".equals(f[2]));
            ordered.add(c);
        }
        columns.stream().filter(byName::containsValue).forEach(ordered::add);
        columns.setAll(ordered);
    }

    static <C extends TableColumnBase<?, ?>> String encodeSort(List<C> sortOrder, Map<C, String> names) {
        List<String> parts = new ArrayList<>();
        for (C c : sortOrder) {
            parts.add(names.get(c) + ":" + (descending(c) ? "d" : "a"));
        }
        return String.join(",", parts);
    }

    /** Restores the sort; a stored empty sort clears the screen's default, no stored value keeps it. */
    static <C extends TableColumnBase<?, ?>> void restoreSort(List<C> columns, ObservableList<C> sortOrder,
            Map<C, String> names, String encoded) {
        if (encoded == null) {
            return;
        }
        Map<String, C> byName = new HashMap<>();
        columns.forEach(c -> byName.put(names.get(c), c));
        List<C> order = new ArrayList<>();
        for (String part : encoded.split(",")) {
            String[] f = part.split(":");
            C c = byName.get(f[0]);
            if (c == null || !c.isSortable() || order.contains(c)) {
                continue;
            }
            setDescending(c, f.length > 1 && "d".equals(f[1]));
            order.add(c);
        }
        sortOrder.setAll(order);
    }

    private static boolean descending(TableColumnBase<?, ?> c) {
        if (c instanceof TableColumn<?, ?> t) {
            return t.getSortType() == TableColumn.SortType.DESCENDING;
        }
        return c instanceof TreeTableColumn<?, ?> t && t.getSortType() == TreeTableColumn.SortType.DESCENDING;
    }

    private static void setDescending(TableColumnBase<?, ?> c, boolean down) {
        if (c instanceof TableColumn<?, ?> t) {
            t.setSortType(down ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
        } else if (c instanceof TreeTableColumn<?, ?> t) {
            t.setSortType(down ? TreeTableColumn.SortType.DESCENDING : TreeTableColumn.SortType.ASCENDING);
        }
    }
}
