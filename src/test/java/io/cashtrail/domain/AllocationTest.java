package io.cashtrail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Installment inst(long id, long order, int seq, long amount, LocalDate due) {
        return new Installment(id, order, seq, "i" + id, null, Money.of(amount), null, 0, due, null, 0);
    }

    private static Payment pay(long id, Long order, long amount, LocalDate date) {
        return new Payment(id, order, 1, date, Money.of(amount), PaymentMethod.BANK_TRANSFER, null, null, 0);
    }

    @Test
    void oldestDueFirstWithinTheOrderThenTheCustomer() {
        var a = inst(1, 10, 1, 300, LocalDate.of(2026, 1, 1));
        var b = inst(2, 10, 2, 600, LocalDate.of(2026, 6, 1));
        var c = inst(3, 20, 1, 500, LocalDate.of(2025, 12, 1));
        var r = Allocation.allocate(List.of(a, b, c), List.of(pay(1, 10L, 1000, LocalDate.of(2026, 7, 1))), List.of(),
                TODAY);
        assertThat(r.allocatedTo(1)).isEqualByComparingTo("300");
        assertThat(r.allocatedTo(2)).isEqualByComparingTo("600");
        assertThat(r.allocatedTo(3)).as("the rest goes to the customer's oldest other installment")
                .isEqualByComparingTo("100");
        assertThat(r.credit()).isEqualByComparingTo("0");
        assertThat(r.paidOn()).containsKeys(1L, 2L).doesNotContainKey(3L);
    }

    @Test
    void overpaymentStaysAsCreditNeverLost() {
        var a = inst(1, 10, 1, 300, LocalDate.of(2026, 1, 1));
        var r = Allocation.allocate(List.of(a), List.of(pay(1, 10L, 500, LocalDate.of(2026, 2, 1))), List.of(), TODAY);
        assertThat(r.allocatedTo(1)).isEqualByComparingTo("300");
        assertThat(r.credit()).isEqualByComparingTo("200");
    }

    @Test
    void partialPaymentAndPaymentsAfterTheAsOfDateAreIgnored() {
        var a = inst(1, 10, 1, 300, LocalDate.of(2026, 1, 1));
        var r = Allocation.allocate(List.of(a), List.of(pay(1, 10L, 100, LocalDate.of(2026, 2, 1)),
                pay(2, 10L, 200, LocalDate.of(2026, 12, 1))), List.of(), TODAY);
        assertThat(r.allocatedTo(1)).isEqualByComparingTo("100");
        assertThat(Allocation.status(a, r.allocatedTo(1), StageDates.NONE, TODAY)).isEqualTo(InstallmentStatus.OVERDUE);
    }

    @Test
    void paymentBeforeTheDueDateMakesItPartlyPaidThenPaid() {
        var a = inst(1, 10, 1, 300, LocalDate.of(2026, 12, 31));
        var r = Allocation.allocate(List.of(a), List.of(pay(1, 10L, 100, LocalDate.of(2026, 11, 1))), List.of(), TODAY);
        assertThat(Allocation.status(a, r.allocatedTo(1), StageDates.NONE, TODAY))
                .isEqualTo(InstallmentStatus.PARTLY_PAID);
        assertThat(Allocation.status(a, Money.of(300), StageDates.NONE, TODAY)).isEqualTo(InstallmentStatus.PAID);
    }

    @Test
    void manualAllocationGoesFirstAndCancelledInstallmentsGetNothing() {
        var a = inst(1, 10, 1, 300, LocalDate.of(2026, 1, 1));
        var b = inst(2, 10, 2, 600, LocalDate.of(2026, 6, 1));
        var cancelled = new Installment(3, 10, 3, "x", null, Money.of(50), null, 0, LocalDate.of(2025, 1, 1), null, 0,
                false, true);
        var r = Allocation.allocate(List.of(a, b, cancelled), List.of(pay(1, 10L, 400, LocalDate.of(2026, 2, 1))),
                List.of(new Allocation.Manual(1, 2, new BigDecimal("400"))), TODAY);
        assertThat(r.allocatedTo(2)).isEqualByComparingTo("400");
        assertThat(r.allocatedTo(1)).isEqualByComparingTo("0");
        assertThat(r.allocatedTo(3)).isEqualByComparingTo("0");
        assertThat(Allocation.status(cancelled, Money.ZERO, StageDates.NONE, TODAY))
                .isEqualTo(InstallmentStatus.CANCELLED);
    }

    @Test
    void anInstallmentWaitingForItsTriggerIsPending() {
        var i = new Installment(1, 10, 1, "验收款", null, Money.of(600), "accepted", 0, LocalDate.of(2026, 1, 1), null, 0);
        assertThat(Allocation.status(i, Money.ZERO, StageDates.NONE, TODAY)).isEqualTo(InstallmentStatus.PENDING);
        var accepted = StageDates.NONE.withActual(Stage.ACCEPTED, LocalDate.of(2025, 12, 20));
        assertThat(Allocation.status(i, Money.ZERO, accepted, TODAY)).isEqualTo(InstallmentStatus.OVERDUE);
    }
}
