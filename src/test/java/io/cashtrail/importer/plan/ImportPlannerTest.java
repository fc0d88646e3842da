package io.cashtrail.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Customer;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.parse.SheetAnalyzer;
import io.cashtrail.importer.read.SheetRow;
import io.cashtrail.importer.read.SpreadsheetReader;
import io.cashtrail.importer.read.Spreadsheets;
import io.cashtrail.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPlannerTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static ImportPlan plan(Database db, Path file, RecordKind kind) throws Exception {
        try (SpreadsheetReader r = Spreadsheets.open(file, null)) {
            List<SheetRow> rows = new ArrayList<>();
            r.read(0, rows::add, () -> false);
            SheetAnalysis a = SheetAnalyzer.analyze(rows, List.of()).orElseThrow();
            return ImportPlanner.plan(db, List.of(new SheetInput(r.sheets().get(0).name(), rows, a)),
                    kind == null ? a.kind() : kind, () -> false);
        }
    }

    static PlannedRow row(ImportPlan p, int excelRow) {
        return p.rows().stream().filter(r -> r.row() == excelRow).findFirst().orElseThrow();
    }

    @Test
    void everyRowBelowTheHeaderGetsAStatus() throws Exception {
        ImportPlan p = plan(db, LedgerWorkbooks.ledger(dir, "a.xlsx", true), null);
        assertThat(p.kind()).isEqualTo(RecordKind.CONTRACT_LEDGER);
        assertThat(p.rows()).extracting(PlannedRow::row).containsExactly(3, 4, 5, 6, 7);
        assertThat(row(p, 3).status()).isEqualTo(RowStatus.NEW);
        assertThat(row(p, 4).status()).isEqualTo(RowStatus.NEW);
        assertThat(row(p, 5).status()).isEqualTo(RowStatus.SKIPPED);
        assertThat(row(p, 5).skipReason()).isEqualTo("import.rowKind.subtotal");
        assertThat(row(p, 6).status()).isEqualTo(RowStatus.PROBLEM);
        assertThat(row(p, 7).status()).isEqualTo(RowStatus.NEW);
    }

    @Test
    void aBadDateIsAProblemNamingRowColumnAndValue() throws Exception {
        ImportPlan p = plan(db, LedgerWorkbooks.ledger(dir, "a.xlsx", true), null);
        RowProblem problem = row(p, 6).problems().get(0);
        assertThat(problem.isError()).isTrue();
        assertThat(problem.row()).isEqualTo(6);
        assertThat(problem.column()).isEqualTo("签订日期");
        assertThat(problem.key()).startsWith("import.problem.");
        assertThat(problem.args()).contains("2016.13.01");
        assertThat(problem.describe()).contains("6").contains("签订日期").contains("2016.13.01");
        assertThat(row(p, 6).cells()).contains("2016.13.01", "HT-2016-003");
    }

    @Test
    void unmappedColumnsGoIntoTheOrderNotes() throws Exception {
        ImportPlan p = plan(db, LedgerWorkbooks.ledger(dir, "a.xlsx", false), null);
        Op.CreateOrder order = row(p, 3).ops.stream().filter(o -> o instanceof Op.CreateOrder)
                .map(o -> (Op.CreateOrder) o).findFirst().orElseThrow();
        assertThat(order.draft.notes()).contains("机型: A100");
        assertThat(order.draft.orderNo()).isEqualTo("HT-2016-001-01");
    }

    @Test
    void aSimilarCustomerNameIsASuggestionNotAMerge() throws Exception {
        db.customers().insert(Customer.named("宁波港集团有限公司"));
        ImportPlan p = plan(db, LedgerWorkbooks.ledger(dir, "a.xlsx", false), null);
        assertThat(row(p, 3).status()).isEqualTo(RowStatus.NEW);
        assertThat(row(p, 3).problems()).anySatisfy(w -> {
            assertThat(w.isError()).isFalse();
            assertThat(w.key()).isEqualTo("import.plan.similarCustomer");
            assertThat(w.args()).containsExactly("宁波港集团", "宁波港集团有限公司");
        });
        assertThat(row(p, 3).ops).anyMatch(o -> o instanceof Op.CreateCustomer);
    }

    @Test
    void aCustomerIsMatchedByAliasIgnoringWidthAndSpaces() throws Exception {
        db.customers().insert(new Customer(0, "宁波舟山港股份有限公司", "宁波港集团, 宁波港", null, null, null, null,
                null, null, null, 0, null, null));
        ImportPlan p = plan(db, LedgerWorkbooks.ledger(dir, "a.xlsx", false), null);
        assertThat(row(p, 3).ops).noneMatch(o -> o instanceof Op.CreateCustomer);
        assertThat(row(p, 3).problems()).isEmpty();
    }
}
