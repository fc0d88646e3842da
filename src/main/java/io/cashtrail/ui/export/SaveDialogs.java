package io.cashtrail.ui.export;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.ExportFormat;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.stage.FileChooser;

/** The real file choosers: where to save an export (one filter per format), and which template to use. */
final class SaveDialogs {
    private static final String LAST_DIR = "export.lastDir";
    private static final String LAST_TEMPLATE_DIR = "export.lastTemplateDir";

    private SaveDialogs() {
    }

    static TargetChooser targets(Preferences prefs) {
        return (owner, fileName, formats) -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(Messages.get("export.chooser.title"));
            Map<FileChooser.ExtensionFilter, ExportFormat> filters = new LinkedHashMap<>();
            for (ExportFormat f : formats) {
                String ext = ExportTarget.extension(f);
                filters.put(new FileChooser.ExtensionFilter(Messages.get("export.format." + f.name()), "*" + ext),
                        f);
            }
            fc.getExtensionFilters().addAll(filters.keySet());
            fc.setSelectedExtensionFilter(fc.getExtensionFilters().get(0));
            folder(prefs, LAST_DIR, fc);
            fc.setInitialFileName(fileName);
            File f = fc.showSaveDialog(owner);
            if (f == null) {
                return null;
            }
            prefs.put(LAST_DIR, f.getAbsoluteFile().getParent());
            ExportFormat chosen = filters.getOrDefault(fc.getSelectedExtensionFilter(), formats.get(0));
            return ExportTarget.resolve(f.toPath(), chosen, formats);
        };
    }

    static TemplateChooser templates(Preferences prefs) {
        return owner -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(Messages.get("export.template.choose"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.format.XLSX"),
                    "*.xlsx", "*.XLSX"));
            folder(prefs, LAST_TEMPLATE_DIR, fc);
            File f = fc.showOpenDialog(owner);
            if (f == null) {
                return null;
            }
            prefs.put(LAST_TEMPLATE_DIR, f.getAbsoluteFile().getParent());
            return f.toPath();
        };
    }

    private static void folder(Preferences prefs, String key, FileChooser fc) {
        String last = prefs.get(key, null);
        File dir = last == null ? null : new File(last);
        if (dir != null && dir.isDirectory()) {
            fc.setInitialDirectory(dir);
        }
    }

}
