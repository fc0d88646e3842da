package io.cashtrail.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.bench.ImportBench;
import io.cashtrail.importer.plan.LedgerWorkbooks;
import io.cashtrail.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * {@code import FILE} streams (plans and writes chunk by chunk) and prints the same summary as the
 * dry run's whole-file preview: counts, problem lines, problem rows saved, exit codes.
 */
class ImportCommandStreamingTest extends CliCase {

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void aGeneratedLedgerImportsWithTheDryRunsSummaryAndAgainAsUnchanged() throws Exception {
        Path file = dir.resolve("合同台账-3000.xlsx");
        ImportBench.generate(file, 3000);
        assertThat(run("import", file.toString(), "--dry-run")).isZero();
        List<String> preview = lines();
        assertThat(run("import", file.toString())).isZero();
        List<String> imported = lines();
        // the same summary lines, then "imported" instead of "dry run"
        assertThat(imported.subList(0, imported.size() - 1)).isEqualTo(preview.subList(0, preview.size() - 1));
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            assertThat(ws.rowCounts().get("sales_order")).isEqualTo(3000);
            assertThat(ws.imports().history()).hasSize(1);
        }
        assertThat(run("import", file.toString(), "--dry-run")).isZero();
        List<String> again = lines();
        assertThat(run("import", file.toString())).isZero();
        assertThat(lines().subList(0, lines().size() - 1)).isEqualTo(again.subList(0, again.size() - 1));
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            assertThat(ws.rowCounts().get("sales_order")).isEqualTo(3000);
        }
    }

    @Test
    void problemRowsAndLinesAreTheDryRunsAndAFileWithNothingImportableWritesNothing() throws Exception {
        Path file = LedgerWorkbooks.ledger(dir, "台账.xlsx", true);
        Path fromPreview = dir.resolve("preview-problems.xlsx");
        Path fromImport = dir.resolve("import-problems.xlsx");
        assertThat(run("import", file.toString(), "--dry-run", "--problems", fromPreview.toString())).isZero();
        List<String> preview = lines();
        assertThat(run("import", file.toString(), "--problems", fromImport.toString())).isZero();
        List<String> imported = lines();
        assertThat(imported.get(imported.size() - 2).replace(fromImport.toString(), "OUT"))
                .isEqualTo(preview.get(preview.size() - 2).replace(fromPreview.toString(), "OUT"));
        assertThat(imported.subList(0, imported.size() - 2)).isEqualTo(preview.subList(0, preview.size() - 2));
        assertThat(out.toString()).contains("2016.13.01");
        try (XSSFWorkbook a = new XSSFWorkbook(Files.newInputStream(fromPreview));
                XSSFWorkbook b = new XSSFWorkbook(Files.newInputStream(fromImport))) {
            assertThat(b.getSheetAt(0).getLastRowNum()).isEqualTo(a.getSheetAt(0).getLastRowNum()).isPositive();
        }

        Path bad = LedgerWorkbooks.write(dir.resolve("坏.xlsx"), new Object[][] {
            {"1", "华东电力", "HT-1", "2016.13.01", "100", null, null, null, null, null, null, null},
        });
        assertThat(run("import", bad.toString(), "--kind", "contractLedger")).isEqualTo(1);
        assertThat(err.toString().strip()).isNotEmpty().doesNotContain("\n");
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            assertThat(ws.imports().history()).hasSize(1);
        }
    }
}
