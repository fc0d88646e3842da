package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.Contract;
import io.cashtrail.importer.plan.LedgerWorkbooks;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole import reads its sheet once, planning with the day/month orders a sheet without
 * evidence has; a sheet whose later rows show day-first dates is imported again with that order
 * (the first attempt rolled back), exactly as the two-pass import did.
 */
class ImportWholeDatesTest {
    @RegisterExtension
    final TempWorkspace temp = new TempWorkspace();

    private StreamedImport importWhole(Path file) {
        try (ImportFile f = temp.ws().imports().open(file, null)) {
            return temp.ws().imports().importWhole(f, null, false, null, null);
        }
    }

    private LocalDate signed(String contractNo) {
        return temp.ws().customers().contracts().stream().filter(c -> c.contractNo().equals(contractNo)).findFirst()
                .map(Contract::signedDate).orElseThrow();
    }

    @Test
    void dayFirstEvidenceFurtherDownDecidesTheEarlierAmbiguousDates() throws Exception {
        Path file = LedgerWorkbooks.write(temp.dir().resolve("d.xlsx"), new Object[][] {
            {1, "宁波港集团", "HT-2016-001", "03/04/2016", "1000", null, null, null, null, null, null, "张三"},
            {2, "宁波港集团", "HT-2016-002", "05/06/2016", "2000", null, null, null, null, null, null, "张三"},
            {3, "杭州钢铁", "HT-2016-003", "25/03/2016", "3000", null, null, null, null, null, null, "李四"}});
        StreamedImport s = importWhole(file);
        assertThat(s.created()).isEqualTo(3);
        assertThat(s.rejected()).isZero();
        assertThat(signed("HT-2016-001")).isEqualTo(LocalDate.of(2016, 4, 3));
        assertThat(signed("HT-2016-002")).isEqualTo(LocalDate.of(2016, 6, 5));
        assertThat(signed("HT-2016-003")).isEqualTo(LocalDate.of(2016, 3, 25));
        assertThat(temp.ws().imports().history()).singleElement().satisfies(r -> assertThat(r.created()).isEqualTo(3));
        assertThat(temp.ws().rowCounts()).containsEntry("contract", 3).containsEntry("import_run", 1);
        assertThat(backups()).as("a backup before each attempt").isEqualTo(2);
    }

    @Test
    void aSheetOfUnambiguousDatesIsReadOnceAndImported() throws Exception {
        StreamedImport s = importWhole(LedgerWorkbooks.ledger(temp.dir(), "a.xlsx", false));
        assertThat(s.created()).isEqualTo(4);
        assertThat(signed("HT-2016-004")).isEqualTo(LocalDate.of(2016, 7, 1));
        assertThat(temp.ws().imports().history()).hasSize(1);
        assertThat(backups()).as("one attempt").isEqualTo(1);
    }

    private long backups() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(temp.dataDir().resolve("backups"))) {
            return files.filter(p -> p.getFileName().toString().contains("before-import")).count();
        }
    }
}
