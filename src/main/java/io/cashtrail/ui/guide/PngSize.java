package io.cashtrail.ui.guide;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * The width and height of a PNG from its header (24 bytes), so the guide can lay out a picture's
 * space before the picture itself has loaded. Anything unreadable counts as a 1366×768 screenshot.
 */
final class PngSize {
    static final double[] SCREEN = {1366, 768};

    private PngSize() {
    }

    static double[] of(URL url) {
        try (InputStream in = url.openStream(); DataInputStream d = new DataInputStream(in)) {
            byte[] head = new byte[16];
            d.readFully(head);
            if ((head[0] & 0xff) != 0x89 || head[1] != 'P' || head[12] != 'I' || head[13] != 'H') {
                return SCREEN;
            }
            int w = d.readInt();
            int h = d.readInt();
            return w > 0 && h > 0 ? new double[] {w, h} : SCREEN;
        } catch (IOException e) {
            return SCREEN;
        }
    }
}
