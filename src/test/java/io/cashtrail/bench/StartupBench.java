package io.cashtrail.bench;

import io.cashtrail.app.ClassDataSharing;
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
 * label started the same way. Uses the display in DISPLAY, else headless Monocle for both.
 *
 * <p>Both are started as the package's launcher starts the app from its second start on: with the
 * launcher's JVM options (read from installer/jpackage/image.args) and a class-data archive made
 * from the classes a first start loaded (see {@link ClassDataSharing}; the bare window gets its own
 * archive made the same way). Prints the medians {@code startup_ms} and {@code bare_fx_ms} (target
 * startup_ms ≤ 2 × bare_fx_ms), and the same two without the archive ({@code startup_nocds_ms},
 * {@code bare_fx_nocds_ms}: the package's very first start).
 */
public final class StartupBench {
    private static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("cashtrail-startup");
        Path work = Files.createTempDirectory("cashtrail-startup-cds");
        try (Workspace ws = Workspace.open(data)) {
            ws.loadDemoData(20261127L);
        }
        String prefsNode = "io/cashtrail-bench-startup-" + UUID.randomUUID();
        Preferences prefs = Preferences.userRoot().node(prefsNode);
        prefs.flush(); // a fresh per-run preferences node; the demo folder is not empty, so no first-run wizard
        try {
            // class-data sharing needs jars: the app's and the bare window's classes are jarred here
            Start app = new Start("startup_ms", classPath(jar(Path.of("target/classes"), null, work.resolve("app.jar"))),
                    List.of("io.cashtrail.app.Launcher", "--data-dir", data.toString()),
                    Files.createDirectories(work.resolve("app")));
            Start bare = new Start("bare_fx_ms", classPath(jar(Path.of("target/test-classes"), "io/cashtrail/bench/BareFx",
                    work.resolve("bare.jar"))), List.of("io.cashtrail.bench.BareFx"),
                    Files.createDirectories(work.resolve("bare")));
            // one unmeasured start of each records its classes (and warms the OS file cache, as a user's
            // second start would be); the archives are made from those lists
            for (Start s : List.of(bare, app)) {
                List<String> record = new ArrayList<>(s.options(false));
                record.add("-XX:DumpLoadedClassList=" + s.classList());
                run(s, record, prefsNode);
                ClassDataSharing.dump(s.classList(), s.archive(), s.classPath());
            }
            List<Long> appRuns = new ArrayList<>();
            List<Long> bareRuns = new ArrayList<>();
            List<Long> appPlain = new ArrayList<>();
            List<Long> barePlain = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                bareRuns.add(run(bare, bare.options(true), prefsNode));
                appRuns.add(run(app, app.options(true), prefsNode));
                barePlain.add(run(bare, bare.options(false), prefsNode));
                appPlain.add(run(app, app.options(false), prefsNode));
            }
            System.err.println("runs: app " + appRuns + ", bare " + bareRuns + "; without archive: app " + appPlain
                    + ", bare " + barePlain);
            System.out.println("startup_ms=" + median(appRuns));
            System.out.println("bare_fx_ms=" + median(bareRuns));
            System.out.println("startup_nocds_ms=" + median(appPlain));
            System.out.println("bare_fx_nocds_ms=" + median(barePlain));
            System.out.println("runs=" + RUNS);
        } finally {
            prefs.removeNode();
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One program to start: the figure it prints, its class path and main, its folder (as the package's $APPDIR). */
    private record Start(String key, String classPath, List<String> mainAndArgs, Path dir) {
        Path classList() {
            return dir.resolve("cashtrail.classlist");
        }

        Path archive() {
            return dir.resolve("cashtrail.jsa");
        }

        /** The package launcher's JVM options with $APPDIR = {@link #dir}; without the archive: its first start. */
        List<String> options(boolean withArchive) throws java.io.IOException {
            List<String> options = new ArrayList<>();
            for (String o : LauncherOptions.all()) {
                if (withArchive || !LauncherOptions.isClassData(o)) {
                    options.add(o.replace("$APPDIR", dir.toString()));
                }
            }
            return options;
        }
    }

    /** {@code jar} with the classes under {@code dir} (only those starting with {@code prefix} when given). */
    private static Path jar(Path dir, String prefix, Path jar) throws java.io.IOException {
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = dir.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                if (prefix == null || name.startsWith(prefix)) {
                    out.putNextEntry(new java.util.jar.JarEntry(name));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    /**
     * {@code first} and this JVM's class path without Maven's class folders: the app as users start it
     * (its own file log, not the tests' quiet logback-test.xml).
     */
    private static String classPath(Path first) {
        List<String> entries = new ArrayList<>(List.of(first.toString()));
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!Files.isDirectory(Path.of(e))) {
                entries.add(e);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static long run(Start s, List<String> jvmOptions, String prefsNode) throws Exception {
        String key = s.key();
        List<String> mainAndArgs = s.mainAndArgs();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcashtrail.startupProbe=true", "-Dcashtrail.prefs=" + prefsNode,
                "-Dcashtrail.logdir=" + System.getProperty("cashtrail.logdir", System.getProperty("java.io.tmpdir"))));
        cmd.addAll(jvmOptions);
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Djava.awt.headless=true"));
        }
        cmd.addAll(List.of("-cp", s.classPath()));
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
