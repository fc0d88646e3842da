package io.cashtrail.ui.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads (without initialising) the classes the main window's first screen needs, on a background
 * thread while the JavaFX toolkit starts and the database opens, so the FX thread finds them loaded
 * and verified. The list (startup-classes.txt) was recorded from a start with -Xlog:class+load; a name
 * that no longer exists (or belongs to another platform) is skipped, and StartupClassesTest keeps
 * our own names current.
 */
final class ClassWarmup {
    static final String LIST = "startup-classes.txt";

    private ClassWarmup() {
    }

    static void start() {
        Thread t = new Thread(ClassWarmup::run, "cashtrail-class-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        ClassLoader loader = ClassWarmup.class.getClassLoader();
        try (InputStream in = ClassWarmup.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name; (name = r.readLine()) != null; ) {
                try {
                    Class.forName(name.strip(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // another platform's class, or one renamed since the list was made: nothing to warm
                }
            }
        } catch (IOException e) {
            // only a speed-up
        }
    }
}
