package io.cashtrail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's examples as executable cases, plus aging sums over random data. */
class CollectionsDomainTest {
    @Test
    void threeSixOneOnAMillionAndOneCentAddsUpExactly() {
        List<BigDecimal> parts = PaymentTerms.threeSixOne().split(new BigDecimal("1000000.01"));
        assertThat(parts).containsExactly(new BigDecimal("300000.00"), new BigDecimal("600000.01"),
                new BigDecimal("100000.00"));
        assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000000.01");
        for (PaymentTerms t : PaymentTerms.builtIn()) {
            assertThat(t.split(new BigDecimal("333333.33")).stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(t.name()).isEqualByComparingTo("333333.33");
        }
    }

    @Test
    void sharesMustAddUpToAHundredPercent() {
        assertThatThrownBy(() -> new PaymentTerms("bad", List.of(PaymentTerms.Line.share("a", 30,
                Stage.ACCEPTED, 0, false)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retentionIsDueAYearAfterAcceptance() {
        StageDates s = StageDates.NONE.withActual(Stage.CONTRACT_SIGNED, LocalDate.of(2026, 1, 5))
                .withPlanned(Stage.ACCEPTED, LocalDate.of(2026, 6, 30));
        List<Installment> inst = PaymentTerms.threeSixOne().installments(7, new BigDecimal("1000000.01"), s);
        assertThat(inst).extracting(Installment::dueDate).containsExactly(LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 6, 30), LocalDate.of(2027, 6, 30));
        assertThat(inst).extracting(Installment::trigger).containsExactly("contract_signed", "accepted", "accepted");
    }

    @Test
    void anInvoiceAfterTheCutoffCountsFromTheFirstOfNextMonth() {
        assertThat(InvoiceCutoff.acceptedDate(LocalDate.of(2026, 11, 25), 25)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(InvoiceCutoff.acceptedDate(LocalDate.of(2026, 11, 26), 25)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(InvoiceCutoff.acceptedDate(LocalDate.of(2026, 11, 26), null)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(InvoiceCutoff.acceptedDate(LocalDate.of(2026, 2, 28), 31)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(InvoiceCutoff.deadline(LocalDate.of(2026, 11, 27), 25)).isEqualTo(LocalDate.of(2026, 12, 25));
    }

    @Test
    void endOfMonthPlusSixty() {
        PaymentRule rule = PaymentRule.endOfMonthPlus(60);
        assertThat(rule.expectedPayment(LocalDate.of(2026, 11, 10))).isEqualTo(LocalDate.of(2027, 1, 29));
        assertThat(PaymentRule.daysAfterInvoice(30).expectedPayment(LocalDate.of(2026, 11, 10)))
                .isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(PaymentRule.runDays(List.of(10, 25)).expectedPayment(LocalDate.of(2026, 11, 26)))
                .isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void missingTheCutoffMovesTheMoneyAMonth() {
        var slip = CollectionForecast.slip(LocalDate.of(2026, 11, 20), new BigDecimal("600000.00"), 25,
                PaymentRule.endOfMonthPlus(30), null);
        assertThat(slip).isNotNull();
        assertThat(slip.deadline()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(slip.from()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(slip.to()).isEqualTo(YearMonth.of(2027, 1));
    }

    @Test
    void aLearnedDelayOverridesTheRuleOnceThereAreThreePaidInstallments() {
        List<LocalDate[]> history = new ArrayList<>();
        history.add(new LocalDate[] {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 2)});
        history.add(new LocalDate[] {LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 12)});
        assertThat(CollectionForecast.learnedDelay(history)).isNull();
        history.add(new LocalDate[] {LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 20)});
        Integer delay = CollectionForecast.learnedDelay(history);
        assertThat(delay).isEqualTo(70);
        var e = CollectionForecast.expect(LocalDate.of(2026, 11, 26), 25, PaymentRule.daysAfterInvoice(30), delay);
        assertThat(e.accepted()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(e.payment()).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(e.learned()).isTrue();
    }

    @Test
    void agingBucketsAlwaysAddUpToTheOutstandingToTheCent() {
        Random rnd = new Random(7);
        LocalDate asOf = LocalDate.of(2026, 11, 27);
        for (int round = 0; round < 200; round++) {
            List<Aging.Item> items = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < rnd.nextInt(40); i++) {
                BigDecimal amt = BigDecimal.valueOf(rnd.nextLong(-50_000_00L, 5_000_000_00L), 2);
                LocalDate due = rnd.nextInt(10) == 0 ? null : asOf.plusDays(rnd.nextInt(-1500, 400));
                items.add(new Aging.Item(due, amt));
                total = total.add(amt);
            }
            for (List<AgingBucket> buckets : List.of(Aging.defaultBuckets(), Aging.yearlyBuckets(),
                    Aging.bucketsFromLimits(List.of(15, 45)))) {
                Map<AgingBucket, BigDecimal> aged = Aging.age(items, asOf, buckets);
                assertThat(aged.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo(total);
            }
        }
    }

    @Test
    void bucketBoundariesAreInclusive() {
        LocalDate asOf = LocalDate.of(2026, 11, 27);
        var aged = Aging.age(List.of(new Aging.Item(asOf, Money.of(1)), new Aging.Item(asOf.minusDays(1), Money.of(2)),
                new Aging.Item(asOf.minusDays(30), Money.of(4)), new Aging.Item(asOf.minusDays(31), Money.of(8)),
                new Aging.Item(asOf.minusDays(366), Money.of(16))), asOf, Aging.defaultBuckets());
        assertThat(aged.values()).containsExactly(Money.of(1), Money.of(6), Money.of(8), Money.ZERO, Money.ZERO,
                Money.ZERO, Money.of(16));
    }
}
