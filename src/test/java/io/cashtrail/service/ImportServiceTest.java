package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.ImportRun;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Payment;
import io.cashtrail.domain.Stage;
import io.cashtrail.importer.plan.FieldChange;
import io.cashtrail.importer.plan.LedgerWorkbooks;
import io.cashtrail.importer.plan.PlannedRow;
import io.cashtrail.importer.plan.RowStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        if (ws != null) {
            ws.close();
        }
    }

    private ImportPreview preview(Path file, String kind) {
        ImportFile f = ws.imports().open(file, null);
        return ws.imports().preview(f, null, false, kind);
    }

    private ImportRun importFile(Path file) {
        ImportPreview p = preview(file, null);
        try (ImportFile f = p.file()) {
            return ws.imports().apply(p);
        }
    }

    private OrderSummary order(String contractNo) {
        return ws.orders().summaries().stream().filter(s -> s.contractNo().equals(contractNo)).findFirst().orElseThrow();
    }

    /** Row counts of the business tables (the change log and the import history only grow). */
    private Map<String, Integer> businessCounts() {
        Map<String, Integer> m = new LinkedHashMap<>(ws.rowCounts());
        m.keySet().removeAll(List.of("change_log", "import_run", "import_change"));
        return m;
    }

    @Test
    void importCreatesCustomersContractsOrdersAndPaymentsToTheCent() throws Exception {
        ImportRun run = importFile(LedgerWorkbooks.ledger(dir, "a.xlsx", false));
        assertThat(run.created()).isEqualTo(4);
        assertThat(run.skipped()).isEqualTo(1);
        assertThat(run.rejected()).isZero();
        assertThat(run.sha256()).hasSize(64);
        assertThat(ws.rowCounts()).containsEntry("customer", 2).containsEntry("contract", 4)
                .containsEntry("sales_order", 4).containsEntry("payment", 3);
        OrderSummary first = order("HT-2016-001");
        assertThat(first.orderNo()).isEqualTo("HT-2016-001-01");
        assertThat(first.customerName()).isEqualTo("宁波港集团");
        assertThat(first.amount()).isEqualByComparingTo("1234567.89");
        assertThat(first.received()).isEqualTo(new BigDecimal("625000.00"));
        assertThat(first.stages().actual(Stage.CONTRACT_SIGNED)).isEqualTo(LocalDate.of(2016, 3, 15));
        assertThat(first.stages().actual(Stage.SHIPPED)).isEqualTo(LocalDate.of(2016, 5, 20));
        OrderSummary second = order("HT-2016-002");
        assertThat(second.customerName()).isEqualTo("宁波港集团");
        assertThat(second.amount()).isEqualTo(new BigDecimal("80000.50"));
        assertThat(second.stages().actual(Stage.CONTRACT_SIGNED)).isEqualTo(LocalDate.of(2016, 4, 8));
        assertThat(order("HT-2016-004").stages().actual(Stage.CONTRACT_SIGNED)).isEqualTo(LocalDate.of(2016, 7, 1));
        List<Payment> paid = ws.orders().detail(first.orderId()).payments();
        assertThat(paid).extracting(Payment::receivedDate)
                .containsExactlyInAnyOrder(LocalDate.of(2016, 4, 1), LocalDate.of(2016, 6, 30));
        assertThat(ws.orders().detail(first.orderId()).order().notes()).contains("机型: A100");
        assertThat(ws.imports().history()).extracting(ImportRun::id).containsExactly(run.id());
    }

    @Test
    void importingTheSameFileTwiceCreatesNothingTheSecondTime() throws Exception {
        Path file = LedgerWorkbooks.ledger(dir, "a.xlsx", false);
        importFile(file);
        Map<String, Integer> before = businessCounts();
        ImportPreview again = preview(file, null);
        try (ImportFile f = again.file()) {
            assertThat(again.created()).isZero();
            assertThat(again.updated()).isZero();
            assertThat(again.unchanged()).isEqualTo(4);
            ImportRun run = ws.imports().apply(again);
            assertThat(run.created()).isZero();
            assertThat(run.unchanged()).isEqualTo(4);
        }
        assertThat(businessCounts()).isEqualTo(before);
    }

    @Test
    void anUpdateChangesOnlyDifferingFieldsAndAnEmptyCellErasesNothing() throws Exception {
        importFile(LedgerWorkbooks.ledger(dir, "a.xlsx", false));
        Path changed = LedgerWorkbooks.write(dir.resolve("b.xlsx"), new Object[][] {
            {1, "宁波港集团", "HT-2016-001", null, null, null, null, null, null, null, null, null},
            {3, "杭州钢铁", "HT-2016-003", "2016.12.01", "55,000", "2016-12-20", null, null, null, null, null, "李四"},
        });
        ImportPreview p = preview(changed, null);
        try (ImportFile f = p.file()) {
            PlannedRow blank = p.plan().rows().get(0);
            assertThat(blank.status()).isEqualTo(RowStatus.UNCHANGED);
            PlannedRow update = p.plan().rows().get(1);
            assertThat(update.status()).isEqualTo(RowStatus.UPDATE);
            assertThat(update.changes()).extracting(FieldChange::entity, FieldChange::field, FieldChange::oldValue,
                    FieldChange::newValue).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("contract", "amount", "50000.00", "55000.00"),
                    org.assertj.core.groups.Tuple.tuple("order", "amount", "50000.00", "55000.00"),
                    org.assertj.core.groups.Tuple.tuple("order", "actual_shipped", null, "2016-12-20"));
            ws.imports().apply(p);
        }
        OrderSummary first = order("HT-2016-001");
        assertThat(first.amount()).isEqualByComparingTo("1234567.89");
        assertThat(first.owner()).isEqualTo("张三");
        assertThat(first.stages().actual(Stage.SHIPPED)).isEqualTo(LocalDate.of(2016, 5, 20));
        assertThat(ws.orders().detail(first.orderId()).order().notes()).contains("机型: A100");
        OrderSummary third = order("HT-2016-003");
        assertThat(third.amount()).isEqualTo(new BigDecimal("55000.00"));
        assertThat(third.stages().actual(Stage.SHIPPED)).isEqualTo(LocalDate.of(2016, 12, 20));
    }

    @Test
    void undoRestoresTheDatabaseExactlyAlsoAfterARestart() throws Exception {
        importFile(LedgerWorkbooks.ledger(dir, "a.xlsx", false));
        List<OrderSummary> summaries = ws.orders().summaries();
        Map<String, Integer> counts = businessCounts();
        List<Contract> contracts = ws.customers().contracts();
        Path next = LedgerWorkbooks.write(dir.resolve("b.xlsx"), new Object[][] {
            {3, "杭州钢铁", "HT-2016-003", "2016.12.02", "55,000", "2016-12-20", "1000", "2017-01-05", null, null, "X1", "王五"},
            {5, "上海电气", "HT-2016-005", "2016-10-10", "70000", null, null, null, null, null, null, "王五"},
        });
        ImportRun run = importFile(next);
        assertThat(run.created()).isEqualTo(2);
        assertThat(run.updated()).isZero();
        assertThat(businessCounts()).isNotEqualTo(counts);
        ws.close();
        ws = Workspace.open(dir.resolve("data"));
        ImportRun undone = ws.imports().undoLast();
        assertThat(undone.id()).isEqualTo(run.id());
        assertThat(undone.undone()).isTrue();
        assertThat(ws.orders().summaries()).isEqualTo(summaries);
        assertThat(businessCounts()).isEqualTo(counts);
        assertThat(ws.customers().contracts()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("version", "updatedAt")
                .isEqualTo(contracts);
        ws.imports().undoLast();
        assertThat(businessCounts().values()).allMatch(n -> n == 0);
        assertThatThrownBy(() -> ws.imports().undoLast()).isInstanceOf(ImportRefusal.class)
                .hasFieldOrPropertyWithValue("key", "import.plan.nothingToUndo");
    }

    @Test
    void onlyTheLastImportCanBeUndone() throws Exception {
        ImportRun first = importFile(LedgerWorkbooks.ledger(dir, "a.xlsx", false));
        ImportRun second = importFile(LedgerWorkbooks.write(dir.resolve("b.xlsx"), new Object[][] {
            {5, "上海电气", "HT-2016-005", "2016-10-10", "70000", null, null, null, null, null, null, "王五"}}));
        assertThatThrownBy(() -> ws.imports().undo(first.id())).isInstanceOf(ImportRefusal.class)
                .hasFieldOrPropertyWithValue("key", "import.plan.undoOnlyLast");
        assertThat(ws.imports().undo(second.id()).undone()).isTrue();
        assertThat(ws.rowCounts()).containsEntry("contract", 4);
    }

    @Test
    void aBadDateRejectsItsRowAndTheRestImports() throws Exception {
        ImportRun run = importFile(LedgerWorkbooks.ledger(dir, "a.xlsx", true));
        assertThat(run.rejected()).isEqualTo(1);
        assertThat(run.created()).isEqualTo(3);
        assertThat(ws.orders().summaries()).extracting(OrderSummary::contractNo)
                .containsExactlyInAnyOrder("HT-2016-001", "HT-2016-002", "HT-2016-004");
    }

    @Test
    void aPaymentsListAddsPaymentsToOrdersOrUnallocatedOnce() throws Exception {
        importFile(LedgerWorkbooks.ledger(dir, "a.xlsx", false));
        Path receipts = dir.resolve("回款台账.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("回款");
            Object[][] rows = {{"客户名称", "合同编号", "回款日期", "回款金额"},
                {"杭州钢铁", "HT-2016-003", "2016-12-30", "20,000.10"},
                {"杭州钢铁", "HT-9999", "2017-01-15", "300"},
                {"上海电气", null, "2017-02-01", "1,000"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            try (var out = java.nio.file.Files.newOutputStream(receipts)) {
                wb.write(out);
            }
        }
        ImportPreview p = preview(receipts, "payments");
        try (ImportFile f = p.file()) {
            assertThat(p.created()).isEqualTo(3);
            assertThat(p.problemLines(10)).anySatisfy(l -> assertThat(l).contains("HT-9999"));
            ws.imports().apply(p);
        }
        OrderSummary third = order("HT-2016-003");
        assertThat(third.received()).isEqualTo(new BigDecimal("20000.10"));
        assertThat(ws.rowCounts()).containsEntry("payment", 6).containsEntry("customer", 3);
        ImportPreview again = preview(receipts, "payments");
        try (ImportFile f = again.file()) {
            assertThat(again.unchanged()).isEqualTo(3);
            assertThat(again.created()).isZero();
        }
    }

    @Test
    void problemRowsAreSavedWithWhatIsWrong() throws Exception {
        ImportPreview p = preview(LedgerWorkbooks.ledger(dir, "a.xlsx", true), null);
        Path out = dir.resolve("out/problems.xlsx");
        try (ImportFile f = p.file()) {
            assertThat(ws.imports().writeProblems(p, out)).isEqualTo(1);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(2).getStringCellValue()).isEqualTo("合同编号");
            assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("HT-2016-003");
            assertThat(s.getRow(1).getCell(3).getStringCellValue()).isEqualTo("2016.13.01");
            int what = LedgerWorkbooks.HEADER.length;
            assertThat(s.getRow(0).getCell(what).getStringCellValue()).isNotBlank();
            assertThat(s.getRow(1).getCell(what).getStringCellValue()).contains("签订日期").contains("2016.13.01");
            assertThat(s.getLastRowNum()).isEqualTo(1);
        }
        try (var files = java.nio.file.Files.list(out.getParent())) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void sheetsWithTheSameColumnsImportTogetherAndOthersAreLeftOut() throws Exception {
        Map<String, Object[][]> sheets = new java.util.LinkedHashMap<>();
        sheets.put("1月", new Object[][] {{1, "宁波港集团", "HT-1", "2016-01-05", "1000", null, null, null, null, null, null, "张三"}});
        sheets.put("2月", new Object[][] {{1, "宁波港集团", "HT-2", "2016-02-05", "2000", null, null, null, null, null, null, "张三"}});
        Path file = LedgerWorkbooks.write(dir.resolve("months.xlsx"), LedgerWorkbooks.HEADER, sheets);
        try (XSSFWorkbook wb = new XSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
            Sheet other = wb.createSheet("说明");
            other.createRow(0).createCell(0).setCellValue("客户名称");
            other.getRow(0).createCell(1).setCellValue("联系电话");
            other.createRow(1).createCell(0).setCellValue("宁波港集团");
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        try (ImportFile f = ws.imports().open(file, null)) {
            ImportPreview p = ws.imports().preview(f, null, true, null);
            assertThat(p.sheetNames()).containsExactly("1月", "2月");
            assertThat(p.sheetsLeftOut()).containsExactly("说明");
            assertThat(p.created()).isEqualTo(2);
            ws.imports().apply(p);
        }
        assertThat(ws.rowCounts()).containsEntry("customer", 1).containsEntry("contract", 2);
        try (ImportFile f = ws.imports().open(file, null)) {
            assertThat(ws.imports().preview(f, "2月", false, null).unchanged()).isEqualTo(1);
        }
    }

    @Test
    void aSheetWithOrderNumbersMakesOneContractWithSeveralOrders() throws Exception {
        String[] header = {"客户名称", "合同编号", "订单号", "金额", "发货日期"};
        Map<String, Object[][]> sheets = new java.util.LinkedHashMap<>();
        sheets.put("订单", new Object[][] {
            {"宁波港集团", "HT-7", "HT-7-A", "1,000.10", "2016-03-01"},
            {"宁波港集团", "HT-7", "HT-7-B", "2,000.20", null}});
        ImportRun run = importFile(LedgerWorkbooks.write(dir.resolve("orders.xlsx"), header, sheets));
        assertThat(run.created()).isEqualTo(2);
        assertThat(ws.orders().summaries()).extracting(OrderSummary::orderNo).containsExactlyInAnyOrder("HT-7-A", "HT-7-B");
        assertThat(ws.customers().contracts()).singleElement()
                .satisfies(c -> assertThat(c.amount()).isEqualTo(new BigDecimal("3000.30")));
    }

    @Test
    void anImportFailingHalfWayLeavesNothingBehind() throws Exception {
        ImportPreview p = preview(LedgerWorkbooks.ledger(dir, "a.xlsx", false), null);
        try (ImportFile f = p.file()) {
            var other = ws.customers().save(io.cashtrail.domain.Customer.named("别的客户"));
            ws.customers().save(Contract.of("HT-2016-004", other.id(), LocalDate.of(2016, 1, 1), new BigDecimal("1"), null));
            Map<String, Integer> before = businessCounts();
            assertThatThrownBy(() -> ws.imports().apply(p)).isInstanceOf(RuntimeException.class);
            assertThat(businessCounts()).isEqualTo(before);
            assertThat(ws.rowCounts()).containsEntry("import_run", 0).containsEntry("import_change", 0);
        }
        try (java.util.stream.Stream<Path> backups = java.nio.file.Files.list(ws.backupFolder())) {
            assertThat(backups.map(b -> b.getFileName().toString())).anyMatch(n -> n.contains("before-import"));
        }
    }

    @Test
    void aShipmentExportUpdatesStageDatesOfKnownOrdersAndListsUnknownOnes() throws Exception {
        importFile(LedgerWorkbooks.ledger(dir, "a.xlsx", false));
        String[] header = {"合同编号", "订单号", "发货日期", "签收日期", "运单号", "物流公司"};
        Map<String, Object[][]> sheets = new java.util.LinkedHashMap<>();
        sheets.put("发货", new Object[][] {
            {"HT-2016-003", "HT-2016-003-01", "2016-12-20", "2016-12-23", "SF1234567", "顺丰"},
            {null, "HT-2016-004-01", "2016-08-01", null, "SF7654321", "顺丰"},
            {"HT-2099-999", null, "2016-08-02", null, null, null}});
        Path file = LedgerWorkbooks.write(dir.resolve("发货单.xlsx"), header, sheets);
        ImportPreview p = preview(file, "shipments");
        try (ImportFile f = p.file()) {
            assertThat(p.plan().rows()).extracting(PlannedRow::status)
                    .containsExactly(RowStatus.NEW, RowStatus.NEW, RowStatus.PROBLEM);
            assertThat(p.plan().rows().get(2).problems()).singleElement()
                    .satisfies(x -> assertThat(x.key()).isEqualTo("importkinds.order.unknownContract"));
            ws.imports().apply(p);
        }
        OrderSummary third = order("HT-2016-003");
        assertThat(third.stages().actual(Stage.SHIPPED)).isEqualTo(LocalDate.of(2016, 12, 20));
        assertThat(third.stages().actual(Stage.DELIVERED)).isEqualTo(LocalDate.of(2016, 12, 23));
        assertThat(ws.orders().detail(third.orderId()).shipments()).singleElement().satisfies(s -> {
            assertThat(s.trackingNo()).isEqualTo("SF1234567");
            assertThat(s.carrier()).isEqualTo("顺丰");
        });
        assertThat(order("HT-2016-004").stages().actual(Stage.SHIPPED)).isEqualTo(LocalDate.of(2016, 8, 1));
        assertThat(ws.rowCounts()).containsEntry("sales_order", 4);
        ImportPreview again = preview(file, "shipments");
        try (ImportFile f = again.file()) {
            assertThat(again.unchanged()).isEqualTo(2);
        }
        ws.imports().undoLast();
        assertThat(order("HT-2016-003").stages().actual(Stage.SHIPPED)).isNull();
    }

    @Test
    void undoRefusesWhenImportedDataWasChangedOrUsedSince() throws Exception {
        importFile(LedgerWorkbooks.ledger(dir, "a.xlsx", false));
        importFile(LedgerWorkbooks.write(dir.resolve("b.xlsx"), new Object[][] {
            {3, "杭州钢铁", "HT-2016-003", "2016.12.01", "55,000", null, null, null, null, null, null, "李四"}}));
        OrderSummary third = order("HT-2016-003");
        var o = ws.orders().detail(third.orderId()).order();
        ws.orders().save(o.withAmount(new BigDecimal("56000.00")));
        Map<String, Integer> counts = businessCounts();
        assertThatThrownBy(() -> ws.imports().undoLast()).isInstanceOf(ImportRefusal.class)
                .hasFieldOrPropertyWithValue("key", "import.plan.undoConflict");
        assertThat(order("HT-2016-003").amount()).isEqualTo(new BigDecimal("56000.00"));
        assertThat(ws.customers().contracts()).filteredOn(c -> c.contractNo().equals("HT-2016-003")).singleElement()
                .satisfies(c -> assertThat(c.amount()).isEqualTo(new BigDecimal("55000.00")));
        assertThat(businessCounts()).isEqualTo(counts);
        assertThat(ws.imports().history().get(0).undone()).isFalse();

        ImportRun added = importFile(LedgerWorkbooks.write(dir.resolve("c.xlsx"), new Object[][] {
            {5, "上海电气", "HT-2016-005", "2016-10-10", "70000", null, null, null, null, null, null, "王五"}}));
        OrderSummary fifth = order("HT-2016-005");
        ws.orders().save(Payment.of(fifth.orderId(), fifth.customerId(), LocalDate.of(2016, 11, 1), new BigDecimal("100")));
        assertThatThrownBy(() -> ws.imports().undo(added.id())).isInstanceOf(ImportRefusal.class)
                .hasFieldOrPropertyWithValue("key", "import.plan.undoRefused");
        assertThat(ws.rowCounts()).containsEntry("contract", 5);
    }
}
