package io.cashtrail.importer.plan;

import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.store.Database;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shared steps of the per-kind import tests: a database with the standard ledger imported
 * (contracts HT-2016-001 … 004 with one order each, and HT-7 with orders HT-7-A and HT-7-B), and
 * writing, planning and applying a one-sheet workbook (title row 1, header row 2, data from row 3).
 */
final class KindFixtures {
    private KindFixtures() {
    }

    static void baseLedger(Database db, Path dir) throws Exception {
        apply(db, ImportPlannerTest.plan(db, LedgerWorkbooks.ledger(dir, "base.xlsx", false), RecordKind.CONTRACT_LEDGER));
        String[] header = {"客户名称", "合同编号", "订单号", "金额"};
        Map<String, Object[][]> sheets = new LinkedHashMap<>();
        sheets.put("订单", new Object[][] {{"宁波港集团", "HT-7", "HT-7-A", 1000}, {"宁波港集团", "HT-7", "HT-7-B", 2000}});
        apply(db, ImportPlannerTest.plan(db, LedgerWorkbooks.write(dir.resolve("ht7.xlsx"), header, sheets),
                RecordKind.CONTRACT_LEDGER));
    }

    static Path sheet(Path dir, String name, String[] header, Object[][] rows) throws Exception {
        Map<String, Object[][]> sheets = new LinkedHashMap<>();
        sheets.put("Sheet1", rows);
        return LedgerWorkbooks.write(dir.resolve(name), header, sheets);
    }

    static io.cashtrail.domain.ImportRun apply(Database db, ImportPlan plan) {
        return PlanApplier.apply(db, plan, "test.xlsx", "0", r -> true);
    }

    /** The data cells of a table whose last column is the expected outcome. */
    static Object[][] data(Object[][] table) {
        Object[][] out = new Object[table.length][];
        for (int i = 0; i < table.length; i++) {
            out[i] = java.util.Arrays.copyOf(table[i], table[i].length - 1);
        }
        return out;
    }

    /** The expected outcome of table row i: a RowStatus, or the message key of the row's first problem. */
    static Object expected(Object[][] table, int i) {
        return table[i][table[i].length - 1];
    }

    /** Checks every row of the plan (data from Excel row 3) against the table's expectations. */
    static void check(ImportPlan p, Object[][] table) {
        for (int i = 0; i < table.length; i++) {
            PlannedRow r = ImportPlannerTest.row(p, i + 3);
            Object want = expected(table, i);
            String where = "row " + (i + 3) + " " + r.problems().stream().map(RowProblem::key).toList();
            if (want instanceof RowStatus s) {
                org.assertj.core.api.Assertions.assertThat(r.status()).as(where).isEqualTo(s);
            } else {
                org.assertj.core.api.Assertions.assertThat(r.problems()).as(where)
                        .anySatisfy(x -> org.assertj.core.api.Assertions.assertThat(x.key()).isEqualTo(want));
                if (want.toString().startsWith("importkinds.order") || want.equals("import.plan.missing")) {
                    org.assertj.core.api.Assertions.assertThat(r.status()).as(where).isEqualTo(RowStatus.PROBLEM);
                }
            }
        }
    }
}
