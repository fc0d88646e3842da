package io.cashtrail.importer.plan;

import static io.cashtrail.importer.plan.KindFixtures.apply;
import static io.cashtrail.importer.plan.KindFixtures.check;
import static io.cashtrail.importer.plan.KindFixtures.data;
import static io.cashtrail.importer.plan.KindFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Customer;
import io.cashtrail.domain.PaymentRule;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.store.Database;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A customer list creates and updates customers, suggests likely matches and never merges silently. */
class CustomerListImportTest {
    static final String[] HEADER = {"客户名称", "简称", "联系人", "联系电话", "地址", "税号", "开票截止日", "付款方式"};
    static final Object[][] TABLE = {
        {"杭州钢铁", "杭钢、杭钢集团", "王五", "0571-1234567", "杭州市拱墅区", "91330000X", 25, "月结60天", RowStatus.UPDATE},
        {"宁波港", null, "赵六", "0574-7654321", null, null, null, null, RowStatus.UPDATE},
        {"上海电气", "上电", "钱七", "021-5555555", "上海市", null, 20, "票到30天付款", RowStatus.NEW},
        {"杭州钢铁集团有限公司", null, "孙八", null, null, null, null, null, "import.plan.similarCustomer"},
        {"上海电气", "上电", "钱七", "021-5555555", "上海市", null, 20, "票到30天付款", RowStatus.UNCHANGED},
        {"广州港", null, "吴十", null, null, null, null, "每月10日、25日付款", RowStatus.NEW},
        {"温州港", null, "郑十", null, null, null, 40, null, "import.problem.notDayOfMonth"},
    };

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        db.customers().insert(Customer.named("杭州钢铁"));
        db.customers().insert(new Customer(0, "宁波舟山港股份有限公司", "宁波港", null, null, null, null, null, null, null, 0,
                null, null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Optional<Customer> customer(String name) {
        return db.customers().findByName(name);
    }

    @Test
    void rowsCreateOrUpdateCustomersAndReimportChangesNothing() throws Exception {
        Path file = sheet(dir, "客户名单.xlsx", HEADER, data(TABLE));
        ImportPlan p = ImportPlannerTest.plan(db, file, null);
        assertThat(p.kind()).as("recognised").isEqualTo(RecordKind.CUSTOMERS);
        check(p, TABLE);
        assertThat(ImportPlannerTest.row(p, 3).changes()).filteredOn(c -> c.field().equals("paymentRule"))
                .singleElement().satisfies(c -> assertThat(c.newValue()).isEqualTo(
                        io.cashtrail.i18n.Messages.get("importkinds.rule.END_OF_MONTH_PLUS", "60")));
        assertThat(ImportPlannerTest.row(p, 6).status()).as("a suggestion, then a new customer").isEqualTo(RowStatus.NEW);
        assertThat(ImportPlannerTest.row(p, 9).status()).isEqualTo(RowStatus.PROBLEM);
        apply(db, p);
        Customer hz = customer("杭州钢铁").orElseThrow();
        assertThat(hz.aliases()).isEqualTo("杭钢, 杭钢集团");
        assertThat(hz.contactPerson()).isEqualTo("王五");
        assertThat(hz.taxId()).isEqualTo("91330000X");
        assertThat(hz.invoiceCutoffDay()).isEqualTo(25);
        assertThat(hz.paymentTerms()).isEqualTo("月结60天");
        assertThat(hz.paymentRule()).isEqualTo(PaymentRule.endOfMonthPlus(60));
        Customer nb = customer("宁波舟山港股份有限公司").orElseThrow();
        assertThat(nb.contactPerson()).as("matched by its alias").isEqualTo("赵六");
        assertThat(customer("宁波港")).isEmpty();
        Customer sh = customer("上海电气").orElseThrow();
        assertThat(sh.aliases()).isEqualTo("上电");
        assertThat(sh.paymentRule()).isEqualTo(PaymentRule.daysAfterInvoice(30));
        assertThat(customer("杭州钢铁集团有限公司")).as("never merged silently").isPresent();
        Customer gz = customer("广州港").orElseThrow();
        assertThat(gz.paymentRule()).isEqualTo(PaymentRule.runDays(java.util.List.of(10, 25)));
        assertThat(db.customers().all()).hasSize(5);

        ImportPlan again = ImportPlannerTest.plan(db, file, RecordKind.CUSTOMERS);
        assertThat(again.hasWork()).isFalse();
    }

    @Test
    void aCustomerOverSeveralContactRowsKeepsTheFirstRowsValuesSoReimportChangesNothing() throws Exception {
        String[] header = {"客户名称", "联系人", "电话", "职务"};
        Object[][] rows = {{"杭州钢铁", "王五", "0571-1", "采购"}, {"杭州钢铁", "李四", "0571-2", "财务"},
            {"新客户", "张三", null, "采购"}, {"新客户", "赵六", "0571-3", "财务"}};
        Path file = sheet(dir, "contacts.xlsx", header, rows);
        apply(db, ImportPlannerTest.plan(db, file, RecordKind.CUSTOMERS));
        Customer hz = customer("杭州钢铁").orElseThrow();
        assertThat(hz.contactPerson()).isEqualTo("王五");
        assertThat(hz.notes()).isEqualTo("职务: 采购");
        Customer created = customer("新客户").orElseThrow();
        assertThat(created.contactPerson()).isEqualTo("张三");
        assertThat(created.contactPhone()).as("a blank filled by a later row").isEqualTo("0571-3");
        assertThat(ImportPlannerTest.plan(db, file, RecordKind.CUSTOMERS).hasWork()).isFalse();
    }

    @Test
    void aRowWithoutANameIsAProblem() throws Exception {
        Object[][] table = {{null, null, "周九", "13800000009", null, null, null, null, "import.plan.missing"},
            {"温州港", null, "郑十", null, null, null, null, null, RowStatus.NEW}};
        check(ImportPlannerTest.plan(db, sheet(dir, "n.xlsx", HEADER, data(table)), RecordKind.CUSTOMERS), table);
    }

    @Test
    void undoRemovesCreatedCustomersAndRestoresFieldsAlsoAfterARestart() throws Exception {
        apply(db, ImportPlannerTest.plan(db, sheet(dir, "a.xlsx", HEADER, data(TABLE)), RecordKind.CUSTOMERS));
        db.close();
        db = Database.open(dir.resolve("data"));
        PlanApplier.undoLast(db);
        assertThat(db.customers().all()).extracting(Customer::name).containsExactlyInAnyOrder("杭州钢铁", "宁波舟山港股份有限公司");
        Customer hz = customer("杭州钢铁").orElseThrow();
        assertThat(hz.aliases()).isNull();
        assertThat(hz.contactPerson()).isNull();
        assertThat(hz.paymentRule()).isNull();
        assertThat(hz.invoiceCutoffDay()).isNull();
        assertThat(customer("宁波舟山港股份有限公司").orElseThrow().contactPerson()).isNull();
    }

    @Test
    void paymentTermsInWordsBecomeRules() {
        assertThat(PaymentRuleText.parse("月结60天")).isEqualTo(PaymentRule.endOfMonthPlus(60));
        assertThat(PaymentRuleText.parse("月结 90")).isEqualTo(PaymentRule.endOfMonthPlus(90));
        assertThat(PaymentRuleText.parse("开票后45天")).isEqualTo(PaymentRule.daysAfterInvoice(45));
        assertThat(PaymentRuleText.parse("Net 30")).isEqualTo(PaymentRule.daysAfterInvoice(30));
        assertThat(PaymentRuleText.parse("每月5号、20号")).isEqualTo(PaymentRule.runDays(java.util.List.of(5, 20)));
        assertThat(PaymentRuleText.parse("预付30%，验收后付65%")).isNull();
        assertThat(PaymentRuleText.decode(PaymentRuleText.encode(PaymentRule.runDays(java.util.List.of(10, 25)))))
                .isEqualTo(PaymentRule.runDays(java.util.List.of(10, 25)));
    }
}
