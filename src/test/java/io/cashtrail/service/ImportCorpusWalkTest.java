package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.plan.ImportPlan;
import io.cashtrail.importer.plan.RowStatus;
import io.cashtrail.importer.read.SheetInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks every file of the shared corpus (../shared/corpus/business and poi) through the whole
 * import short of writing: open, then for every visible sheet analyse and plan (a dry run) into a
 * fresh data folder. Each file must, within 30 s, give for each sheet either a plan whose counts
 * add up to its rows or an {@link ImportRefusal} with a one-line reason in English and in Chinese;
 * nothing else may be thrown.
 */
class ImportCorpusWalkTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Pattern PASSWORD = Pattern.compile("password '([^']+)'");
    private static final BooleanSupplier NEVER = () -> false;

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyCorpusFilePlansOrIsRefusedWithAReason() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("business")) || Files.isDirectory(CORPUS.resolve("poi")),
                "corpus folder missing");
        Map<String, String> passwords = passwords();
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("business", "poi")) {
            if (Files.isDirectory(CORPUS.resolve(folder))) {
                try (Stream<Path> s = Files.list(CORPUS.resolve(folder))) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            }
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> {
            String name = CORPUS.relativize(f).toString().replace('\\', '/');
            return DynamicTest.dynamicTest(name, () -> Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> walk(f, name, passwords.get(name))));
        });
    }

    private void walk(Path file, String name, String password) {
        Path data = dir.resolve("data-" + Integer.toHexString(name.hashCode()));
        List<String> outcome = new ArrayList<>();
        try (Workspace ws = Workspace.open(data)) {
            ImportService imports = ws.imports();
            ImportFile f;
            try {
                f = imports.open(file, password);
            } catch (ImportRefusal e) {
                System.out.println("IMPORTWALK\t" + name + "\trefused: " + oneLine(e));
                return;
            }
            try (f) {
                for (SheetInfo s : f.sheets()) {
                    if (!s.hidden()) {
                        outcome.add(s.name() + ": " + sheet(imports, f, s.index()));
                    }
                }
            }
        }
        System.out.println("IMPORTWALK\t" + name + "\t" + String.join(" | ", outcome));
    }

    /** Analyses and plans one sheet; returns the counts or the refusal. */
    private static String sheet(ImportService imports, ImportFile f, int index) {
        try {
            SheetAnalysis analysis = imports.analyze(f, index, NEVER);
            ImportPreview p = imports.plan(f, List.of(index), analysis, analysis.kind(), NEVER);
            ImportPlan plan = p.plan();
            int sum = 0;
            for (RowStatus st : RowStatus.values()) {
                sum += plan.count(st);
            }
            assertThat(sum).as("counts add up").isEqualTo(plan.rows().size());
            assertThat(p.created() + p.updated() + p.unchanged() + p.skipped() + p.rejected())
                    .isEqualTo(plan.rows().size());
            assertThat(plan.rows()).allSatisfy(r -> assertThat(r.row()).isPositive());
            p.problemLines(10).forEach(l -> assertThat(l).isNotBlank());
            return analysis.kind().key() + " " + p.created() + " new, " + p.updated() + " updated, " + p.unchanged()
                    + " unchanged, " + p.skipped() + " skipped, " + p.rejected() + " rejected";
        } catch (ImportRefusal e) {
            return "refused: " + oneLine(e);
        }
    }

    /** The refusal's reason in both languages, each non-blank, on one line and not a bare key. */
    private static String oneLine(ImportRefusal e) {
        Locale before = Messages.locale();
        try {
            List<String> texts = new ArrayList<>();
            for (Locale l : List.of(Messages.ENGLISH, Messages.CHINESE)) {
                Messages.use(l);
                String m = e.getLocalizedMessage();
                assertThat(m).as("message of %s in %s", e.key(), l).isNotBlank().doesNotContain("\n")
                        .isNotEqualTo(e.key());
                assertThat(Messages.has(e.key())).as("key %s", e.key()).isTrue();
                texts.add(m);
            }
            assertThat(texts.get(1)).as("Chinese message of %s", e.key()).isNotEqualTo(texts.get(0));
            return e.key() + " — " + texts.get(0);
        } finally {
            Messages.use(before);
        }
    }

    private static Map<String, String> passwords() throws IOException {
        Map<String, String> m = new HashMap<>();
        Path manifest = CORPUS.resolve("MANIFEST.tsv");
        if (Files.isRegularFile(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t");
                if (cols.length >= 3 && cols[1].equals("encrypted")) {
                    Matcher mt = PASSWORD.matcher(cols[2]);
                    if (mt.find()) {
                        m.put(cols[0], mt.group(1));
                    }
                }
            }
        }
        return m;
    }
}
