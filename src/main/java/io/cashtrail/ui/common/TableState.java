package io.cashtrail.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Remembers a table's column order, widths and visibility in the preferences (columns need ids),
 * restoring them when the table is built and saving on every change.
 */
public final class TableState {
    private TableState() {
    }

    public static <S> void remember(TableView<S> table, Preferences prefs, String key) {
        restore(table, prefs.get(key, ""));
        Runnable save = () -> prefs.put(key, encode(table));
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> save.run());
        for (TableColumn<S, ?> col : table.getColumns()) {
            col.widthProperty().addListener((o, a, b) -> save.run());
            col.visibleProperty().addListener((o, a, b) -> save.run());
        }
    }

    static <S> String encode(TableView<S> table) {
        List<String> parts = new ArrayList<>();
        for (TableColumn<S, ?> c : table.getColumns()) {
            parts.add(c.getId() + ":" + Math.round(c.getWidth()) + ":" + (c.isVisible() ? 1 : 0));
        }
        return String.join(",", parts);
    }

    static <S> void restore(TableView<S> table, String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return;
        }
        Map<String, TableColumn<S, ?>> byId = new HashMap<>();
        table.getColumns().forEach(c -> byId.put(c.getId(), c));
        List<TableColumn<S, ?>> ordered = new ArrayList<>();
        for (String part : encoded.split(",")) {
            String[] f = part.split(":");
            TableColumn<S, ?> c = byId.remove(f[0]);
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
        ordered.addAll(byId.values());
        table.getColumns().setAll(ordered);
    }
}
