package io.cashtrail.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cashtrail.importer.read.ImportRefusedException.Reason;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format recognition by content, refusals with reasons, passwords, limits and cancellation. */
class SpreadsheetsTest {
    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private Path zip(String name, String... entriesAndContents) throws Exception {
        Path f = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
            for (int i = 0; i < entriesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(entriesAndContents[i]));
                out.write(entriesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return f;
    }

    static Reason refusal(Path file, String password) {
        try {
            CorpusWalkTest.readAll(file, password);
            return null;
        } catch (ImportRefusedException e) {
            return e.reason();
        }
    }

    private Path xlsx(String name) throws Exception {
        Path f = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("金额");
            wb.write(out);
        }
        return f;
    }

    @Test
    void refusesWhatItCannotReadWithAReason() throws Exception {
        assertThat(refusal(dir.resolve("missing.xlsx"), null)).isEqualTo(Reason.NOT_FOUND);
        assertThat(refusal(dir, null)).isEqualTo(Reason.NOT_FOUND);
        assertThat(refusal(file("empty.xlsx", new byte[0]), null)).isEqualTo(Reason.EMPTY_FILE);
        assertThat(refusal(file("pic.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}), null))
                .isEqualTo(Reason.NOT_SPREADSHEET);
        assertThat(refusal(file("bin.csv", new byte[] {1, 2, 0, 5, 0, 7, 3, 3, 3, 0, 9}), null))
                .isEqualTo(Reason.NOT_SPREADSHEET);
        assertThat(refusal(file("x2003.xls", ("<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>")
                .getBytes(StandardCharsets.UTF_8)), null)).isEqualTo(Reason.EXCEL_2003_XML);
        assertThat(refusal(zip("book.xlsx", "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<x/>"), null)).isEqualTo(Reason.ODS);
        assertThat(refusal(zip("book.xlsx", "[Content_Types].xml", "<Types/>", "xl/workbook.bin", "x"), null))
                .isEqualTo(Reason.XLSB);
        assertThat(refusal(zip("photos.xlsx", "a.jpg", "jpeg"), null)).isEqualTo(Reason.NOT_SPREADSHEET);
        assertThat(refusal(file("latin1.csv", new byte[] {'a', ',', (byte) 0xFF, (byte) 0xFF, '\n', 'b', ',',
                (byte) 0x80, '\n'}), null)).isEqualTo(Reason.UNKNOWN_ENCODING);
    }

    @Test
    void recognisesByContentNotByName() throws Exception {
        Path xlsx = xlsx("real.xlsx");
        Path renamed = Files.copy(xlsx, dir.resolve("looks-like.csv"));
        assertThat(ReadHelper.rows(renamed, 0).get(0).cell(0).text()).isEqualTo("金额");
        Path csv = file("looks-like.xlsx", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(ReadHelper.rows(csv, 0)).hasSize(2);
    }

    @Test
    void truncatedOrMutatedFilesAreRefusedAsDamagedNeverCrash() throws Exception {
        byte[] good = Files.readAllBytes(xlsx("good.xlsx"));
        byte[] half = java.util.Arrays.copyOf(good, good.length / 2);
        assertThat(refusal(file("half.xlsx", half), null)).isEqualTo(Reason.DAMAGED);
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 40; i++) {
            byte[] bytes = good.clone();
            for (int k = 0; k < 20; k++) {
                bytes[8 + random.nextInt(bytes.length - 8)] = (byte) random.nextInt(256);
            }
            Path f = file("fuzz" + i + ".xlsx", bytes);
            Reason r = refusal(f, null); // any outcome but an escaping exception is fine
            assertThat(r == null || r == Reason.DAMAGED || r == Reason.NOT_SPREADSHEET).as(String.valueOf(r)).isTrue();
        }
    }

    @Test
    void mutatedXlsFilesReadOrAreRefusedNeverCrash() throws Exception {
        Path xls = dir.resolve("good.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                OutputStream out = Files.newOutputStream(xls)) {
            var sheet = wb.createSheet("表");
            for (int r = 0; r < 50; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("客户" + r);
                row.createCell(1).setCellValue(r * 1.5);
                row.createCell(2).setCellFormula("B" + (r + 1) + "*2");
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 1, 0, 1));
            wb.write(out);
        }
        byte[] good = Files.readAllBytes(xls);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 60; i++) {
            byte[] bytes = good.clone();
            for (int k = 0; k < 1 + i % 8; k++) {
                bytes[512 + random.nextInt(bytes.length - 512)] = (byte) random.nextInt(256);
            }
            Reason r = refusal(file("fuzz" + i + ".xls", bytes), null);
            assertThat(r == null || r == Reason.DAMAGED || r == Reason.NOT_SPREADSHEET || r == Reason.OLD_EXCEL
                    || r == Reason.PASSWORD_REQUIRED).as(String.valueOf(r)).isTrue();
        }
    }

    @Test
    void encryptedXlsxNeedsTheRightPassword() throws Exception {
        Path plain = xlsx("plain.xlsx");
        Path locked = dir.resolve("locked.xlsx");
        Path defaultLocked = dir.resolve("default.xlsx");
        encrypt(plain, locked, "回款2026");
        encrypt(plain, defaultLocked, "VelvetSweatshop");
        assertThat(ReadHelper.rows(locked, "回款2026", 0).get(0).cell(0).text()).isEqualTo("金额");
        assertThat(refusal(locked, null)).isEqualTo(Reason.PASSWORD_REQUIRED);
        assertThat(refusal(locked, "wrong")).isEqualTo(Reason.WRONG_PASSWORD);
        assertThat(ReadHelper.rows(defaultLocked, null, 0).get(0).cell(0).text()).isEqualTo("金额");
    }

    private static void encrypt(Path plain, Path target, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
    }

    private Path bigCsv(int rows) throws Exception {
        StringBuilder sb = new StringBuilder("编号,金额\n");
        for (int i = 0; i < rows; i++) {
            sb.append(i).append(',').append(i).append(".5\n");
        }
        return file("big.csv", sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void stopsWhenTheSinkSaysSoAndPassesSinkFailuresThrough() throws Exception {
        Path csv = bigCsv(100);
        try (SpreadsheetReader reader = Spreadsheets.open(csv, null)) {
            List<SheetRow> seen = new ArrayList<>();
            reader.read(0, r -> seen.add(r) && seen.size() < 3, () -> false);
            assertThat(seen).hasSize(3);
            assertThatThrownBy(() -> reader.read(0, r -> {
                throw new IllegalStateException("caller bug");
            }, () -> false)).isInstanceOf(IllegalStateException.class).hasMessage("caller bug");
        }
    }

    @Test
    void aReadIsCancelledWithinASecond() throws Exception {
        Path csv = bigCsv(2_000_000);
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicLong cancelledAt = new AtomicLong();
        AtomicLong rows = new AtomicLong();
        try (SpreadsheetReader reader = Spreadsheets.open(csv, null)) {
            Thread canceller = new Thread(() -> {
                while (rows.get() == 0) {
                    Thread.onSpinWait();
                }
                cancelledAt.set(System.nanoTime());
                cancel.set(true);
            });
            canceller.start();
            reader.read(0, r -> rows.incrementAndGet() > 0, cancel::get);
            long afterCancel = System.nanoTime() - cancelledAt.get();
            canceller.join();
            assertThat(Duration.ofNanos(afterCancel)).isLessThan(Duration.ofSeconds(1));
            assertThat(rows.get()).isLessThan(2_000_001);
        }
    }

    @Test
    void limitsRefuseTooLargeAndTooSlowReads() throws Exception {
        Path csv = bigCsv(100);
        assertThatThrownBy(() -> Spreadsheets.open(csv, null, Limits.DEFAULT.withMaxFileBytes(100)))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        try (SpreadsheetReader reader = Spreadsheets.open(csv, null, Limits.DEFAULT.withMaxRows(10))) {
            assertThatThrownBy(() -> reader.read(0, r -> true, () -> false))
                    .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        }
        // the limit is on the reading itself (slowed here where the reader checks for cancellation);
        // the time the caller's sink takes (e.g. writing the rows) does not count
        try (SpreadsheetReader reader = Spreadsheets.open(csv, null, Limits.DEFAULT.withMaxTime(Duration.ofMillis(300)))) {
            assertThatThrownBy(() -> reader.read(0, r -> true, () -> {
                sleep(20);
                return false;
            })).isInstanceOfSatisfying(ImportRefusedException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.TOO_SLOW));
        }
        try (SpreadsheetReader reader = Spreadsheets.open(csv, null, Limits.DEFAULT.withMaxTime(Duration.ofMillis(300)))) {
            int[] rows = {0};
            reader.read(0, r -> {
                sleep(20);
                rows[0]++;
                return true;
            }, () -> false);
            assertThat(rows[0]).isGreaterThan(15);
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
