package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenRequestsTest {
    @TempDir
    Path dir;

    @Test
    void aPostedFileIsTakenOnceOldestFirst() throws Exception {
        Path first = dir.resolve("备份 1.ctbackup");
        Path second = dir.resolve("backup 2.ctbackup");
        OpenRequests.post(dir, first);
        Thread.sleep(5); // the request names start with the time
        OpenRequests.post(dir, second);

        assertThat(OpenRequests.take(dir)).containsExactly(first.toAbsolutePath(), second.toAbsolutePath());
        assertThat(OpenRequests.take(dir)).isEmpty();
        assertThat(dir.resolve(OpenRequests.FOLDER)).isEmptyDirectory();
    }

    @Test
    void nothingWaitingInAFolderThatNeverHadRequests() {
        assertThat(OpenRequests.take(dir)).isEmpty();
    }

    @Test
    void aRequestNobodyTakesIsWithdrawn() throws Exception {
        Path request = OpenRequests.post(dir, dir.resolve("x.ctbackup"));
        assertThat(OpenRequests.awaitTaken(request, Duration.ofMillis(300))).isFalse();
        assertThat(request).doesNotExist();
    }

    @Test
    void theWatcherTakesRequestsAndTheSenderSeesThemTaken() throws Exception {
        List<Path> got = new CopyOnWriteArrayList<>();
        try (AutoCloseable watch = OpenRequests.watch(dir, got::add)) {
            Path request = OpenRequests.post(dir, dir.resolve("y.ctbackup"));
            assertThat(OpenRequests.awaitTaken(request, Duration.ofSeconds(5))).isTrue();
        }
        assertThat(got).containsExactly(dir.resolve("y.ctbackup").toAbsolutePath());
        assertThat(Files.list(dir.resolve(OpenRequests.FOLDER))).isEmpty();
    }
}
