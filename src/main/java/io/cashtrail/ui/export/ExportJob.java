package io.cashtrail.ui.export;

import io.cashtrail.service.ExportFormat;
import io.cashtrail.service.ExportProgress;
import java.nio.file.Path;

/** One export a screen asks for, run off the FX thread with the chosen file and format. */
@FunctionalInterface
public interface ExportJob {
    Path run(Exporter exporter, Path out, ExportFormat format, ExportProgress progress) throws Exception;
}
