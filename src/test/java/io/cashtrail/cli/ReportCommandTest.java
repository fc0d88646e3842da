package io.cashtrail.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportCommandTest extends CliCase {
    private Locale before;

    @BeforeEach
    void demo() {
        before = Messages.locale();
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            ws.loadDemoData(5);
        }
    }

    @AfterEach
    void restore() {
        Messages.use(before);
    }


    private void assertOneLineReason() {
        String e = err.toString().strip();
        assertThat(e).isNotEmpty().doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void writesAgingForecastAndOrdersInEachFormat() throws Exception {
        Path aging = dir.resolve("aging.xlsx");
        assertThat(run("report", "aging", "--as-of", "2026-11-27", "--basis", "invoice", "--by", "owner", "--out",
                aging.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("aging.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(aging.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
        }
        Path csv = dir.resolve("aging.csv");
        assertThat(run("report", "aging", "--out", csv.toString(), "--gbk")).isZero();
        assertThat(Files.readAllBytes(csv)[0]).isNotEqualTo((byte) 0xEF);
        Path forecast = dir.resolve("forecast.csv");
        assertThat(run("report", "forecast", "--by", "customer", "--out", forecast.toString())).isZero();
        assertThat(Files.readAllBytes(forecast)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        Path orders = dir.resolve("orders.csv");
        assertThat(run("export", "orders", "--out", orders.toString())).isZero();
        List<String> all = Files.readAllLines(orders, StandardCharsets.UTF_8);
        String firstContract = all.get(1).split(",")[0];
        assertThat(run("export", "orders", "--filter", firstContract, "--out", orders.toString())).isZero();
        List<String> some = Files.readAllLines(orders, StandardCharsets.UTF_8);
        assertThat(some.size()).isLessThan(all.size());
        assertThat(some.subList(1, some.size() - 1)).allSatisfy(l -> assertThat(l).startsWith(firstContract));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("report")).isEqualTo(2);
        assertThat(run("export")).isEqualTo(2);
        assertThat(run("report", "aging")).isEqualTo(2);
        assertThat(run("report", "aging", "--out", dir.resolve("a.txt").toString())).isEqualTo(2);
        assertThat(run("report", "aging", "--basis", "paid", "--out", dir.resolve("a.xlsx").toString())).isEqualTo(2);
        assertThat(run("report", "aging", "--by", "region", "--out", dir.resolve("a.xlsx").toString())).isEqualTo(2);
        assertThat(run("report", "aging", "--as-of", "tomorrow", "--out", dir.resolve("a.xlsx").toString()))
                .isEqualTo(2);
        assertThat(run("report", "forecast", "--by", "x", "--out", dir.resolve("f.pdf").toString())).isEqualTo(2);
        assertThat(run("export", "orders", "--out", dir.resolve("o.doc").toString())).isEqualTo(2);
        assertThat(dir.resolve("a.xlsx")).doesNotExist();
    }

    @Test
    void aTargetThatCannotBeWrittenExitsWithOneAndAOneLineReason() throws Exception {
        Path locked = dir.resolve("locked.xlsx");
        Files.writeString(locked, "open elsewhere");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
        assertThat(run("report", "aging", "--out", locked.toString())).isEqualTo(1);
        assertOneLineReason();
        assertThat(err.toString()).contains("locked.xlsx");
        assertThat(Files.readString(locked)).isEqualTo("open elsewhere");
        assertThat(run("export", "orders", "--out", dir.resolve("no/such/folder/o.xlsx").toString())).isEqualTo(1);
        assertOneLineReason();
        Path template = Files.writeString(dir.resolve("t.xlsx"), "x");
        assertThat(run("report", "aging", "--template", template.toString(), "--out", dir.resolve("t-out.xlsx")
                .toString())).isEqualTo(1);
        assertOneLineReason();
        assertThat(dir.resolve("t-out.xlsx")).doesNotExist();
    }

    @Test
    void agingThroughTheShippedTemplateMatchesTheAppsTotal() throws Exception {
        Path template = dir.resolve("aging-zh_CN.xlsx");
        try (var in = getClass().getResourceAsStream("/io/cashtrail/report/template/aging-zh_CN.xlsx")) {
            Files.copy(in, template);
        }
        Path outFile = dir.resolve("templated.xlsx");
        assertThat(run("report", "aging", "--as-of", "2026-11-27", "--template", template.toString(), "--out",
                outFile.toString())).as(err.toString()).isZero();
        java.math.BigDecimal expected;
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            expected = ws.collections().aging(ws.collections().load(), java.time.LocalDate.of(2026, 11, 27),
                    io.cashtrail.service.AgingReport.Basis.DUE, ws.collections().agingBuckets(),
                    io.cashtrail.service.ForecastReport.GroupBy.CUSTOMER)
                    .total();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(outFile.toFile())) {
            var numbers = new java.util.ArrayList<java.math.BigDecimal>();
            wb.getSheetAt(0).forEach(r -> r.forEach(c -> {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        || c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                        && c.getCachedFormulaResultType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    numbers.add(java.math.BigDecimal.valueOf(c.getNumericCellValue()).setScale(2,
                            java.math.RoundingMode.HALF_UP));
                }
            }));
            assertThat(numbers).contains(expected.setScale(2));
        }
        assertThat(run("report", "aging", "--template", template.toString(), "--out", dir.resolve("t.csv").toString()))
                .isEqualTo(1);
        assertOneLineReason();
    }
}
