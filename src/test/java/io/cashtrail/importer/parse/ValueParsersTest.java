package io.cashtrail.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.importer.read.CellValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParsersTest {
    private static final ColumnMapping MAPPING = ColumnMapper.map(
            List.of("客户名称", "合同编号", "签订日期", "金额(万元)", "税率", "开票截止日", "型号"));
    private static final DateParser DATES = DateParser.standard();

    @Test
    void readsEachColumnAsItsFieldNeeds() {
        List<CellValue> cells = List.of(CellValue.text("　华为技术有限公司 "), CellValue.text("ｈｔ－001"),
                CellValue.text("2016年12月28日"), CellValue.number(new BigDecimal("12.5"), null, null), CellValue.text("13%"),
                CellValue.text("每月25号前"), CellValue.text("A-100"));
        List<Object> values = new java.util.ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            values.add(ValueParsers.parse(MAPPING.column(i), cells.get(i), DATES).value());
        }
        assertThat(values).containsExactly("华为技术有限公司", "ht-001", LocalDate.of(2016, 12, 28),
                new BigDecimal("125000.00"), new BigDecimal("13.00"), 25, "A-100");
    }

    @Test
    void textOfOtherCells() {
        assertThat(ValueParsers.text(CellValue.number(new BigDecimal("2016001"), "2016001", null)).value()).isEqualTo("2016001");
        assertThat(ValueParsers.text(CellValue.date(LocalDateTime.of(2016, 12, 28, 0, 0), null, null)).value())
                .isEqualTo("2016-12-28");
        assertThat(ValueParsers.text(CellValue.text("无")).isEmpty()).isTrue();
        assertThat(ValueParsers.text(CellValue.error("#REF!")).problem().key()).isEqualTo("import.problem.errorCell");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"25|25", "25日|25", "每月25号|25", "25号前|25", "1|1", "３１|31"})
    void readsDaysOfMonth(String text, int day) {
        assertThat(ValueParsers.dayOfMonth(CellValue.text(text)).value()).isEqualTo(day);
    }

    @ParameterizedTest
    @CsvSource({"0", "32", "月底", "25.5"})
    void reportsWhatIsNotADay(String text) {
        assertThat(ValueParsers.dayOfMonth(CellValue.text(text)).problem().key()).isEqualTo("import.problem.notDayOfMonth");
    }

    @Test
    void dayOfMonthFromNumbers() {
        assertThat(ValueParsers.dayOfMonth(CellValue.number(new BigDecimal("25.0"), null, null)).value()).isEqualTo(25);
        assertThat(ValueParsers.dayOfMonth(CellValue.number(new BigDecimal("25.5"), null, null)).isError()).isTrue();
        assertThat(ValueParsers.dayOfMonth(CellValue.error("#N/A")).problem().key()).isEqualTo("import.problem.errorCell");
    }
}
