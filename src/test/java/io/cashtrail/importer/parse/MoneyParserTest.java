package io.cashtrail.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.importer.read.CellValue;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "¥1,234.50|1234.50",
        "￥1,234.50|1234.50",
        "1,234.5元|1234.50",
        "12.5万|125000.00",
        "12.5万元|125000.00",
        "1.2亿|120000000.00",
        "3千元|3000.00",
        "(1,000)|-1000.00",
        "（1,000）|-1000.00",
        "-1,000|-1000.00",
        "−1,000|-1000.00",
        "¥-1,000.00|-1000.00",
        "-¥1,000.00|-1000.00",
        "１２３，４５６．７８|123456.78",
        "' 1 234 567.8 '|1234567.80",
        "RMB 5,000|5000.00",
        "人民币5000元整|5000.00",
        "1234567|1234567.00",
        ".5|0.50",
        "0|0.00",
        "+12|12.00",
        "(¥1,000.00)|-1000.00",
        "1,000.00-|-1000.00",
    })
    void readsTextAmounts(String text, String expected) {
        Parsed<BigDecimal> r = MoneyParser.parse(CellValue.text(text));
        assertThat(r.value()).isEqualTo(new BigDecimal(expected));
        assertThat(r.problem()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "12,5|import.problem.notAmount",
        "1,2345|import.problem.notAmount",
        "abc|import.problem.notAmount",
        "1.2.3|import.problem.notAmount",
        "$100|import.problem.notAmount",
        "万|import.problem.notAmount",
        "12..5|import.problem.notAmount",
        "13%|import.problem.notAmount",
    })
    void reportsWhatIsNotAnAmount(String text, String key) {
        Parsed<BigDecimal> r = MoneyParser.parse(CellValue.text(text));
        assertThat(r.isError()).isTrue();
        assertThat(r.problem().key()).isEqualTo(key);
        assertThat(r.problem().args()).containsExactly(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "' '", "—", "——", "-", "/", "无", "NULL", "null", "N/A"})
    void placeholdersAreEmpty(String text) {
        assertThat(MoneyParser.parse(CellValue.text(text)).isEmpty()).isTrue();
    }

    @Test
    void numbersStayExact() {
        CellValue cell = CellValue.number(new BigDecimal("12345678901234.56"), null, "#,##0.00");
        assertThat(MoneyParser.parse(cell).value()).isEqualTo(new BigDecimal("12345678901234.56"));
        assertThat(MoneyParser.parse(CellValue.number(new BigDecimal("0.1"), null, null)).value())
                .isEqualTo(new BigDecimal("0.10"));
    }

    @ParameterizedTest(name = "{0} -> {1} (warning)")
    @CsvSource(delimiter = '|', value = {"1234.565|1234.57", "1234.5649|1234.56", "0.005|0.01", "-0.005|-0.01"})
    void warnsWhenMoreThanTwoDecimalsAreRounded(String number, String expected) {
        Parsed<BigDecimal> r = MoneyParser.parse(CellValue.number(new BigDecimal(number), number, null));
        assertThat(r.value()).isEqualTo(new BigDecimal(expected));
        assertThat(r.hasWarning()).isTrue();
        assertThat(r.problem().key()).isEqualTo("import.problem.amountRounded");
        assertThat(r.problem().args()).containsExactly(number, expected);
        assertThat(MoneyParser.parse(CellValue.text(number)).hasWarning()).isTrue();
    }

    @Test
    void trailingZerosAreNotRounding() {
        assertThat(MoneyParser.parse(CellValue.text("1,234.5000")).problem()).isNull();
    }

    @Test
    void columnUnitAppliesToBareNumbersOnly() {
        BigDecimal wan = new BigDecimal("10000");
        assertThat(MoneyParser.parse(CellValue.number(new BigDecimal("12.5"), null, null), wan).value())
                .isEqualTo(new BigDecimal("125000.00"));
        assertThat(MoneyParser.parse(CellValue.text("12.5"), wan).value()).isEqualTo(new BigDecimal("125000.00"));
        assertThat(MoneyParser.parse(CellValue.text("12.5万"), wan).value()).isEqualTo(new BigDecimal("125000.00"));
        assertThat(MoneyParser.parse(CellValue.text("800元"), wan).value()).isEqualTo(new BigDecimal("800.00"));
    }

    @Test
    void otherCellKindsAreProblems() {
        assertThat(MoneyParser.parse(CellValue.error("#VALUE!")).problem().key()).isEqualTo("import.problem.errorCell");
        assertThat(MoneyParser.parse(CellValue.bool(false)).problem().key()).isEqualTo("import.problem.notAmount");
        assertThat(MoneyParser.parse(CellValue.date(LocalDateTime.of(2016, 1, 1, 0, 0), BigDecimal.ONE, null))
                .problem().key()).isEqualTo("import.problem.notAmount");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "13.00%|13.00", "13%|13.00", "13|13.00", "0.13|13.00", "１３％|13.00", "6 %|6.00", "免税|0.00",
        "0|0.00", "1|1.00", "16.5%|16.50", "100%|100.00",
    })
    void readsTextRates(String text, String expected) {
        assertThat(MoneyParser.parseRate(CellValue.text(text)).value()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', value = {"0.13|General|13.00", "0.13|0.00%|13.00", "13|General|13.00", "0.09|0%|9.00"})
    void readsNumberRates(String number, String format, String expected) {
        assertThat(MoneyParser.parseRate(CellValue.number(new BigDecimal(number), null, format)).value())
                .isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource({"113%", "-3%", "abc", "13%%"})
    void reportsWhatIsNotARate(String text) {
        assertThat(MoneyParser.parseRate(CellValue.text(text)).problem().key()).isEqualTo("import.problem.notPercent");
    }

    @Test
    void emptyRates() {
        assertThat(MoneyParser.parseRate(CellValue.text("—")).isEmpty()).isTrue();
        assertThat(MoneyParser.parseRate(CellValue.EMPTY).isEmpty()).isTrue();
        assertThat(MoneyParser.parseRate(CellValue.error("#N/A")).problem().key()).isEqualTo("import.problem.errorCell");
    }
}
