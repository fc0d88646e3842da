package io.cashtrail.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.importer.read.SheetRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetAnalyzerTest {

    /** An English ledger exported with day-first dates; only some dates show which way round. */
    static List<SheetRow> englishLedger() {
        return new Rows()
                .add("Receivables ledger", "Receivables ledger", "Receivables ledger", "Receivables ledger")
                .add("Customer", "Contract No.", "Order Date", "Amount", "Sales Rep", "Ship Date", "Payment Date", "Paid",
                        "Balance", "Region")
                .add("ACME Ltd", "C-001", "05/06/2016", "1,200.00", "Li", "01/07/2016", "03/08/2016", "1,200.00", "0", "East")
                .add("Beta Co", "C-002", "28/12/2016", "(300.00)", "Wang", "02/01/2017", null, null, "-300", "North")
                .add("Total", null, null, "900.00", null, null, null, "1,200.00", "-300", null)
                .rows();
    }

    @Test
    void proposesHeaderMappingKindAndDateOrders() {
        List<SheetRow> rows = englishLedger();
        SheetAnalysis a = SheetAnalyzer.analyze(rows, List.of()).orElseThrow();
        assertThat(a.header().firstRow()).isEqualTo(1);
        assertThat(a.kind()).isEqualTo(RecordKind.CONTRACT_LEDGER);
        assertThat(a.mapping().unmapped()).extracting(ColumnMatch::header).containsExactly("Region");
        assertThat(a.dateOrders().get(2).order()).isEqualTo(DateOrder.DMY);
        assertThat(a.dateOrders().get(5).outcome()).isEqualTo(DateColumnResolver.Outcome.AMBIGUOUS);
        assertThat(a.dateOrders().get(6).outcome()).isEqualTo(DateColumnResolver.Outcome.AMBIGUOUS);
        assertThat(a.dateColumnsToAsk()).containsExactly(5, 6);
        assertThat(a.datesFor(2).parse(rows.get(2).cell(2)).value()).isEqualTo(LocalDate.of(2016, 6, 5));
        assertThat(a.datesFor(5).parse(rows.get(2).cell(5)).problem().key()).isEqualTo("import.problem.ambiguousDate");
    }

    @Test
    void aSavedProfileWinsOverTheSynonyms() {
        List<SheetRow> rows = englishLedger();
        SheetAnalysis first = SheetAnalyzer.analyze(rows, List.of()).orElseThrow();
        ColumnMapping corrected = first.mapping().with(9, ImportField.ADDRESS);
        SheetAnalysis changed = first.withMapping(corrected);
        assertThat(changed.mapping().find(ImportField.ADDRESS)).isPresent();
        SheetProfile profile = SheetProfile.of(first.header().names(), 1, corrected, RecordKind.PAYMENTS);

        SheetAnalysis again = SheetAnalyzer.analyze(rows, List.of(profile)).orElseThrow();
        assertThat(again.savedProfile()).isEqualTo(profile);
        assertThat(again.kind()).isEqualTo(RecordKind.PAYMENTS);
        assertThat(again.mapping().column(9).field()).isEqualTo(ImportField.ADDRESS);
        assertThat(again.mapping().unmapped()).isEmpty();
    }

    @Test
    void aChineseLedgerNeedsNoDateOrder() {
        SheetAnalysis a = SheetAnalyzer.analyze(HeaderDetectorTest.ledger(), List.of()).orElseThrow();
        assertThat(a.dateColumnsToAsk()).isEmpty();
        assertThat(a.dateOrders().get(3).outcome()).isEqualTo(DateColumnResolver.Outcome.NOT_NEEDED);
        assertThat(a.kind()).isEqualTo(RecordKind.CONTRACT_LEDGER);
    }
}
