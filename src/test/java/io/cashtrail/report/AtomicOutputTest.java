package io.cashtrail.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    @TempDir
    Path dir;

    private long files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void writesThroughATemporaryFileAndReplacesTheTarget() throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "old");
        AtomicOutput.write(f, o -> o.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(f)).isEqualTo("new");
        assertThat(files()).isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).startsWith("rw-");
    }

    @Test
    void aCancelledOrFailedWriteLeavesNoHalfFileAndTheOldOneUntouched() throws Exception {
        Path f = dir.resolve("a.xlsx");
        assertThatThrownBy(() -> AtomicOutput.write(f, o -> {
            o.write(new byte[100_000]);
            throw new CancellationException("cancelled");
        })).isInstanceOf(CancellationException.class);
        assertThat(files()).isZero();
        Files.writeString(f, "old");
        assertThatThrownBy(() -> AtomicOutput.write(f, o -> {
            o.write(new byte[100_000]);
            throw new IOException("disk full");
        })).isInstanceOf(TargetException.class)
                .satisfies(e -> assertThat(((TargetException) e).reason()).isEqualTo(TargetException.Reason.FAILED));
        assertThat(Files.readString(f)).isEqualTo("old");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void aReadOnlyTargetOrFolderIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path f = dir.resolve("open-in-excel.xlsx");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        boolean[] ran = {false};
        assertThatThrownBy(() -> AtomicOutput.write(f, o -> ran[0] = true)).isInstanceOf(TargetException.class)
                .satisfies(e -> assertThat(((TargetException) e).reason()).isEqualTo(TargetException.Reason.LOCKED));
        assertThat(ran[0]).isFalse();
        assertThat(Files.readString(f)).isEqualTo("old");
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> AtomicOutput.write(ro.resolve("x.csv"), o -> ran[0] = true))
                    .isInstanceOf(TargetException.class).satisfies(e -> assertThat(((TargetException) e).reason())
                            .isEqualTo(TargetException.Reason.FOLDER));
            assertThatThrownBy(() -> AtomicOutput.write(dir.resolve("no/such/dir/x.csv"), o -> ran[0] = true))
                    .isInstanceOf(TargetException.class);
            assertThat(ran[0]).isFalse();
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
