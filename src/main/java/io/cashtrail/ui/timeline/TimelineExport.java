package io.cashtrail.ui.timeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Saving and printing what the timeline shows: a snapshot of the canvas, written as PNG without
 * javafx-swing (pixels copied into a BufferedImage), or printed scaled to the page.
 */
final class TimelineExport {
    private TimelineExport() {
    }

    static void writePng(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] line = new int[w];
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            r.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), line, 0, w);
            out.setRGB(0, y, w, 1, line, 0, w);
        }
        if (!ImageIO.write(out, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    /** Shows the print dialog and prints the image fitted to the page; false when cancelled. */
    static boolean print(WritableImage image, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || !job.showPrintDialog(owner)) {
            return false;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setFitWidth(page.getPrintableWidth());
        view.setFitHeight(page.getPrintableHeight());
        boolean ok = job.printPage(view);
        if (ok) {
            job.endJob();
        } else {
            job.cancelJob();
        }
        return ok;
    }
}
