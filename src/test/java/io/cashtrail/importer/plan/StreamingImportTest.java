package io.cashtrail.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Customer;
import io.cashtrail.domain.ImportChange;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.parse.SheetAnalyzer;
import io.cashtrail.importer.read.SheetRow;
import io.cashtrail.importer.read.SpreadsheetReader;
import io.cashtrail.importer.read.Spreadsheets;
import io.cashtrail.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast paths write what the plain ones would: batched inserts ({@link OpBatch}) the same
 * records, history and undo log as running each operation on its own, and the streaming import
 * ({@link ImportPipeline}, tiny chunks so records span them) the same as planning the whole sheet
 * and applying it.
 */
class StreamingImportTest {
    private static final String[] HEADER = {"序号", "客户名称", "合同编号", "订单编号", "签订日期", "合同金额(元)", "发货日期",
        "回款1", "回款日期1", "业务员", "备注"};

    @TempDir
    Path dir;

    /** Three sheets of one layout: customers merged down, contracts with several orders, payments, a subtotal, a problem. */
    private Path workbook() throws Exception {
        Map<String, Object[][]> sheets = new LinkedHashMap<>();
        for (int s = 1; s <= 2; s++) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 1; i <= 23; i++) {
                String customer = i % 4 == 1 ? "客户" + (i / 4) + "有限公司" : null;
                String contract = "HT-" + s + "-" + (i / 3);
                rows.add(new Object[] {i, customer, contract, contract + "-" + (i % 3), i % 2 == 0 ? LocalDate.of(2016, 1, i)
                    : "2016/2/" + i, (1000 + i) + ".50", i % 5 == 0 ? null : "2016年3月" + i + "日", i % 3 == 0 ? "1.2万" : null,
                    i % 3 == 0 ? "2016-04-0" + (1 + i % 9) : null, "张" + (i % 3), "第" + i + "行"});
                if (i % 10 == 0) {
                    rows.add(new Object[] {"小计", null, null, null, null, 99999});
                }
            }
            rows.add(new Object[] {99, "坏客户", "HT-BAD", "HT-BAD-1", "2016.13.01", "100"});
            sheets.put("2016年" + s + "月", rows.toArray(Object[][]::new));
        }
        Path file = dir.resolve("ledger.xlsx");
        return LedgerWorkbooks.write(file, HEADER, sheets);
    }

    private static List<SheetRow> rows(SpreadsheetReader r, int sheet) throws Exception {
        List<SheetRow> rows = new ArrayList<>();
        r.read(sheet, rows::add, () -> false);
        return rows;
    }

    private static ImportPlan wholePlan(Database db, Path file) throws Exception {
        try (SpreadsheetReader r = Spreadsheets.open(file, null)) {
            List<SheetInput> inputs = new ArrayList<>();
            SheetAnalysis first = null;
            for (int s = 0; s < r.sheets().size(); s++) {
                List<SheetRow> rows = rows(r, s);
                SheetAnalysis a = SheetAnalyzer.analyze(rows, List.of()).orElseThrow();
                first = first == null ? a : first;
                inputs.add(new SheetInput(r.sheets().get(s).name(), rows, a));
            }
            return ImportPlanner.plan(db, inputs, RecordKind.CONTRACT_LEDGER, () -> false);
        }
    }

    private static ImportPipeline.Result stream(Database db, Path file, int chunk) throws Exception {
        try (SpreadsheetReader r = Spreadsheets.open(file, null)) {
            SheetAnalyzer.Streaming s = new SheetAnalyzer.Streaming(List.of());
            r.read(0, row -> {
                s.accept(row);
                return true;
            }, () -> false);
            SheetAnalysis a = s.result().orElseThrow();
            assertThat(a).isEqualTo(SheetAnalyzer.analyze(rows(r, 0), List.of()).orElseThrow());
            return ImportPipeline.run(db, r, List.of(0, 1), a, RecordKind.CONTRACT_LEDGER, "ledger.xlsx", "x", () -> false,
                    chunk);
        }
    }

    /** Everything imported, without ids and timestamps (they differ between two databases only by order of insertion). */
    private static List<String> contents(Database db) {
        return contents(db, true);
    }

    /**
     * Without versions when comparing with a streaming import: a contract whose orders span chunks
     * gets its amount brought up to date by an update (the amount is the same, the version higher).
     */
    private static List<String> contents(Database db, boolean versions) {
        List<String> out = new ArrayList<>();
        Map<Long, String> customers = new LinkedHashMap<>();
        db.customers().all().forEach(c -> customers.put(c.id(), c.name()));
        Map<Long, String> contracts = new LinkedHashMap<>();
        db.contracts().all().forEach(c -> {
            contracts.put(c.id(), c.contractNo());
            out.add("contract " + c.contractNo() + " " + customers.get(c.customerId()) + " " + c.title() + " "
                    + c.signedDate() + " " + c.amount() + " " + c.owner() + " " + c.notes() + (versions ? " v" + c.version() : ""));
        });
        Map<Long, String> orders = new LinkedHashMap<>();
        db.orders().all().forEach(o -> {
            orders.put(o.id(), o.orderNo());
            out.add("order " + o.orderNo() + " " + contracts.get(o.contractId()) + " " + o.amount() + " " + o.owner() + " "
                    + o.stages() + " " + o.notes());
        });
        db.payments().all().forEach(p -> out.add("payment " + orders.get(p.orderId()) + " " + customers.get(p.customerId())
                + " " + p.receivedDate() + " " + p.amount() + " " + p.notes()));
        customers.values().forEach(c -> out.add("customer " + c));
        out.sort(null);
        return out;
    }

    /** An order's history without the times and line ids (which differ between two runs). */
    private static List<String> histories(Database db, long orderId) {
        return db.history().forOrder(orderId).stream().map(e -> e.entity() + " " + e.entityId() + " " + e.field() + " "
                + e.oldValue() + " " + e.newValue()).sorted().toList();
    }

    private static List<String> importLog(Database db) {
        long run = db.imports().runs().get(0).id();
        return db.imports().changes(run).stream().map(c -> c.entity() + " " + c.action() + " " + c.field() + " "
                + c.oldValue() + " " + c.newValue()).sorted().toList();
    }

    @Test
    void batchedWritesEqualOneOperationAtATime() throws Exception {
        Path file = workbook();
        try (Database batched = Database.open(dir.resolve("a")); Database single = Database.open(dir.resolve("b"))) {
            batched.customers().insert(Customer.named("客户1有限公司"));
            single.customers().insert(Customer.named("客户1有限公司"));
            ImportPlan p1 = wholePlan(batched, file);
            PlanApplier.apply(batched, p1, "ledger.xlsx", "x", r -> r.row() != 5);
            ImportPlan p2 = wholePlan(single, file);
            single.jdbi().useTransaction(h -> {
                long id = single.imports().start("ledger.xlsx", "x", "contractLedger", LocalDateTime.now());
                ApplyContext ctx = new ApplyContext(single, id);
                for (PlannedRow r : p2.rows()) {
                    if (r.row() != 5 && r.status() != RowStatus.PROBLEM && r.status() != RowStatus.SKIPPED) {
                        for (Op op : r.ops) {
                            op.run(ctx);
                        }
                    }
                }
                ctx.flushLog();
                single.imports().finish(id, LocalDateTime.now(), 0, 0, 0, 0, 0);
            });
            assertThat(contents(batched)).isEqualTo(contents(single)).isNotEmpty();
            assertThat(importLog(batched)).isEqualTo(importLog(single));
            Map<String, Integer> counts = new LinkedHashMap<>(batched.rowCounts());
            Map<String, Integer> singleCounts = new LinkedHashMap<>(single.rowCounts());
            assertThat(counts.remove("import_change")).isLessThan(singleCounts.remove("import_change"));
            // batched creations log no change_log line each: the histories take them from the import history
            assertThat(counts.remove("change_log")).isLessThan(singleCounts.remove("change_log"));
            assertThat(counts).isEqualTo(singleCounts);
            for (var o : single.orders().all()) {
                assertThat(histories(batched, o.id())).as(o.orderNo()).isEqualTo(histories(single, o.id()));
            }
            PlanApplier.undoLast(batched);
            assertThat(batched.customers().all()).extracting(Customer::name).containsExactly("客户1有限公司");
            assertThat(batched.contracts().all()).isEmpty();
        }
    }

    @Test
    void streamingInChunksEqualsPlanningTheWholeSheet() throws Exception {
        Path file = workbook();
        try (Database whole = Database.open(dir.resolve("a")); Database streamed = Database.open(dir.resolve("b"))) {
            ImportPlan plan = wholePlan(whole, file);
            var run = PlanApplier.apply(whole, plan, "ledger.xlsx", "x", r -> true);
            ImportPipeline.Result result = stream(streamed, file, 2);
            assertThat(contents(streamed, false)).isEqualTo(contents(whole, false));
            assertThat(result.run().created()).isEqualTo(run.created());
            assertThat(result.run().skipped()).isEqualTo(run.skipped());
            assertThat(result.run().rejected()).isEqualTo(run.rejected()).isPositive();
            assertThat(result.problems()).extracting(PlannedRow::row)
                    .isEqualTo(plan.problems().stream().map(PlannedRow::row).toList());
            assertThat(result.problems().get(0).cells()).isEqualTo(plan.problems().get(0).cells());

            ImportPipeline.Result again = stream(streamed, file, 3);
            ImportPlan wholeAgain = wholePlan(whole, file);
            assertThat(again.counts()).isEqualTo(wholeAgain.counts());
            PlanApplier.apply(whole, wholeAgain, "ledger.xlsx", "x", r -> true);
            assertThat(contents(streamed, false)).isEqualTo(contents(whole, false));

            PlanApplier.undoLast(streamed);
            PlanApplier.undoLast(streamed);
            assertThat(streamed.contracts().all()).isEmpty();
            assertThat(streamed.customers().all()).isEmpty();
            assertThat(streamed.imports().changes(result.run().id())).extracting(ImportChange::action)
                    .contains(ImportChange.Action.CREATED);
        }
    }

    @Test
    void aRecordRepeatedLongAfterItsChunkWasWrittenIsReadBackNotCreatedTwice() throws Exception {
        // HT-A's rows come back after several chunks of 2 rows have been written and the index compacted:
        // a second order, a later shipment date for its first order, a payment, the customer named again
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {1, "甲有限公司", "HT-A", "HT-A-1", "2016-01-05", "1000.50", null, null, null, "张伟", "首行"});
        for (int i = 2; i <= 9; i++) {
            rows.add(new Object[] {i, "乙有限公司" + i, "HT-B" + i, "HT-B" + i + "-1", "2016-02-0" + i, "200", null, null, null,
                "李娜", null});
        }
        rows.add(new Object[] {10, "甲有限公司", "HT-A", "HT-A-2", "2016-01-05", "1000.50", "2016-03-01", "500", "2016-04-01",
            "张伟", null});
        rows.add(new Object[] {11, "甲有限公司", "HT-A", "HT-A-1", "2016-01-05", "1000.50", "2016-03-09", null, null, "张伟", null});
        Path file = LedgerWorkbooks.write(dir.resolve("repeat.xlsx"), HEADER,
                Map.of("台账", rows.toArray(Object[][]::new)));
        try (Database whole = Database.open(dir.resolve("a")); Database streamed = Database.open(dir.resolve("b"))) {
            PlanApplier.apply(whole, wholePlanOfFirstSheet(whole, file), "repeat.xlsx", "x", r -> true);
            try (SpreadsheetReader r = Spreadsheets.open(file, null)) {
                SheetAnalysis a = SheetAnalyzer.analyze(rows(r, 0), List.of()).orElseThrow();
                ImportPipeline.run(streamed, r, List.of(0), a, RecordKind.CONTRACT_LEDGER, "repeat.xlsx", "x", () -> false, 2);
            }
            assertThat(contents(streamed, false)).isEqualTo(contents(whole, false));
            assertThat(streamed.contracts().all()).filteredOn(c -> c.contractNo().equals("HT-A")).hasSize(1);
            assertThat(streamed.customers().all()).filteredOn(c -> c.name().equals("甲有限公司")).hasSize(1);
            assertThat(streamed.orders().all()).filteredOn(o -> o.orderNo().startsWith("HT-A-"))
                    .extracting(o -> o.orderNo() + " " + o.stages().actual(io.cashtrail.domain.Stage.SHIPPED))
                    .containsExactlyInAnyOrder("HT-A-1 2016-03-09", "HT-A-2 2016-03-01");
            assertThat(streamed.payments().all()).singleElement()
                    .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("500"));
        }
    }

    private static ImportPlan wholePlanOfFirstSheet(Database db, Path file) throws Exception {
        try (SpreadsheetReader r = Spreadsheets.open(file, null)) {
            List<SheetRow> rows = rows(r, 0);
            SheetAnalysis a = SheetAnalyzer.analyze(rows, List.of()).orElseThrow();
            return ImportPlanner.plan(db, List.of(new SheetInput(r.sheets().get(0).name(), rows, a)),
                    RecordKind.CONTRACT_LEDGER, () -> false);
        }
    }

    @Test
    void anImportCancelledAfterSomeChunksLeavesNothing() throws Exception {
        Path file = workbook();
        try (Database db = Database.open(dir.resolve("a"))) {
            try (SpreadsheetReader r = Spreadsheets.open(file, null)) {
                SheetAnalysis a = SheetAnalyzer.analyze(rows(r, 0), List.of()).orElseThrow();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImportPipeline.run(db, r, List.of(0), a,
                        RecordKind.CONTRACT_LEDGER, "ledger.xlsx", "x", () -> db.contracts().all().size() > 3, 2))
                        .isInstanceOf(java.util.concurrent.CancellationException.class);
            }
            assertThat(db.contracts().all()).isEmpty();
            assertThat(db.imports().runs()).isEmpty();
        }
    }
}
