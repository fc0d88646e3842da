package io.cashtrail.ui.dashboard;

import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a desktop notification through the system tray where the platform has one; does nothing
 * when headless or unsupported. The only class touching AWT, and every call is guarded: a missing
 * tray must never disturb the app.
 */
public final class DesktopNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotifier.class);
    private static final long SHOW_MILLIS = 10_000;

    private DesktopNotifier() {
    }

    /** True when a notification can be shown on this desktop. */
    public static boolean supported() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (Throwable t) {
            return false;
        }
    }

    /** Shows {@code text} as a tray message on a background thread; returns at once. */
    public static void post(String title, String text) {
        if (!supported()) {
            return;
        }
        Thread t = new Thread(() -> show(title, text), "cashtrail-notify");
        t.setDaemon(true);
        t.start();
    }

    private static void show(String title, String text) {
        TrayIcon icon = null;
        SystemTray tray = null;
        try {
            tray = SystemTray.getSystemTray();
            BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = img.createGraphics();
            g.setColor(new java.awt.Color(0x1f, 0x6f, 0xeb));
            g.fillOval(1, 1, 14, 14);
            g.dispose();
            icon = new TrayIcon(img, title);
            icon.setImageAutoSize(true);
            tray.add(icon);
            icon.displayMessage(title, text, TrayIcon.MessageType.INFO);
            Thread.sleep(SHOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            LOG.info("Desktop notification not shown: {}", e.toString());
        } finally {
            if (tray != null && icon != null) {
                try {
                    tray.remove(icon);
                } catch (Throwable ignored) {
                    // the tray went away; nothing to clean up
                }
            }
        }
    }
}
