package io.cashtrail.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A file instead of a command (what the file manager passes for a .ctbackup) starts the GUI with it. */
class OpenFileArgumentTest {
    @TempDir
    Path dir;

    private final List<Path> started = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void english() {
        Messages.use(Messages.ENGLISH);
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new CashtrailCommand(option -> dir.resolve("data"), (data, file) -> {
            started.add(data);
            started.add(file);
            return 0;
        }));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void aBackupPathStartsTheWindowWithThatFile() throws Exception {
        Path backup = Files.writeString(dir.resolve("cashtrail-20261127-manual.ctbackup"), "x");
        assertThat(run(backup.toString())).isZero();
        assertThat(started).containsExactly(dir.resolve("data"), backup.toAbsolutePath().normalize());
    }

    @Test
    void withoutAFileTheWindowStartsPlain() {
        assertThat(run()).isZero();
        assertThat(started).containsExactly(dir.resolve("data"), null);
    }

    @Test
    void aMissingFileOrUnknownCommandIsAUsageError() {
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-command");
        assertThat(started).isEmpty();
    }

    @Test
    void commandsStillWinOverFiles() {
        assertThat(run("--help")).isZero();
        assertThat(started).isEmpty();
    }
}
