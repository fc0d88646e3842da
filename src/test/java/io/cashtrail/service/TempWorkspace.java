package io.cashtrail.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh workspace in a temporary folder for each test ({@code @RegisterExtension}), closed and
 * removed after it; {@link #restart} closes and opens it again, as after a restart of the app.
 */
final class TempWorkspace implements BeforeEachCallback, AfterEachCallback {
    private Path dir;
    private Workspace ws;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("cashtrail-test-");
        ws = Workspace.open(dataDir());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        ws.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    Workspace ws() {
        return ws;
    }

    /** A folder for the test's own files (beside the data folder). */
    Path dir() {
        return dir;
    }

    Path dataDir() {
        return dir.resolve("data");
    }

    Workspace restart() {
        ws.close();
        ws = Workspace.open(dataDir());
        return ws;
    }
}
