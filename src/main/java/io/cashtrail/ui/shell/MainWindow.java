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
import io.cashtrail.ui.common.FontScale;
import io.cashtrail.ui.common.WindowState;
import io.cashtrail.ui.tour.GuidedTour;
import io.cashtrail.i18n.Formats;
import javafx.scene.Node;
import io.cashtrail.ui.customers.CustomersScreen;
import io.cashtrail.ui.dashboard.DashboardScreen;
import io.cashtrail.ui.export.Exportable;
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
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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
    private Screen current;
    private static final String WINDOW_KEY = "window";
    private final MenuBar menuBar;
    private final StackPane layers;
    private GuidedTour tour;
    private java.util.function.Function<javafx.stage.Window, Path> importFileChooser;

    /** Builds the window on an open workspace and starts loading its first screen. */
    public MainWindow(Stage stage, Workspace ws, BackgroundWork work, Preferences prefs, Path logFile,
            Consumer<Runnable> reopen) {
        this(stage, CompletableFuture.completedFuture(ws), ws.dataDir(), work, prefs, logFile, reopen);
        start();
    }

    /**
     * Builds the window while its workspace may still be opening (a faster start: see CashtrailApp);
     * nothing is loaded until {@link #start()}, called once the workspace is open.
     */
    MainWindow(Stage stage, CompletableFuture<Workspace> ws, Path dataDir, BackgroundWork work, Preferences prefs,
            Path logFile, Consumer<Runnable> reopen) {
        this.stage = stage;
        this.reopen = reopen;
        FontScale.install(prefs);
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
        this.settings = new Lazy<>(() -> new SettingsScreen(ctx, () -> reopen.accept(() -> { }), this::useCurrency));
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
        menuBar = menu();
        root.setTop(topBar(menuBar));
        root.setLeft(navBar());
        root.setCenter(center);
        root.setBottom(statusBar());
        this.layers = new StackPane(root);
        // never more than the screen: 1366x768 at 150 % leaves about 910x512
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(560, screen.getHeight()));
        WindowState.restore(stage, prefs, WINDOW_KEY, 1280, 800);
        // a scene of a given size: showing it skips measuring the whole window's preferred size
        Scene scene = new Scene(layers, stage.getWidth(), stage.getHeight());
        scene.getStylesheets().add(getClass().getResource("/io/cashtrail/ui/cashtrail.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title") + " — " + dataDir);
        ImportWizard.installDropTarget(ctx, scene);
        center.getChildren().setAll(dashboard.view()); // laid out with the window, filled by start()
    }

    /** Shows the first screen and loads its data (the workspace is open by now). */
    void start() {
        showDashboard();
        ordersModel.reload();
        ctx.work().read(Messages.get("common.loading"), () -> ctx.workspace().settings().currencySymbol(),
                this::useCurrency);
    }

    /** Shows amounts with the company's currency symbol (after start and when the settings change it). */
    private void useCurrency(String symbol) {
        if (!symbol.equals(Formats.currencySymbol())) {
            Formats.setCurrencySymbol(symbol);
            ctx.events().fireChanged();
        }
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
        MenuItem export = item("export.menu", "Shortcut+E", this::exportCurrent);
        export.setId("menu-export");
        file.setOnShowing(e -> export.setDisable(!(current instanceof Exportable)));
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
                export,
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
        MenuItem tourItem = item("tour.menu", null, this::startTour);
        tourItem.setId("menu-help-tour");
        help.getItems().addAll(item("guide.menu", "F1", () -> io.cashtrail.ui.guide.GuideWindow.open(ctx, stage)),
                tourItem, new SeparatorMenuItem(), item("menu.help.about", null, () -> Dialogs.info(stage,
                Messages.get("menu.help.about"),
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
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        counts.setId("status-counts");
        digest.setId("status-digest");
        HBox bar = new HBox(10, new BusyIndicator(ctx.work()).view(), spacer, digest, counts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void show(ToggleButton button, Screen screen) {
        button.setSelected(true);
        current = screen;
        center.getChildren().setAll(screen.view());
        screen.onShow();
    }

    /** File → Export…: the current screen's view, where the screen can export. */
    private void exportCurrent() {
        if (current instanceof Exportable x) {
            x.exportView();
        } else {
            Dialogs.info(stage, Messages.get("export.menu"), Messages.get("export.notHere"));
        }
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
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("shell.restore.filter"),
                "*" + Maintenance.BACKUP_EXTENSION, "*.zip"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            restoreFrom(f.toPath());
        }
    }

    /**
     * Offers to restore a backup file: refuses what is not a Cashtrail backup, else asks and, when the
     * user agrees, reopens the window on the restored data. Used by File → Restore and when the app
     * is started with a backup file (opened from the file manager).
     */
    public void restoreFrom(Path file) {
        if (!Maintenance.isBackup(file)) {
            Dialogs.warning(stage, Messages.get("menu.file.restore"), Messages.get("cli.restore.notBackup", file));
            return;
        }
        String name = String.valueOf(file.getFileName());
        if (Dialogs.confirm(stage, Messages.get("menu.file.restore"), Messages.get("shell.restore.confirm", name))) {
            Path dataDir = ctx.workspace().dataDir();
            reopen.accept(() -> Maintenance.restore(dataDir, file));
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

    /** The screen on show (File → Export… acts on it). */
    public Screen currentScreen() {
        return current;
    }

    public Stage stage() {
        return stage;
    }

    public UiContext context() {
        return ctx;
    }

    /** Window geometry for the next start. */
    public void saveState() {
        WindowState.save(stage, ctx.prefs(), WINDOW_KEY);
    }

    /** Starts (or restarts) the guided tour of the main screens. */
    public void startTour() {
        if (tour != null) {
            tour.close();
        }
        tour = new GuidedTour(layers, TourSteps.of(this));
        tour.start();
    }

    /** The running tour, if any (for tests). */
    public GuidedTour tour() {
        return tour;
    }

    /** Opens the import wizard (asking for the file when {@code fileOrNull} is null). */
    public void openImport(Path fileOrNull) {
        Path file = fileOrNull == null && importFileChooser != null ? importFileChooser.apply(stage) : fileOrNull;
        if (fileOrNull == null && importFileChooser != null && file == null) {
            return;
        }
        ImportWizard.open(ctx, stage, file);
    }

    /** Replaces the file chooser used by {@link #openImport} (tests). */
    public void setImportFileChooser(java.util.function.Function<javafx.stage.Window, Path> chooser) {
        this.importFileChooser = chooser;
    }

    // what the tour points at
    Node navButton(String screen) {
        return switch (screen) {
            case "orders" -> navOrders;
            case "timeline" -> navTimeline;
            case "receivables" -> navReceivables;
            case "customers" -> navCustomers;
            case "settings" -> navSettings;
            default -> navDashboard;
        };
    }

    Node centerArea() {
        return center;
    }

    Node menuArea() {
        return menuBar;
    }

    void showScreen(String screen) {
        switch (screen) {
            case "orders" -> showOrders();
            case "timeline" -> show(navTimeline, timeline.get());
            case "receivables" -> showReceivables();
            case "customers" -> showCustomers();
            case "settings" -> showSettings();
            default -> showDashboard();
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
