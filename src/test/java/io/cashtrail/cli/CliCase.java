package io.cashtrail.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A command-line test: a temporary folder, the captured output and errors, and commands run on its data folder. */
abstract class CliCase {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs the command line with {@code --data-dir dir/data}; the exit code. */
    int run(String... args) {
        return CliRun.run(dir.resolve("data"), out, err, args);
    }
}
