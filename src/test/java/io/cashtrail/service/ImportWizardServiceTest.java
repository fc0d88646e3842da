package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cashtrail.domain.ImportRun;
import io.cashtrail.importer.parse.DateOrder;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.plan.LedgerWorkbooks;
import io.cashtrail.importer.plan.PlannedRow;
import io.cashtrail.importer.plan.RowStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service side of the wizard: header row chosen by the user, samples, corrections, profiles, cancel. */
class ImportWizardServiceTest {
    private static final BooleanSupplier NEVER = () -> false;
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

    private ImportService imports() {
        return ws.imports();
    }

    @Test
    void theHeaderCanBeChosenAtAnotherRowAndTheMappingFollows() throws Exception {
        try (ImportFile f = imports().open(LedgerWorkbooks.ledger(dir, "a.xlsx", false), null)) {
            SheetSetup auto = imports().setUp(f, 0, null, null, NEVER);
            assertThat(auto.analysis().header().firstRow()).isEqualTo(1);
            assertThat(auto.analysis().mapping().has(ImportField.CONTRACT_NO)).isTrue();
            assertThat(auto.topRows()).extracting(SheetSetup.Line::row).startsWith(0, 1, 2);
            assertThat(auto.topRows().get(0).cells().get(0)).isEqualTo("2016年销售合同台账");
            assertThat(auto.profile()).isNull();

            SheetSetup title = imports().setUp(f, 0, 0, null, NEVER);
            assertThat(title.analysis().header().firstRow()).isZero();
            assertThat(title.analysis().mapping().has(ImportField.CONTRACT_NO)).isFalse();
            assertThat(title.samples(0)).contains("序号");

            SheetSetup back = imports().setUp(f, 0, 1, null, NEVER);
            assertThat(back.analysis().mapping()).isEqualTo(auto.analysis().mapping());
            ImportPreview p = imports().plan(f, List.of(0), back.analysis(), back.analysis().kind(), NEVER);
            assertThat(p.created()).isEqualTo(4);

            assertThatThrownBy(() -> imports().setUp(f, 0, 40, null, NEVER)).isInstanceOf(ImportRefusal.class)
                    .extracting(e -> ((ImportRefusal) e).key()).isEqualTo("importwiz.header.blank");
        }
    }

    @Test
    void eachColumnHasItsFirstNonEmptyValuesAsSamples() throws Exception {
        try (ImportFile f = imports().open(LedgerWorkbooks.ledger(dir, "a.xlsx", false), null)) {
            SheetSetup s = imports().setUp(f, 0, null, null, NEVER);
            assertThat(s.samples(2)).containsExactly("HT-2016-001", "HT-2016-002", "HT-2016-003");
            assertThat(s.samples(1)).containsExactly("宁波港集团", "宁波港集团", "杭州钢铁");
            assertThat(s.samples(3)).first().isEqualTo("2016-03-15");
            assertThat(s.samples(8)).containsExactly("12.5万");
            assertThat(s.samples(11)).containsExactly("张三", "张三", "李四");
        }
    }

    @Test
    void aCorrectedProblemValueReplansTheRowAndImportsIt() throws Exception {
        ImportFile f = imports().open(LedgerWorkbooks.ledger(dir, "a.xlsx", true), null);
        try (f) {
            ImportPreview p = imports().preview(f, null, false, null);
            assertThat(p.rejected()).isEqualTo(1);
            PlannedRow bad = p.plan().problems().get(0);
            assertThat(bad.cells().get(3)).isEqualTo("2016.13.01");

            ImportPreview stillBad = imports().correct(p, bad, Map.of(3, "2016.14.01"), NEVER);
            assertThat(stillBad.rejected()).isEqualTo(1);

            ImportPreview fixed = imports().correct(stillBad, bad, Map.of(3, "2016.12.01"), NEVER);
            assertThat(fixed.rejected()).isZero();
            assertThat(fixed.created()).isEqualTo(p.created() + 1);
            PlannedRow row = fixed.plan().rows().stream().filter(r -> r.row() == bad.row()).findFirst().orElseThrow();
            assertThat(row.status()).isEqualTo(RowStatus.NEW);
            assertThat(row.cells().get(3)).isEqualTo("2016.12.01");
            assertThat(fixed.plan().rows()).hasSameSizeAs(p.plan().rows());

            ImportRun run = imports().apply(fixed, r -> true, null);
            assertThat(run.created()).isEqualTo(4);
            assertThat(ws.customers().contracts()).anySatisfy(c -> {
                assertThat(c.contractNo()).isEqualTo("HT-2016-003");
                assertThat(c.signedDate()).isEqualTo(LocalDate.of(2016, 12, 1));
            });
        }
    }

    @Test
    void theMappingIsSavedAsAProfileAndAppliedToTheNextSheetWithTheSameHeaders() throws Exception {
        ImportRun run;
        try (ImportFile f = imports().open(LedgerWorkbooks.ledger(dir, "a.xlsx", false), null)) {
            SheetAnalysis a = imports().setUp(f, 0, null, null, NEVER).analysis();
            assertThat(a.mapping().column(11).field()).isEqualTo(ImportField.OWNER);
            SheetAnalysis changed = a.withMapping(a.mapping().with(11, null));
            ImportPreview p = imports().plan(f, List.of(0), changed, RecordKind.CONTRACT_LEDGER, NEVER);
            assertThat(p.profileName()).isNull();
            run = imports().apply(p, r -> true, " 2016年台账 ");
        }
        assertThat(run.profile()).isEqualTo("2016年台账");
        assertThat(imports().history()).extracting(ImportRun::profile).containsExactly("2016年台账");
        assertThat(imports().profiles()).singleElement().satisfies(pr -> {
            assertThat(pr.name()).isEqualTo("2016年台账");
            assertThat(pr.kind()).isEqualTo(RecordKind.CONTRACT_LEDGER);
            assertThat(pr.headerRow()).isEqualTo(1);
        });

        Path next = LedgerWorkbooks.write(dir.resolve("b.xlsx"), new Object[][] {
            {1, "宁波港集团", "HT-2017-001", "2017-01-05", 1000, null, null, null, null, null, null, "王五"}});
        try (ImportFile f = imports().open(next, null)) {
            SheetSetup s = imports().setUp(f, 0, null, null, NEVER);
            assertThat(s.profile()).isNotNull();
            assertThat(s.profile().name()).isEqualTo("2016年台账");
            assertThat(s.analysis().mapping().column(11).field()).isNull();
            assertThat(s.analysis().mapping().column(2).field()).isEqualTo(ImportField.CONTRACT_NO);
            ImportPreview p = imports().preview(f, null, false, null);
            assertThat(p.profileName()).isEqualTo("2016年台账");
            ImportRun second = imports().apply(p, r -> true, null);
            assertThat(second.profile()).isEqualTo("2016年台账");
        }

        imports().deleteProfile(imports().profiles().get(0).id());
        assertThat(imports().profiles()).isEmpty();
        assertThat(imports().history()).extracting(ImportRun::profile).containsOnly("2016年台账");
        try (ImportFile f = imports().open(next, null)) {
            SheetSetup s = imports().setUp(f, 0, null, null, NEVER);
            assertThat(s.profile()).isNull();
            assertThat(s.analysis().mapping().column(11).field()).isEqualTo(ImportField.OWNER);
        }
    }

    @Test
    void aProfileRemembersTheDayMonthOrderAndTheHeaderRowChosen() throws Exception {
        Object[][] rows = {
            {1, "宁波港集团", "HT-1", "05/06/2016", 1000, null, null, null, null, null, null, "张三"},
            {2, "杭州钢铁", "HT-2", "07/08/2016", 2000, null, null, null, null, null, null, "李四"}};
        try (ImportFile f = imports().open(LedgerWorkbooks.write(dir.resolve("a.xlsx"), rows), null)) {
            SheetAnalysis a = imports().setUp(f, 0, 1, null, NEVER).analysis();
            assertThat(a.dateColumnsToAsk()).containsExactly(3);
            var r = a.dateOrders().get(3);
            Map<Integer, io.cashtrail.importer.parse.DateColumnResolver.Resolution> orders = new java.util.HashMap<>(a.dateOrders());
            orders.put(3, new io.cashtrail.importer.parse.DateColumnResolver.Resolution(
                    io.cashtrail.importer.parse.DateColumnResolver.Outcome.RESOLVED, DateOrder.DMY, r.dmyOnly(),
                    r.mdyOnly(), r.ambiguous()));
            SheetAnalysis chosen = new SheetAnalysis(a.header(), a.mapping(), a.kinds(), null, orders);
            MappingProfile saved = imports().saveProfile("日期", chosen, RecordKind.CONTRACT_LEDGER);
            assertThat(saved.dateOrders()).containsValue(DateOrder.DMY);
        }
        try (ImportFile f = imports().open(LedgerWorkbooks.write(dir.resolve("b.xlsx"), rows), null)) {
            SheetSetup s = imports().setUp(f, 0, null, null, NEVER);
            assertThat(s.profile().name()).isEqualTo("日期");
            assertThat(s.analysis().dateColumnsToAsk()).isEmpty();
            assertThat(s.analysis().datesFor(3).parseText("05/06/2016").value()).isEqualTo(LocalDate.of(2016, 6, 5));
        }
    }

    @Test
    void aProfileNamedIsAppliedAndAnUnknownNameIsRefused() throws Exception {
        Path file = LedgerWorkbooks.ledger(dir, "a.xlsx", false);
        try (ImportFile f = imports().open(file, null)) {
            assertThatThrownBy(() -> imports().preview(f, null, false, null, "没有"))
                    .isInstanceOf(ImportRefusal.class).extracting(e -> ((ImportRefusal) e).key())
                    .isEqualTo("importwiz.profile.unknownNone");
            SheetAnalysis a = imports().setUp(f, 0, null, null, NEVER).analysis();
            imports().saveProfile("没有业务员", a.withMapping(a.mapping().with(11, null)), RecordKind.CONTRACT_LEDGER);
            ImportPreview p = imports().preview(f, null, false, null, "没有业务员");
            assertThat(p.profileName()).isEqualTo("没有业务员");
            assertThat(p.basis().analysis().mapping().column(11).field()).isNull();
            assertThatThrownBy(() -> imports().preview(f, null, false, null, "别的"))
                    .isInstanceOf(ImportRefusal.class).hasMessageContaining("importwiz.profile.unknown");
        }
    }

    @Test
    void aStoppedOpenOrReadEndsWithCancellation() throws Exception {
        Path file = LedgerWorkbooks.ledger(dir, "a.xlsx", false);
        long start = System.nanoTime();
        assertThatThrownBy(() -> imports().open(file, null, () -> true)).isInstanceOf(CancellationException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
        try (ImportFile f = imports().open(file, null, NEVER)) {
            assertThatThrownBy(() -> imports().setUp(f, 0, null, null, () -> true))
                    .isInstanceOf(CancellationException.class);
            assertThat(imports().setUp(f, 0, null, null, NEVER).analysis().header().firstRow()).isEqualTo(1);
        }
    }
}
