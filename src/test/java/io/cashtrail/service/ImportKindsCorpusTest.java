package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.plan.PlannedRow;
import io.cashtrail.importer.plan.RowStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the corpus files that lack a kind's columns or repeat their header now give: a refusal up
 * front naming the missing columns in the language shown, or every block planned. The rules are
 * general (no file is special-cased); these files are the real-world examples.
 */
class ImportKindsCorpusTest {
    private static final Path BUSINESS = Path.of("..", "shared", "corpus", "business");

    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Path corpus(String name) {
        Path f = BUSINESS.resolve(name);
        assumeTrue(Files.isRegularFile(f), "corpus file missing: " + name);
        return f;
    }

    private ImportRefusal refusal(String name) {
        try (ImportFile f = ws.imports().open(corpus(name), null)) {
            return catchThrowableOfType(() -> ws.imports().preview(f, null, false, null), ImportRefusal.class);
        }
    }

    private static String in(Locale l, ImportRefusal r) {
        Locale before = Messages.locale();
        try {
            Messages.use(l);
            return r.getLocalizedMessage();
        } finally {
            Messages.use(before);
        }
    }

    @Test
    void ordersWithoutAmountsAreRefusedNamingTheColumnInEitherLanguage() {
        ImportRefusal r = refusal("northwind_orders.csv");
        assertThat(r).isNotNull();
        assertThat(r.key()).isEqualTo("import.plan.missingColumn");
        assertThat(in(Messages.ENGLISH, r)).contains("Amount (incl. tax)").contains("合同金额")
                .doesNotContain("Customer (");
        assertThat(in(Messages.CHINESE, r)).contains("合同金额").doesNotContain("Amount");
    }

    @Test
    void aShopExportWithoutCustomersIsRefusedNamingTheCustomerColumn() {
        ImportRefusal r = refusal("wmj_1月.csv");
        assertThat(r).isNotNull();
        assertThat(r.key()).isEqualTo("import.plan.missingColumn");
        assertThat(in(Messages.ENGLISH, r)).contains("Customer (e.g. 客户, 客户名称)");
        assertThat(in(Messages.CHINESE, r)).contains("客户名称").doesNotContain("Customer");
    }

    @Test
    void aDeliveryNoteWithTwoBlocksPlansTheRowsOfBoth() {
        try (ImportFile f = ws.imports().open(corpus("nfp_杭泵上海办-25.11.26成1-发货单.xlsx"), null)) {
            ImportPreview p = ws.imports().preview(f, null, false, null);
            List<PlannedRow> rows = p.plan().rows();
            PlannedRow firstBlock = rows.stream().filter(r -> r.row() == 4).findFirst().orElseThrow();
            assertThat(firstBlock.status()).isEqualTo(RowStatus.NEW);
            assertThat(firstBlock.cells()).contains("杭泵上海办2025112601");
            PlannedRow repeated = rows.stream().filter(r -> r.row() == 11).findFirst().orElseThrow();
            assertThat(repeated.skipReason()).isEqualTo("import.rowKind.repeatedHeader");
            PlannedRow secondBlock = rows.stream().filter(r -> r.row() == 12).findFirst().orElseThrow();
            assertThat(secondBlock.status()).isEqualTo(RowStatus.NEW);
            assertThat(secondBlock.cells()).contains("杭泵上海办2025112602");
            // the empty item lines under each block's merged order number and customer are skipped as such,
            // not reported as "unchanged" rows of an order the same import has just created
            assertThat(rows.stream().filter(r -> r.row() >= 5 && r.row() <= 7 || r.row() >= 13 && r.row() <= 15))
                    .hasSize(6).allSatisfy(r -> {
                        assertThat(r.status()).isEqualTo(RowStatus.SKIPPED);
                        assertThat(r.skipReason()).isEqualTo("import.rowKind.mergedOnly");
                    });
        }
    }

    @Test
    void aSheetOfCompanyNamesPlansAsACustomerList() {
        Path file = Path.of("..", "shared", "corpus", "poi", "51519.xlsx");
        assumeTrue(Files.isRegularFile(file));
        try (ImportFile f = ws.imports().open(file, null)) {
            ImportPreview p = ws.imports().preview(f, "Sheet1", false, null);
            assertThat(p.plan().kind()).isEqualTo(RecordKind.CUSTOMERS);
            assertThat(p.created()).isPositive();
        }
    }
}
