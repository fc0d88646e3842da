package io.cashtrail.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cashtrail.importer.read.ImportRefusedException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks every file of the shared corpus (../shared/corpus, described by MANIFEST.tsv): each file
 * either reads completely or is refused with the reason its category calls for, within 30 s, and
 * no file is changed by reading it.
 */
class CorpusWalkTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Pattern PASSWORD = Pattern.compile("password '([^']+)'");
    private static final Set<String> READABLE = Set.of("business", "normal", "date-1904", "many-sheets", "formulas",
            "inline-strings", "rich-text", "cjk", "unicode", "hidden", "huge-dimensions", "macro", "real-world-web");

    record Entry(String file, String category, String description) {
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileReadsOrIsRefusedForItsReason() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("MANIFEST.tsv")), "corpus folder missing");
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length >= 3 && !cols[0].equals("file")) {
                entries.add(new Entry(cols[0], cols[1], cols[2]));
            }
        }
        try (Stream<Path> files = Files.walk(CORPUS)) {
            long listed = files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().matches(
                    "MANIFEST.tsv|README.md")).count();
            assertThat(entries).hasSize((int) listed);
        }
        return entries.stream().map(e -> DynamicTest.dynamicTest(e.category() + " " + e.file(),
                () -> Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> check(e))));
    }

    private void check(Entry e) throws Exception {
        Path file = CORPUS.resolve(e.file());
        String before = sha256(file);
        Matcher m = PASSWORD.matcher(e.description());
        String password = m.find() ? m.group(1) : null;
        String outcome;
        switch (e.category()) {
            case "old-format" -> outcome = expectRefused(file, null, Reason.OLD_EXCEL);
            case "xlsb" -> outcome = expectRefused(file, null, Reason.XLSB);
            case "not-spreadsheet" -> outcome = expectRefused(file, null, Reason.NOT_SPREADSHEET);
            case "corrupt" -> outcome = expectRefused(file, null, Reason.DAMAGED);
            case "encrypted" -> {
                assertThat(password).as("password in the description").isNotNull();
                outcome = readAll(file, password);
                if (!password.equals("VelvetSweatshop")) {
                    outcome += "; no password: " + expectRefused(file, null, Reason.PASSWORD_REQUIRED)
                            + "; wrong: " + expectRefused(file, "not-" + password, Reason.WRONG_PASSWORD);
                }
            }
            case "strict-ooxml" -> outcome = readOrRefused(file, Reason.STRICT_OOXML);
            default -> {
                assertThat(READABLE).as("known category").contains(e.category());
                outcome = readAll(file, null);
            }
        }
        assertThat(sha256(file)).as("file unchanged").isEqualTo(before);
        System.out.println("CORPUS\t" + e.file() + "\t" + e.category() + "\t" + outcome);
    }

    /** Opens and reads every sheet; returns a summary "N sheets, R rows". */
    static String readAll(Path file, String password) throws ImportRefusedException {
        try (SpreadsheetReader reader = Spreadsheets.open(file, password)) {
            int[] rows = {0};
            for (SheetInfo sheet : reader.sheets()) {
                reader.read(sheet.index(), row -> {
                    rows[0]++;
                    return true;
                }, () -> false);
            }
            return "read: " + reader.sheets().size() + " sheets, " + rows[0] + " rows";
        }
    }

    private static String expectRefused(Path file, String password, Reason reason) {
        try {
            String r = readAll(file, password);
            fail("expected " + reason + " but " + r);
            return r;
        } catch (ImportRefusedException ex) {
            assertThat(ex.reason()).as(ex.getMessage()).isEqualTo(reason);
            return "refused " + reason;
        }
    }

    private static String readOrRefused(Path file, Reason reason) {
        try {
            return readAll(file, null);
        } catch (ImportRefusedException ex) {
            assertThat(ex.reason()).as(ex.getMessage()).isEqualTo(reason);
            return "refused " + reason;
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
