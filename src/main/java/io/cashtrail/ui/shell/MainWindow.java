package io.cashtrail.ui.shell;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Maintenance;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.common.BackgroundWork;
import io.cashtrail.ui.common.DataEvents;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.Navigator;
import io.cashtrail.ui.common.Screen;
import io.cashtrail.ui.common.UiContext;
import io.cashtrail.ui.customers.CustomersScreen;
import io.cashtrail.ui.dashboard.DashboardScreen;
import io.cashtrail.ui.imports.ImportWizard;
import io.cashtrail.ui.dashboard.DesktopNotifier;
import io.cashtrail.ui.dashboard.TodayDigest;
import io.cashtrail.ui.receivables.ReceivablesScreen;
import io.cashtrail.ui.timeline.TimelineScreen;
import io.cashtrail.ui.orderdetail.OrderDetailWindow;
import io.cashtrail.ui.orders.OrdersScreen;
import io.cashtrail.ui.orders.OrdersViewModel;
import io.cashtrail.ui.settings.SettingsScreen;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The main window: menu, search, navigation, the current screen and the status bar. */
public final class MainWindow implements Navigator {
    private final Stage stage;
    private final UiContext ctx;
    private final Consumer<Runnable> reopen;
    private final OrdersViewModel ordersModel;
    private final DashboardScreen dashboard;
    // Screens other than the first are built when first shown: a faster start (bench/run startup).
    private final Lazy<OrdersScreen> orders;
    private final Lazy<CustomersScreen> customers;
    private final Lazy<TimelineScreen> timeline;
    private final Lazy<ReceivablesScreen> receivables;
    private final Lazy<SettingsScreen> settings;
    private final StackPane center = new StackPane();
    private final ToggleGroup nav = new ToggleGroup();
    private final ToggleButton navDashboard;
    private final ToggleButton navOrders;
    private final ToggleButton navCustomers;
    private final ToggleButton navTimeline;
    private final ToggleButton navReceivables;
    private final ToggleButton navSettings;
    private final Label counts = new Label();
    private final Label digest = new Label();
    private boolean digestWanted;

    public MainWindow(Stage stage, Workspace ws, BackgroundWork work, Preferences prefs, Path logFile,
            Consumer<Runnable> reopen) {
        this.stage = stage;
        this.reopen = reopen;
        DataEvents events = new DataEvents();
        this.ctx = new UiContext(ws, work, this, events, prefs, logFile);
        work.setErrorHandler(t -> Dialogs.error(stage, t));
        this.ordersModel = new OrdersViewModel(ctx);
        this.dashboard = new DashboardScreen(ctx, ordersModel);
        this.orders = new Lazy<>(() -> new OrdersScreen(ctx, ordersModel));
        this.customers = new Lazy<>(() -> new CustomersScreen(ctx));
        this.timeline = new Lazy<>(() -> new TimelineScreen(ctx));
        this.receivables = new Lazy<>(() -> new ReceivablesScreen(ctx));
        dashboard.setOnDrillDown(d -> {
            showReceivables();
            receivables.get().show(d);
        });
        this.settings = new Lazy<>(() -> new SettingsScreen(ctx, () -> reopen.accept(() -> { })));
        navDashboard = navButton("nav-dashboard", "nav.dashboard", () -> dashboard);
        navOrders = navButton("nav-orders", "nav.orders", orders::get);
        navTimeline = navButton("nav-timeline", "timeline.nav", timeline::get);
        navReceivables = navButton("nav-receivables", "nav.receivables", receivables::get);
        navCustomers = navButton("nav-customers", "nav.customers", customers::get);
        navSettings = navButton("nav-settings", "nav.settings", settings::get);
        events.onChange(ordersModel::reload);
        ordersModel.onLoaded(l -> counts.setText(Messages.get("shell.status.orders", l.size())));
        dashboard.addOnFilled(this::postDigestIfWanted);
        if (StartupProbe.enabled()) {
            StartupProbe probe = new StartupProbe(2);
            dashboard.addOnFilled(probe::partDone);
            ordersModel.onLoaded(l -> probe.partDone());
        }

        BorderPane root = new BorderPane();
        root.setTop(topBar(menu()));
        root.setLeft(navBar());
        root.setCenter(center);
        root.setBottom(statusBar());
        Scene scene = new Scene(root, prefs.getDouble("window.width", 1280), prefs.getDouble("window.height", 760));
        scene.getStylesheets().add(getClass().getResource("/io/cashtrail/ui/cashtrail.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title") + " — " + ws.dataDir());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
        ImportWizard.installDropTarget(ctx, scene);
        showDashboard();
        ordersModel.reload();
    }

    private ToggleButton navButton(String id, String key, java.util.function.Supplier<? extends Screen> screen) {
        ToggleButton b = new ToggleButton(Messages.get(key));
        b.setId(id);
        b.setToggleGroup(nav);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> show(b, screen.get()));
        return b;
    }

    private VBox navBar() {
        Label title = new Label(Messages.get("app.title"));
        title.getStyleClass().add("app-title");
        title.setWrapText(true);
        VBox box = new VBox(title, navDashboard, navOrders, navTimeline, navReceivables, navCustomers, navSettings);
        box.getStyleClass().add("nav-bar");
        box.setPrefWidth(170);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private HBox topBar(MenuBar menu) {
        GlobalSearch search = new GlobalSearch(ctx, ordersModel);
        HBox.setHgrow(menu, Priority.ALWAYS);
        HBox bar = new HBox(8, menu, new Label(Messages.get("shell.search")), search.field());
        bar.getStyleClass().add("top-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 10, 2, 0));
        stage.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (KeyCombination.keyCombination("Shortcut+F").match(e)) {
                search.field().requestFocus();
            }
        });
        return bar;
    }

    private MenuBar menu() {
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().addAll(
                item("menu.file.newOrder", "Shortcut+N", () -> {
                    showOrders();
                    orders.get().newOrder();
                }),
                item("menu.file.newCustomer", "Shortcut+Shift+N", () -> {
                    showCustomers();
                    customers.get().newCustomer();
                }),
                new SeparatorMenuItem(),
                item("menu.file.import", "Shortcut+I", () -> ImportWizard.open(ctx, stage, null)),
                item("menu.file.importHistory", null, () -> ImportWizard.showHistory(ctx, stage)),
                new SeparatorMenuItem(),
                item("menu.file.backup", "Shortcut+B", this::backupNow),
                item("menu.file.restore", null, this::restore),
                new SeparatorMenuItem(),
                item("menu.file.exit", "Shortcut+Q", stage::close));
        Menu view = new Menu(Messages.get("menu.view"));
        view.getItems().addAll(
                item("nav.dashboard", "Shortcut+1", this::showDashboard),
                item("nav.orders", "Shortcut+2", this::showOrders),
                item("timeline.nav", "Shortcut+3", () -> show(navTimeline, timeline.get())),
                item("nav.receivables", "Shortcut+4", this::showReceivables),
                item("nav.customers", "Shortcut+5", this::showCustomers),
                item("nav.settings", "Shortcut+6", this::showSettings),
                new SeparatorMenuItem(),
                item("common.refresh", "F5", () -> ctx.events().fireChanged()));
        Menu help = new Menu(Messages.get("menu.help"));
        help.getItems().addAll(item("guide.menu", "F1", () -> io.cashtrail.ui.guide.GuideWindow.open(ctx, stage)),
                item("menu.help.about", null, () -> Dialogs.info(stage, Messages.get("menu.help.about"),
                Messages.get("about.text", ctx.workspace().dataDir(), ctx.logFile()))));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key));
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private HBox statusBar() {
        Label message = new Label();
        message.textProperty().bind(ctx.work().messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(140);
        progress.visibleProperty().bind(ctx.work().busyProperty());
        Label ready = new Label(Messages.get("common.ready"));
        ready.visibleProperty().bind(ctx.work().busyProperty().not());
        ready.managedProperty().bind(ready.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        counts.setId("status-counts");
        digest.setId("status-digest");
        HBox bar = new HBox(10, ready, progress, message, spacer, digest, counts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void show(ToggleButton button, Screen screen) {
        button.setSelected(true);
        center.getChildren().setAll(screen.view());
        screen.onShow();
    }

    private void backupNow() {
        ctx.work().write(Messages.get("shell.backup.running"), () -> ctx.workspace().backup("manual"),
                p -> Dialogs.info(stage, Messages.get("settings.backups"), Messages.get("settings.backupDone", p)));
    }

    private void restore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("menu.file.restore"));
        File dir = ctx.workspace().backupFolder().toFile();
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("shell.restore.filter"), "*.zip"));
        File f = chooser.showOpenDialog(stage);
        if (f == null) {
            return;
        }
        if (!Maintenance.isBackup(f.toPath())) {
            Dialogs.warning(stage, Messages.get("menu.file.restore"), Messages.get("cli.restore.notBackup", f));
            return;
        }
        if (Dialogs.confirm(stage, Messages.get("menu.file.restore"), Messages.get("shell.restore.confirm", f.getName()))) {
            Path dataDir = ctx.workspace().dataDir();
            reopen.accept(() -> Maintenance.restore(dataDir, f.toPath()));
        }
    }

    public void show() {
        stage.show();
    }

    /** The start-up digest ("5 actions today, ¥1.2M at risk this month") in the status bar and as a notice. */
    public void showDigest() {
        digestWanted = true;
        if (dashboard.digestText() != null && !dashboard.digestText().isEmpty() && !ctx.work().busyProperty().get()) {
            postDigestIfWanted();
        }
    }

    /** The digest comes from the figures the dashboard computes anyway (not a second pass over the data). */
    private void postDigestIfWanted() {
        if (!digestWanted) {
            return;
        }
        digestWanted = false;
        String text = dashboard.digestText();
        digest.setText(text);
        DesktopNotifier.post(Messages.get("today.digest.title"), text);
    }

    private void showReceivables() {
        show(navReceivables, receivables.get());
    }

    public Stage stage() {
        return stage;
    }

    public UiContext context() {
        return ctx;
    }

    /** Window geometry for the next start. */
    public void saveState() {
        ctx.prefs().putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && stage.getScene() != null) {
            ctx.prefs().putDouble("window.width", stage.getScene().getWidth());
            ctx.prefs().putDouble("window.height", stage.getScene().getHeight());
        }
    }

    @Override
    public void showDashboard() {
        show(navDashboard, dashboard);
    }

    @Override
    public void showOrders() {
        show(navOrders, orders.get());
    }

    @Override
    public void showCustomers() {
        show(navCustomers, customers.get());
    }

    @Override
    public void showSettings() {
        show(navSettings, settings.get());
    }

    @Override
    public void openOrder(long orderId) {
        OrderDetailWindow.open(ctx, stage, orderId);
    }

    @Override
    public void openCustomer(long customerId) {
        showCustomers();
        customers.get().select(customerId);
    }
}
