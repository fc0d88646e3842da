package io.cashtrail.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.importer.plan.LedgerWorkbooks;
import io.cashtrail.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ImportCommandTest extends CliCase {

    private int rows(String table) {
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            return ws.rowCounts().get(table);
        }
    }

    private void assertOneLineReason() {
        String e = err.toString().strip();
        assertThat(e).isNotEmpty().doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void importsAFileAndListsAndUndoesIt() throws Exception {
        Path file = LedgerWorkbooks.ledger(dir, "台账.xlsx", true);
        assertThat(run("import", file.toString())).isZero();
        assertThat(out.toString()).contains("3").contains("2016.13.01");
        assertThat(rows("sales_order")).isEqualTo(3);
        assertThat(run("imports")).isZero();
        assertThat(out.toString()).contains("台账.xlsx");
        assertThat(run("import", file.toString())).isZero();
        assertThat(rows("sales_order")).isEqualTo(3);
        assertThat(run("undo-import", "1")).isEqualTo(1);
        assertThat(err.toString()).contains("2");
        assertOneLineReason();
        assertThat(run("undo-import", "2")).isZero();
        assertThat(run("undo-import")).isZero();
        assertThat(rows("sales_order")).isZero();
        assertThat(rows("customer")).isZero();
        assertThat(run("undo-import")).isEqualTo(1);
        assertOneLineReason();
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        Path problems = dir.resolve("problems.xlsx");
        assertThat(run("import", LedgerWorkbooks.ledger(dir, "a.xlsx", true).toString(), "--dry-run",
                "--problems", problems.toString(), "--kind", "contract-ledger")).isZero();
        assertThat(rows("sales_order")).isZero();
        assertThat(rows("import_run")).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(problems.toFile())) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void refusedFilesExitWithOneAndAOneLineReason() throws Exception {
        Path png = dir.resolve("logo.xlsx");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThat(run("import", png.toString())).isEqualTo(1);
        assertOneLineReason();
        Path corrupt = dir.resolve("broken.xlsx");
        Files.write(corrupt, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThat(run("import", corrupt.toString())).isEqualTo(1);
        assertOneLineReason();
        assertThat(run("import", dir.resolve("missing.xlsx").toString())).isEqualTo(1);
        assertOneLineReason();
        assertThat(rows("import_run")).isZero();
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Path file = LedgerWorkbooks.ledger(dir, "a.xlsx", false);
        assertThat(run("import")).isEqualTo(2);
        assertThat(run("import", file.toString(), "--sheet", "x", "--all-sheets")).isEqualTo(2);
        assertThat(run("import", file.toString(), "--kind", "nonsense")).isEqualTo(2);
        assertThat(run("undo-import", "abc")).isEqualTo(2);
        assertThat(run("import", file.toString(), "--sheet", "nope")).isEqualTo(1);
        assertOneLineReason();
    }

    @Test
    void everyBusinessCorpusFileEitherPlansOrIsRefusedClearly() throws Exception {
        Path corpus = Path.of("..", "shared", "corpus", "business");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus not available");
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            int code = run("import", f.toAbsolutePath().toString(), "--dry-run");
            assertThat(code).as(f + ": " + err).isIn(0, 1);
            if (code == 1) {
                assertOneLineReason();
            } else {
                assertThat(out.toString()).as(f.toString()).isNotBlank();
            }
        }
        assertThat(rows("import_run")).isZero();
        assertThat(rows("sales_order")).isZero();
    }
}
