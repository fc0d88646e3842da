package io.cashtrail.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** An opaque library step (building a workbook) is given up within a second of Stop, and what it opens late is closed. */
class BoundedStepCancelTest {

    @Test
    void stopEndsAStepThatIgnoresInterruptsWithinASecondAndClosesItsLateResult() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean closed = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        AutoCloseable late = () -> {
            closed.set(true);
            finished.countDown();
        };
        Thread stopper = new Thread(() -> {
            sleep(150);
            stop.set(true);
        });
        long[] stoppedAt = new long[1];
        stopper.start();
        assertThatThrownBy(() -> ReadGuard.bounded(Duration.ofSeconds(60), () -> {
            if (stop.get() && stoppedAt[0] == 0) {
                stoppedAt[0] = System.nanoTime();
            }
            return stop.get();
        }, () -> {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
            while (System.nanoTime() < until) {
                // busy, as a parser building a large workbook is: interrupts are not looked at
            }
            return late;
        })).isInstanceOf(ReadCancelledException.class);
        long afterStop = (System.nanoTime() - stoppedAt[0]) / 1_000_000;
        assertThat(afterStop).isLessThan(1000);
        assertThat(closed).isFalse();
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(closed).isTrue();
    }

    @Test
    void aStepStoppedBeforeItStartsDoesNotRun() {
        AtomicBoolean ran = new AtomicBoolean();
        assertThatThrownBy(() -> ReadGuard.bounded(Duration.ofSeconds(60), () -> true, () -> {
            ran.set(true);
            return null;
        })).isInstanceOf(ReadCancelledException.class);
        assertThat(ran).isFalse();
    }

    @Test
    void aLargeXlsOpenIsStoppedWithinASecond(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("big.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            var sheet = wb.createSheet("台账");
            for (int r = 0; r < 20_000; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 8; c++) {
                    row.createCell(c).setCellValue(r * 10.0 + c);
                }
            }
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        AtomicBoolean stop = new AtomicBoolean();
        long[] stoppedAt = new long[1];
        Thread stopper = new Thread(() -> {
            sleep(30);
            stoppedAt[0] = System.nanoTime();
            stop.set(true);
        });
        stopper.start();
        try (SpreadsheetReader r = Spreadsheets.open(file, null, Limits.DEFAULT, stop::get)) {
            // opened before the stop came: nothing to check
        } catch (ReadCancelledException e) {
            stopper.join();
            assertThat((System.nanoTime() - stoppedAt[0]) / 1_000_000).isLessThan(1000);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
