package io.cashtrail.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.service.Workspace;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a child process in the middle of an import: the database must be as before or fully imported. */
class ImportKillTest {
    private static final int ROWS = 20_000;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesTheDatabaseAsItWas() throws Exception {
        Path file = dir.resolve("big.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet s = wb.createSheet("台账");
            String[] header = {"客户名称", "合同编号", "签订日期", "合同金额", "发货日期"};
            Row h = s.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= ROWS; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue("客户" + (r % 300));
                row.createCell(1).setCellValue("HT-" + r);
                row.createCell(2).setCellValue("2016-03-" + (10 + r % 18));
                row.createCell(3).setCellValue((r * 37 % 100000) + ".25");
                row.createCell(4).setCellValue("2016/05/" + (10 + r % 18));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        Path data = dir.resolve("data");
        try (Workspace ws = Workspace.open(data)) {
            ws.customers().save(io.cashtrail.domain.Customer.named("已有客户"));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.cashtrail.app.Launcher",
                "--data-dir", data.toString(), "import", file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path backups = data.resolve("backups");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && !hasImportBackup(backups) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(500);
        boolean killed = child.isAlive();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try (Workspace ws = Workspace.open(data)) {
            var counts = ws.rowCounts();
            if (killed && counts.get("import_run") == 0) {
                assertThat(counts).containsEntry("customer", 1).containsEntry("contract", 0)
                        .containsEntry("sales_order", 0).containsEntry("import_change", 0);
            } else {
                assertThat(counts).containsEntry("customer", 301).containsEntry("contract", ROWS)
                        .containsEntry("sales_order", ROWS).containsEntry("import_run", 1);
            }
        }
    }

    private static boolean hasImportBackup(Path backups) throws Exception {
        if (!Files.isDirectory(backups)) {
            return false;
        }
        try (Stream<Path> s = Files.list(backups)) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            return names.stream().anyMatch(n -> n.contains("before-import"));
        }
    }
}
