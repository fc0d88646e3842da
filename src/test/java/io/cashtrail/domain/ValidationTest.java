package io.cashtrail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Order order(StageDates s) {
        return Order.of(1, "O-1", Money.of(100), "张伟").withStages(s);
    }

    @Test
    void actualDateMoreThanADayAheadIsAnError() {
        var r = Validation.order(order(StageDates.NONE.withActual(Stage.SHIPPED, TODAY.plusDays(2))), TODAY);
        assertThat(r.isValid()).isFalse();
        assertThat(r.errors()).extracting(ValidationResult.Issue::field).containsExactly("actual.shipped");
        assertThat(Validation.order(order(StageDates.NONE.withActual(Stage.SHIPPED, TODAY.plusDays(1))), TODAY)
                .isValid()).isTrue();
    }

    @Test
    void productionFinishBeforeStartIsAnError() {
        var s = StageDates.NONE.withActual(Stage.PRODUCTION_START, TODAY.minusDays(5))
                .withActual(Stage.PRODUCTION_FINISH, TODAY.minusDays(9));
        var r = Validation.order(order(s), TODAY);
        assertThat(r.errors()).extracting(ValidationResult.Issue::field).contains("actual.production_finish");
        var planned = StageDates.NONE.withPlanned(Stage.PRODUCTION_START, TODAY.plusDays(9))
                .withPlanned(Stage.PRODUCTION_FINISH, TODAY.plusDays(5));
        assertThat(Validation.order(order(planned), TODAY).errors()).extracting(ValidationResult.Issue::field)
                .contains("planned.production_finish");
    }

    @Test
    void stagesOutOfOrderOnlyWarn() {
        var s = StageDates.NONE.withActual(Stage.SHIPPED, TODAY.minusDays(2))
                .withActual(Stage.DELIVERED, TODAY.minusDays(10));
        var r = Validation.order(order(s), TODAY);
        assertThat(r.isValid()).isTrue();
        assertThat(r.warnings()).extracting(ValidationResult.Issue::field).containsExactly("actual.delivered");
    }

    @Test
    void amountsMustBeCentsAndNotNegative() {
        assertThat(Validation.order(Order.of(1, "O", new BigDecimal("-1"), null), TODAY).isValid()).isFalse();
        assertThat(Validation.order(Order.of(1, "O", null, null), TODAY).isValid()).isFalse();
        assertThat(Validation.order(new Order(0, 1, "O", null, new BigDecimal("1.005"), null, null, null, 0, null,
                null), TODAY).errors()).extracting(ValidationResult.Issue::messageKey).contains("validation.cents");
    }

    @Test
    void customerNeedsANameAndAValidCutoffDay() {
        assertThat(Validation.customer(Customer.named(" ")).isValid()).isFalse();
        assertThat(Validation.customer(Customer.named("中建三局").withInvoiceCutoffDay(32)).errors())
                .extracting(ValidationResult.Issue::field).containsExactly("invoiceCutoffDay");
        assertThat(Validation.customer(Customer.named("中建三局").withInvoiceCutoffDay(25)).isValid()).isTrue();
    }
}
