package io.cashtrail.ui.imports;

import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.MappingProfile;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.UiContext;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * The saved mapping profiles (name, kind, header row, mapped columns, when saved) with Delete: a
 * profile is applied by itself to the next sheet with the same headers, so a wrong one must be
 * easy to remove. Imports that used a deleted profile keep its name in the history.
 */
final class ProfilesPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final UiContext ctx;
    private final Window owner;
    private final TableView<MappingProfile> table = new TableView<>();
    private final Button delete = new Button(Messages.get("importwiz.profiles.delete"));
    private final BorderPane view;

    ProfilesPane(UiContext ctx, Window owner) {
        this.ctx = ctx;
        this.owner = owner;
        table.setId("importwiz-profilesTable");
        table.setPlaceholder(new Label(Messages.get("importwiz.profiles.none")));
        table.getColumns().add(column("importwiz.profiles.name", 200, MappingProfile::name));
        table.getColumns().add(column("wizard.history.kind", 150, p -> Messages.get(p.kind().messageKey())));
        table.getColumns().add(number(column("importwiz.profiles.headerRow", 90, p -> String.valueOf(p.headerRow() + 1))));
        table.getColumns().add(number(column("importwiz.profiles.columns", 100, p -> String.valueOf(p.mappedColumns()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        io.cashtrail.ui.common.ColumnFit.install(table); // whole titles where they fit; scrolls when even the minimums do not
        table.getColumns().add(column("importwiz.profiles.saved", 140, p -> p.savedAt() == null ? ""
                : Formats.date(p.savedAt().toLocalDate()) + " " + TIME.format(p.savedAt())));
        delete.setId("importwiz-deleteProfile");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        Label hint = new Label(Messages.get("importwiz.profiles.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        HBox buttons = new HBox(8, delete);
        buttons.setAlignment(Pos.CENTER_LEFT);
        view = new BorderPane(table, hint, null, buttons, null);
        BorderPane.setMargin(hint, new Insets(0, 0, 6, 0));
        BorderPane.setMargin(buttons, new Insets(8, 0, 0, 0));
        view.setPadding(new Insets(8, 0, 0, 0));
    }

    Node view() {
        return view;
    }

    void reload() {
        ctx.work().read(Messages.get("importwiz.profiles.title"), () -> ctx.workspace().imports().profiles(),
                list -> table.setItems(FXCollections.observableArrayList(list)));
    }

    private void deleteSelected() {
        MappingProfile p = table.getSelectionModel().getSelectedItem();
        if (p == null || !Dialogs.confirmDestructive(owner, Messages.get("importwiz.profiles.delete"),
                Messages.get("importwiz.profiles.deleteConfirm", p.name()))) {
            return;
        }
        ctx.work().write(Messages.get("importwiz.profiles.delete"), () -> {
            ctx.workspace().imports().deleteProfile(p.id());
            return null;
        }, v -> reload(), t -> {
            Refusals.show(owner, t);
            reload();
        });
    }

    private static TableColumn<MappingProfile, String> number(TableColumn<MappingProfile, String> c) {
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private static TableColumn<MappingProfile, String> column(String key, double width,
            Function<MappingProfile, String> f) {
        TableColumn<MappingProfile, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        c.setPrefWidth(io.cashtrail.ui.common.FontScale.scaled(width));
        return c;
    }
}
