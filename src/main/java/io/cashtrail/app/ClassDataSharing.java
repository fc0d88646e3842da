package io.cashtrail.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Class-data sharing for the packaged app, a faster start (bench/run startup): the JVM maps the
 * classes the first screen needs, already parsed and verified, from an archive instead of loading
 * them one by one from the jars.
 *
 * <p>An archive only fits the exact jar paths it was made for, and the install folder is known only
 * on the user's machine. So the package ships the list of classes a start loads (made by
 * installer/build from a real start) and its launcher passes {@code -XX:SharedArchiveFile=ARCHIVE}
 * and {@code -Dcashtrail.classList=LIST}. When the archive is missing or no longer fits (a new
 * version), the JVM starts without it, silently, and the GUI writes it in the background for the
 * next start. Nothing happens when the JVM was not started that way (a development run, tests).
 */
public final class ClassDataSharing {
    /** System property naming the class list the archive is made from. */
    public static final String CLASS_LIST = "cashtrail.classList";
    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    private static final Logger LOG = LoggerFactory.getLogger(ClassDataSharing.class);

    private ClassDataSharing() {
    }

    /**
     * When this JVM was given an archive and a class list but maps no archive, (re)writes the
     * archive on a background thread once the start is over. Returns at once.
     */
    static void refreshLater() {
        String list = System.getProperty(CLASS_LIST);
        if (list == null || sharing()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(Long.getLong("cashtrail.classDataDelayMs", 20_000)); // not while the window starts
                Optional<Path> archive = archiveOption(ManagementFactory.getRuntimeMXBean().getInputArguments());
                if (archive.isEmpty() || !Files.isWritable(archive.get().toAbsolutePath().getParent())) {
                    LOG.info("No class-data archive written: {}", archive.map(Path::toString)
                            .orElse("no -XX:SharedArchiveFile given"));
                    return;
                }
                dump(Path.of(list), archive.get(), System.getProperty("java.class.path"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Writing the class-data archive failed; the app starts without it", e);
            }
        }, "cashtrail-class-data");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Whether this JVM maps a class-data archive (the JVM says so in java.vm.info). */
    static boolean sharing() {
        return System.getProperty("java.vm.info", "").contains("sharing");
    }

    /** The archive named by {@code -XX:SharedArchiveFile=} among the JVM's options. */
    static Optional<Path> archiveOption(List<String> jvmOptions) {
        return jvmOptions.stream().filter(o -> o.startsWith(ARCHIVE_OPTION))
                .map(o -> o.substring(ARCHIVE_OPTION.length()))
                .filter(s -> !s.isBlank())
                .reduce((a, b) -> b) // the last one wins, as for the JVM
                .map(Path::of);
    }

    /**
     * Writes {@code archive} with the classes named in {@code classList}, for a JVM started with
     * {@code classPath} (jar files only: the JVM archives no classes from folders). Written beside
     * and moved into place, so a start never sees half an archive.
     *
     * @throws IOException when the JVM making it fails or takes over two minutes
     */
    public static void dump(Path classList, Path archive, String classPath) throws IOException, InterruptedException {
        Path tmp = archive.resolveSibling(archive.getFileName() + ".tmp");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = List.of(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + tmp, "-cp", classPath);
        Path log = Files.createTempFile("cashtrail-cds", ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("the JVM writing the class-data archive did not finish in two minutes");
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(tmp)) {
                throw new IOException("the JVM writing the class-data archive failed (exit " + p.exitValue() + "): "
                        + tail(log));
            }
            Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Class-data archive written: {}", archive);
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(log);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
