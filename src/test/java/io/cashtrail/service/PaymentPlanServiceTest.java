package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Customer;
import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.PaymentTerms;
import io.cashtrail.domain.Stage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentPlanServiceTest {
    @TempDir
    Path dir;

    @Test
    void userTemplatesRoundTripAndApplyingReplacesTheInstallments() {
        try (Workspace ws = Workspace.open(dir)) {
            Customer cu = ws.customers().save(Customer.named("客户"));
            Contract c = ws.customers().save(Contract.of("C", cu.id(), LocalDate.of(2026, 1, 1), Money.of(1000), "王"));
            Order o = ws.orders().save(Order.of(c.id(), "O", new BigDecimal("1000.01"), "王")
                    .withStages(io.cashtrail.domain.StageDates.NONE.withPlanned(Stage.ACCEPTED, LocalDate.of(2026, 6, 1))));
            PaymentTerms mine = new PaymentTerms("50/50 发货验收", List.of(
                    PaymentTerms.Line.share("发货款", 50, Stage.SHIPPED, 0, false),
                    PaymentTerms.Line.share("验收款", 50, Stage.ACCEPTED, 10, true)));
            ws.paymentPlans().saveTemplate(mine);
            assertThat(ws.paymentPlans().templates()).extracting(PaymentTerms::name)
                    .containsExactly("3-6-1", "30/65/5", "20/30/20/25/5", "100% 验收", "50/50 发货验收");
            assertThat(ws.paymentPlans().templates().get(4)).isEqualTo(mine);
            assertThatThrownBy(() -> ws.paymentPlans().saveTemplate(PaymentTerms.threeSixOne()))
                    .isInstanceOf(IllegalArgumentException.class);

            ws.paymentPlans().apply(o, PaymentTerms.threeSixOne());
            List<Installment> plan = ws.paymentPlans().apply(o, mine);
            assertThat(ws.orders().detail(o.id()).installments()).hasSize(2);
            assertThat(plan).extracting(Installment::amount).containsExactly(new BigDecimal("500.01"),
                    new BigDecimal("500.00"));
            assertThat(plan.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 6, 11));
            assertThat(plan.get(1).invoiceRequired()).isTrue();
        }
    }

    @Test
    void changingAStageDateMovesOnlyTheInstallmentsItTriggers() {
        try (Workspace ws = Workspace.open(dir)) {
            Customer cu = ws.customers().save(Customer.named("客户"));
            Contract c = ws.customers().save(Contract.of("C", cu.id(), LocalDate.of(2026, 1, 1), Money.of(1000), "王"));
            Order o = ws.orders().save(Order.of(c.id(), "O", Money.of(1000), "王").withStages(
                    io.cashtrail.domain.StageDates.NONE.withActual(Stage.CONTRACT_SIGNED, LocalDate.of(2026, 1, 1))
                            .withPlanned(Stage.ACCEPTED, LocalDate.of(2026, 6, 1))));
            ws.paymentPlans().apply(o, PaymentTerms.threeSixOne());
            Order now = ws.orders().detail(o.id()).order();
            var before = ws.orders().detail(o.id()).installments();
            ws.orders().save(now.withStages(now.stages().withActual(Stage.ACCEPTED, LocalDate.of(2026, 6, 20))));
            var after = ws.orders().detail(o.id()).installments();
            assertThat(after.get(0)).as("advance untouched").isEqualTo(before.get(0));
            assertThat(after.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 6, 20));
            assertThat(after.get(2).dueDate()).isEqualTo(LocalDate.of(2027, 6, 20));
        }
    }

    @Test
    void applyingToAContractGivesEveryOrderItsOwnPlan() {
        try (Workspace ws = Workspace.open(dir)) {
            Customer cu = ws.customers().save(Customer.named("客户"));
            Contract c = ws.customers().save(Contract.of("C", cu.id(), LocalDate.of(2026, 1, 1), Money.of(1000), "王"));
            Order a = ws.orders().save(Order.of(c.id(), "A", new BigDecimal("600.01"), "王"));
            Order b = ws.orders().save(Order.of(c.id(), "B", new BigDecimal("399.99"), "王"));
            assertThat(ws.paymentPlans().applyToContract(c.id(), PaymentTerms.threeSixOne())).isEqualTo(2);
            assertThat(ws.orders().detail(a.id()).installments()).extracting(Installment::amount)
                    .containsExactly(new BigDecimal("180.00"), new BigDecimal("360.01"), new BigDecimal("60.00"));
            assertThat(ws.orders().detail(b.id()).installments().stream().map(Installment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("399.99");
        }
    }
}
