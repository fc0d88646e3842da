package io.cashtrail.docs;

import static io.cashtrail.docs.ShotDriver.filled;
import static io.cashtrail.docs.ShotDriver.hasText;
import static io.cashtrail.docs.ShotDriver.imagesLoaded;
import static io.cashtrail.docs.ShotDriver.menuShown;
import static io.cashtrail.docs.ShotDriver.shown;

import io.cashtrail.domain.Customer;
import io.cashtrail.domain.OrderProgress;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.plan.LedgerWorkbooks;
import io.cashtrail.service.Workspace;
import io.cashtrail.ui.common.BackgroundWork;
import io.cashtrail.service.ExportFormat;
import io.cashtrail.ui.export.ExportTarget;
import io.cashtrail.ui.firstrun.FirstRunWizard;
import io.cashtrail.ui.imports.ImportWizard;
import io.cashtrail.ui.receivables.ReceivablesScreen;
import io.cashtrail.ui.shell.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Makes the user guide's screenshots from the real application: the main window on a temporary data
 * folder with the demo data (fixed seed, fixed date, so pictures are reproducible) at 1366×768, in
 * Chinese and English, written to docs/guide/images/zh and /en. Run by docs/guide/make-screenshots
 * (headless: Monocle, software rendering). To add a picture, add one line to {@link #shots}.
 */
public final class GuideScreenshots {
    static final int WIDTH = 1366;
    static final int HEIGHT = 768;
    static final long DEMO_SEED = 20261127L;
    static final ZonedDateTime TODAY = ZonedDateTime.of(2026, 11, 27, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

    private GuideScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/guide/images");
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        int failures = 0;
        for (Locale lang : List.of(Messages.CHINESE, Messages.ENGLISH)) {
            failures += run(lang, out.resolve(lang == Messages.CHINESE ? "zh" : "en"));
        }
        Platform.exit();
        System.exit(failures == 0 ? 0 : 1);
    }

    /** All pictures of the guide in one language. */
    private static void shots(ShotDriver d, App app) {
        d.flow("main screens")
                .click("#nav-dashboard").until("dashboard", hasText("#dashboard-digest")).save("dashboard")
                .click("#nav-orders").until("orders", filled("#orders-table")).save("orders")
                .click("#nav-timeline").until("timeline", hasText("#timeline-count")).save("timeline")
                .click("#timeline-late-only").until("late orders", hasText("#timeline-count")).save("timeline-late")
                .click("#timeline-late-only")
                .click("#nav-receivables").until("receivables", filled("#receivables-tree"))
                .expandFirst("#receivables-tree").save("receivables")
                .tab("#receivables-tabs", "receivables-tab-aging").until("aging", hasText("#receivables-totals"))
                .save("aging")
                .openList("#receivables-aging-layout").until("layout list", menuShown()).save("aging-layout")
                .closeOthers()
                .tab("#receivables-tabs", "receivables-tab-forecast").until("forecast", hasText("#receivables-totals"))
                .save("forecast")
                .fx("open customer", () -> app.window.openCustomer(app.customerId))
                .until("customer", hasText("#customers-detail-title")).save("customers")
                .click("#nav-settings").until("settings", shown("#settings-language")).save("settings")
                .scrollTo("#settings-aging-limits").until("rules", hasText("#settings-aging-limits"))
                .save("settings-rules");
        d.flow("export")
                .click("#nav-receivables").until("receivables", filled("#receivables-tree"))
                .tab("#receivables-tabs", "receivables-tab-aging").until("aging", hasText("#receivables-totals"))
                .fx("export the aging", () -> exportAging(app))
                .until("export done", shown("#receivables-export-open-file")).save("export-done");
        d.flow("guided tour")
                .click("#nav-dashboard").until("dashboard", hasText("#dashboard-digest"))
                .fx("start the tour", app.window::startTour).until("tour", shown("#tour-popover"))
                .click("#tour-next").until("tour step", hasText("#tour-title")).save("tour")
                .click("#tour-skip");
        d.flow("first-run wizard")
                .fx("open the first-run wizard", () -> new FirstRunWizard(app.prefs, FIRST_RUN_FOLDER, false).stage().show())
                .until("first-run wizard", shown("#firstrun-company"))
                .type("#firstrun-company", companyName()).save("firstrun-welcome")
                .click("#firstrun-next").until("ways to begin", shown("#firstrun-demo")).save("firstrun-start")
                .closeOthers();
        d.flow("order detail")
                .fx("open order", () -> app.window.openOrder(app.orderId))
                .until("order", hasText("#order-title")).until("stages", shown("#order-stages")).save("order-detail")
                .closeOthers();
        d.flow("menus")
                .click("#nav-dashboard").until("dashboard", hasText("#dashboard-digest"))
                .openMenu("menu.file").until("file menu", menuShown()).save("menu-file").closeOthers()
                .openMenu("menu.help").until("help menu", menuShown()).save("menu-help").closeOthers();
        d.flow("user guide")
                .menuItem("menu.help", "guide.menu").until("guide", shown(".guide-h1"))
                .until("guide pictures", imagesLoaded()).save("user-guide").closeOthers();
        d.flow("import wizard")
                .fx("open wizard", () -> ImportWizard.open(app.window.context(), app.stage, app.ledger))
                .until("sheets", shown("#wizard-sheet-0")).save("import-sheets")
                .click("#wizard-next").until("header row", shown("#importwiz-topRows")).save("import-header")
                .scrollTo("#importwiz-mapping").until("mapping", shown("#importwiz-mapping")).save("import-mapping")
                .click("#wizard-next").until("kind", shown("#wizard-kind")).save("import-kind")
                .click("#wizard-next").until("preview", shown("#wizard-counts")).save("import-preview")
                .click("#wizard-onlyProblems").until("problems", filled("#wizard-previewTable")).save("import-problems")
                .selectRow("#wizard-previewTable", 0).until("correction", shown("#importwiz-correction"))
                .save("import-correction")
                .click("#wizard-onlyProblems")
                .click("#wizard-next").until("result", shown("#wizard-summary")).save("import-done")
                .closeOthers();
        d.flow("import history")
                .menuItem("menu.file", "menu.file.importHistory").until("history", filled("#wizard-historyTable"))
                .save("import-history")
                .tab("importwiz-profilesTab").until("profiles", filled("#importwiz-profilesTable"))
                .save("import-profiles").closeOthers();
    }

    /** What the shots need: the main window, an interesting order and customer, a legacy sheet. */
    private record App(Stage stage, MainWindow window, Preferences prefs, long orderId, long customerId, Path ledger,
            Path exports) {
    }

    /** The data folder the first-run wizard proposes in the pictures: what a Windows user sees. */
    private static final Path FIRST_RUN_FOLDER = Path.of("C:\\Users\\zhangsan\\AppData\\Roaming\\Cashtrail");

    private static String companyName() {
        return Messages.locale().getLanguage().equals("zh") ? "苏州恒泰机械有限公司" : "Suzhou Hengtai Machinery Co., Ltd.";
    }

    /** A real export of the aging (built-in layout, .xlsx) into a temporary folder instead of the save dialog. */
    private static void exportAging(App app) {
        ReceivablesScreen screen = (ReceivablesScreen) app.window.currentScreen();
        screen.export().setTargetChooser((owner, name, formats) -> new ExportTarget(app.exports.resolve(name),
                ExportFormat.XLSX));
        screen.exportView();
    }

    /** A tour or first-run wizard shown by itself would cover the pictures: close it. */
    private static void dismissPopUps(App app) {
        if (app.window.tour() != null) {
            app.window.tour().close();
        }
    }

    private static int run(Locale lang, Path out) throws IOException {
        // The same folder every run: its path is shown in Settings and must not change the pictures.
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "cashtrail-guide");
        deleteTree(dir);
        Files.createDirectories(dir);
        Preferences prefs = Preferences.userRoot().node("cashtrail-guide/" + UUID.randomUUID());
        prefs.putDouble("window.width", WIDTH);
        prefs.putDouble("window.height", HEIGHT);
        // -Dcashtrail.guide.fontScale=150: the same pictures at the user's largest font size, to check
        // the screens' layout in a window as small for its text as 1366x768 at 150 % (not for the guide)
        prefs.putInt(io.cashtrail.ui.common.FontScale.KEY, Integer.getInteger("cashtrail.guide.fontScale",
                io.cashtrail.ui.common.FontScale.DEFAULT));
        Messages.use(lang);
        Clock clock = Clock.fixed(TODAY.toInstant(), TODAY.getZone());
        Workspace ws = Workspace.open(dir.resolve("Cashtrail"), clock);
        ws.loadDemoData(DEMO_SEED);
        ws.settings().setCompanyName(companyName());
        Path exports = Files.createDirectories(dir.resolve(lang == Messages.CHINESE ? "导出" : "exports"));
        long orderId = pickOrder(ws);
        long customerId = pickCustomer(ws);
        Path ledger = LedgerWorkbooks.ledger(dir, lang == Messages.CHINESE ? "合同台账.xlsx" : "contracts.xlsx", true);
        BackgroundWork work = new BackgroundWork();
        App app = ShotDriver.onFx(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, ws, work, prefs, dir.resolve("logs/cashtrail.log"), r -> { });
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            w.show();
            App a = new App(stage, w, prefs, orderId, customerId, ledger, exports);
            dismissPopUps(a);
            return a;
        });
        ShotDriver d = new ShotDriver(app.stage, work, out);
        try {
            shots(d, app);
        } finally {
            ShotDriver.onFx(() -> {
                app.stage.hide();
                return null;
            });
            work.shutdown();
            ws.close();
            deleteTree(dir);
            try {
                prefs.removeNode();
            } catch (java.util.prefs.BackingStoreException ignored) {
                // a temporary node; nothing to keep
            }
        }
        d.failures().forEach(f -> System.err.println("FAILED [" + lang + "] " + f));
        return d.failures().size();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A customer with an invoice cut-off day and a payment delay learned from its history. */
    private static long pickCustomer(Workspace ws) {
        List<Customer> all = ws.customers().all();
        Comparator<Customer> byName = Comparator.comparing(Customer::name);
        return all.stream().filter(c -> c.invoiceCutoffDay() != null)
                .filter(c -> ws.customers().overview(c.id()).learnedDelay() != null)
                .min(byName)
                .or(() -> all.stream().filter(c -> c.invoiceCutoffDay() != null).min(byName))
                .or(() -> all.stream().min(byName))
                .orElseThrow().id();
    }

    /**
     * A late order in the middle of its way (its next step delivery, acceptance or invoice) with an
     * advance received: it shows planned against actual dates, a late stage and receipts.
     */
    private static long pickOrder(Workspace ws) {
        var today = ws.today();
        List<OrderSummary> all = ws.orders().summaries();
        Set<io.cashtrail.domain.Stage> middle = EnumSet.of(io.cashtrail.domain.Stage.SHIPPED,
                io.cashtrail.domain.Stage.DELIVERED, io.cashtrail.domain.Stage.ACCEPTED,
                io.cashtrail.domain.Stage.INVOICED);
        Comparator<OrderSummary> byNo = Comparator.comparing(OrderSummary::orderNo);
        return all.stream()
                .filter(o -> OrderProgress.of(o.stages(), today).isLate())
                .filter(o -> middle.contains(OrderProgress.of(o.stages(), today).nextStage()))
                .filter(o -> o.received().signum() > 0)
                .min(byNo)
                .or(() -> all.stream().filter(o -> OrderProgress.of(o.stages(), today).isLate()).min(byNo))
                .or(() -> all.stream().min(byNo))
                .orElseThrow().orderId();
    }
}
