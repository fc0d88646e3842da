package io.cashtrail.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options the package's launcher passes (installer/jpackage/image.args, its --java-options
 * lines), so the benchmarks measure the app as users start it.
 */
final class LauncherOptions {
    private LauncherOptions() {
    }

    /** Every option, $APPDIR as in the file. */
    static List<String> all() {
        try {
            return Files.readAllLines(Path.of("installer/jpackage/image.args")).stream().map(String::strip)
                    .filter(l -> l.startsWith("--java-options "))
                    .map(l -> l.substring("--java-options ".length()).strip())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options without class-data sharing (it needs an archive made for the exact class path). */
    static List<String> withoutClassData() {
        return all().stream().filter(o -> !isClassData(o)).toList();
    }

    static boolean isClassData(String option) {
        return option.startsWith("-XX:SharedArchiveFile=") || option.startsWith("-Dcashtrail.classList=");
    }
}
