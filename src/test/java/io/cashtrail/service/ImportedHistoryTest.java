package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.domain.ChangeEntry;
import io.cashtrail.domain.OrderSummary;
import io.cashtrail.domain.Payment;
import io.cashtrail.importer.plan.LedgerWorkbooks;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Records an import creates in bulk have no "(created)" change-log line of their own: the order's
 * history takes their creation from the import history, also after a restart and for a record
 * deleted since; records made by hand keep their own line, and no creation shows twice.
 */
class ImportedHistoryTest {
    @RegisterExtension
    final TempWorkspace temp = new TempWorkspace();

    private OrderSummary order(Workspace ws, String contractNo) {
        return ws.orders().summaries().stream().filter(s -> s.contractNo().equals(contractNo)).findFirst().orElseThrow();
    }

    private static List<ChangeEntry> created(List<ChangeEntry> history, String entity) {
        return history.stream().filter(e -> e.entity().equals(entity) && e.field().equals("(created)")).toList();
    }

    @Test
    void theOrderHistoryShowsWhatAnImportCreatedAlsoAfterARestartAndADelete() throws Exception {
        Workspace ws = temp.ws();
        ImportPreview p = ws.imports().preview(ws.imports().open(LedgerWorkbooks.ledger(temp.dir(), "a.xlsx", false), null),
                null, false, null);
        try (ImportFile f = p.file()) {
            ws.imports().apply(p);
        }
        OrderSummary first = order(ws, "HT-2016-001");
        List<ChangeEntry> history = ws.orders().detail(first.orderId()).history();
        assertThat(created(history, "order")).singleElement().satisfies(e -> {
            assertThat(e.entityId()).isEqualTo(first.orderId());
            assertThat(e.newValue()).isEqualTo(first.orderNo());
        });
        List<Payment> payments = ws.orders().detail(first.orderId()).payments();
        assertThat(payments).hasSize(2);
        assertThat(created(history, "payment")).extracting(ChangeEntry::entityId)
                .containsExactlyInAnyOrderElementsOf(payments.stream().map(Payment::id).toList());

        Payment byHand = ws.orders().save(Payment.of(first.orderId(), first.customerId(),
                java.time.LocalDate.of(2016, 7, 1), new BigDecimal("10.00")));
        ws.orders().deletePayment(payments.get(0).id());
        ws = temp.restart();
        history = ws.orders().detail(first.orderId()).history();
        assertThat(created(history, "payment")).extracting(ChangeEntry::entityId)
                .containsExactlyInAnyOrder(payments.get(0).id(), payments.get(1).id(), byHand.id());
        assertThat(created(history, "payment")).filteredOn(e -> e.entityId() == payments.get(0).id()).singleElement()
                .satisfies(e -> assertThat(e.newValue()).contains(payments.get(0).amount().toPlainString()));
        assertThat(history.get(0).field()).as("newest first").isEqualTo("(deleted)");
        assertThat(history.get(history.size() - 1).field()).isEqualTo("(created)");
        assertThat(history.get(history.size() - 1).entity()).isEqualTo("order");
    }
}
