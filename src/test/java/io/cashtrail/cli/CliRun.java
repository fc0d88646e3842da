package io.cashtrail.cli;

import io.cashtrail.app.Launcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Runs a command line as {@code java -jar cashtrail.jar --data-dir DATA ARGS} does, capturing what it prints. */
final class CliRun {
    private CliRun() {
    }

    /** Clears {@code out} and {@code err}, runs {@code args} on {@code dataDir}, returns the exit code. */
    static int run(Path dataDir, StringWriter out, StringWriter err, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = Stream.concat(Stream.of("--data-dir", dataDir.toString()), Stream.of(args))
                .toArray(String[]::new);
        return Launcher.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
