package io.cashtrail.ui.export;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ExportException;
import io.cashtrail.service.ExportFormat;
import io.cashtrail.ui.common.Dialogs;
import io.cashtrail.ui.common.UiContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * A screen's "Export…": asks where to save (xlsx, csv UTF-8, csv GBK, pdf), runs the export through
 * {@link io.cashtrail.ui.common.BackgroundWork} with progress and Stop in the screen's export strip,
 * then offers to open the file or its folder. A failed export shows its message; a stopped one
 * just says so. The file choosers and the report calls are seams so tests can drive it headless.
 */
public final class ExportAction {
    private final UiContext ctx;
    private final ExportBar bar;
    private Exporter exporter;
    private TargetChooser targets;
    private TemplateChooser templates;
    private UiProgress current;

    private record Outcome(Path file, Throwable error) {
    }

    /** {@code idPrefix} names the strip's nodes ("orders" → #orders-export-stop …). */
    public ExportAction(UiContext ctx, String idPrefix) {
        this.ctx = ctx;
        this.bar = new ExportBar(idPrefix);
        this.targets = SaveDialogs.targets(ctx.prefs());
        this.templates = SaveDialogs.templates(ctx.prefs());
    }

    /** Every format a view can be exported to, xlsx first. */
    public static List<ExportFormat> allFormats() {
        return List.of(ExportFormat.XLSX, ExportFormat.CSV, ExportFormat.CSV_GBK, ExportFormat.PDF);
    }

    /** A default file name without extension: "账龄分析_2026-11-27". */
    public static String fileBase(String nameKey, LocalDate date) {
        return Messages.get(nameKey) + "_" + date;
    }

    /** The progress / result strip to place under the screen's toolbar. */
    public Node view() {
        return bar.view();
    }

    public boolean isRunning() {
        return current != null;
    }

    public void setExporter(Exporter exporter) {
        this.exporter = exporter;
    }

    public void setTargetChooser(TargetChooser targets) {
        this.targets = targets;
    }

    public void setTemplateChooser(TemplateChooser templates) {
        this.templates = templates;
    }

    public TemplateChooser templateChooser() {
        return templates;
    }

    /** Asks for the target, then runs {@code job} in the background; nothing happens if the user cancels. */
    public void run(Window owner, String fileBase, List<ExportFormat> formats, ExportJob job) {
        if (current != null) {
            return;
        }
        ExportTarget target = targets.choose(owner, fileBase + ExportTarget.extension(formats.get(0)), formats);
        if (target == null) {
            return;
        }
        UiProgress progress = new UiProgress(bar::progress);
        current = progress;
        String name = target.file().getFileName().toString();
        bar.running(name, () -> {
            progress.stop();
            bar.stopping();
        });
        Exporter ex = exporter != null ? exporter : Exporter.of(ctx.workspace().reports());
        ctx.work().read(Messages.get("export.running", name), () -> {
            try {
                return new Outcome(job.run(ex, target.file(), target.format(), progress), null);
            } catch (Throwable t) {
                return new Outcome(null, t);
            }
        }, o -> finished(owner, target, o));
    }

    private void finished(Window owner, ExportTarget target, Outcome o) {
        current = null;
        if (o.error() == null) {
            Path file = o.file() == null ? target.file() : o.file();
            bar.done(file, () -> FileOpener.open(file, p -> showPath(owner, p)),
                    () -> FileOpener.open(file.toAbsolutePath().getParent(), p -> showPath(owner, p)));
        } else if (find(o.error(), CancellationException.class) != null) {
            bar.cancelled();
        } else {
            bar.hide();
            ExportException refused = find(o.error(), ExportException.class);
            if (refused != null && refused.getMessage() != null) {
                Dialogs.alert(owner, Alert.AlertType.ERROR, Messages.get("export.failed"), refused.getMessage(),
                        new ButtonType(Messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE)).showAndWait();
            } else {
                Dialogs.error(owner, o.error());
            }
        }
    }

    private static void showPath(Window owner, Path p) {
        Dialogs.info(owner, Messages.get("export.openFailed.title"), Messages.get("export.openFailed", p));
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable x = t; x != null; x = x.getCause() == x ? null : x.getCause()) {
            if (type.isInstance(x)) {
                return type.cast(x);
            }
        }
        return null;
    }
}
