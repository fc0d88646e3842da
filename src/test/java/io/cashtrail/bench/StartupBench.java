package io.cashtrail.bench;

import io.cashtrail.service.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

/**
 * {@code bench/run startup}: starts the app 5 times on a data folder holding the demo data (a child JVM
 * with {@code -Dcashtrail.startupProbe=true}, which prints the milliseconds from process start to the
 * main window shown and filled, then exits) and, alternating with it, a bare JavaFX window with one
 * label started the same way. Prints the medians {@code startup_ms} and {@code bare_fx_ms}; target
 * startup_ms ≤ 2 × bare_fx_ms. Uses the display in DISPLAY, else headless Monocle for both.
 */
public final class StartupBench {
    private static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("cashtrail-startup");
        try (Workspace ws = Workspace.open(data)) {
            ws.loadDemoData(20261127L);
        }
        String prefsNode = "io/cashtrail-bench-startup-" + UUID.randomUUID();
        Preferences prefs = Preferences.userRoot().node(prefsNode);
        prefs.flush(); // a fresh per-run preferences node; the demo folder is not empty, so no first-run wizard
        try {
            List<Long> app = new ArrayList<>();
            List<Long> bare = new ArrayList<>();
            // one unmeasured start of each warms the OS file cache, as a user's second start would be
            run(List.of("io.cashtrail.bench.BareFx"), "bare_fx_ms", prefsNode);
            run(List.of("io.cashtrail.app.Launcher", "--data-dir", data.toString()), "startup_ms", prefsNode);
            for (int i = 0; i < RUNS; i++) {
                bare.add(run(List.of("io.cashtrail.bench.BareFx"), "bare_fx_ms", prefsNode));
                app.add(run(List.of("io.cashtrail.app.Launcher", "--data-dir", data.toString()), "startup_ms",
                        prefsNode));
            }
            System.err.println("runs: app " + app + ", bare " + bare);
            System.out.println("startup_ms=" + median(app));
            System.out.println("bare_fx_ms=" + median(bare));
            System.out.println("runs=" + RUNS);
        } finally {
            prefs.removeNode();
        }
    }

    private static long run(List<String> mainAndArgs, String key, String prefsNode) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcashtrail.startupProbe=true", "-Dcashtrail.prefs=" + prefsNode,
                "-Dcashtrail.logdir=" + System.getProperty("cashtrail.logdir", System.getProperty("java.io.tmpdir"))));
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Djava.awt.headless=true"));
        }
        String cp = System.getProperty("java.class.path");
        if (!key.equals("bare_fx_ms")) {
            // the app as users start it: its own logback.xml (file log), not the tests' quiet one
            cp = String.join(java.io.File.pathSeparator, java.util.Arrays.stream(cp.split(java.io.File.pathSeparator))
                    .filter(e -> !e.contains("test-classes")).toList());
        }
        cmd.addAll(List.of("-cp", cp));
        cmd.addAll(mainAndArgs);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Long value = null;
        StringBuilder seen = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith(key + "=")) {
                    value = Long.parseLong(line.substring(key.length() + 1).strip());
                } else if (seen.length() < 4000) {
                    seen.append(line).append('\n');
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (value == null) {
            throw new IllegalStateException(key + " not printed by " + mainAndArgs.get(0) + ":\n" + seen);
        }
        return value;
    }

    private static long median(List<Long> values) {
        List<Long> s = values.stream().sorted().toList();
        return s.get(s.size() / 2);
    }
}
