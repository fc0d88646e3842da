package io.cashtrail.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.importer.read.CellValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateParserTest {
    private final DateParser parser = DateParser.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2016-12-28|2016-12-28",
        "2016/12/28|2016-12-28",
        "2016.12.28|2016-12-28",
        "20161228|2016-12-28",
        "2016年12月28日|2016-12-28",
        "2016年12月8号|2016-12-08",
        "2016 年 12 月 28 日|2016-12-28",
        "2016-12-28 00:00:00|2016-12-28",
        "2016-12-28 00:00:00.000|2016-12-28",
        "2016-12-28T08:15:00|2016-12-28",
        "2018/5/16 9:41|2018-05-16",
        "2016年12月28日 9:41|2016-12-28",
        "'  2016-12-28\u3000'|2016-12-28",
        "２０１６－１２－２８|2016-12-28",
        "16.12.28|2016-12-28",
        "98-01-05|1998-01-05",
        "28/12/2016|2016-12-28",
        "12/28/2016|2016-12-28",
        "28/12/16|2016-12-28",
        "7/7/2016|2016-07-07",
        "2016.12.28.|2016-12-28",
        "28-Dec-2016|2016-12-28",
        "28-Dec-16|2016-12-28",
        "28 Dec 2016|2016-12-28",
        "Dec 28, 2016|2016-12-28",
        "December 28th 2016|2016-12-28",
        "Sept 5, 2016|2016-09-05",
        "12/28/2016 9:41 AM|2016-12-28",
        "2016-12-28 09:41:00 pm|2016-12-28",
    })
    void readsTextDates(String text, String expected) {
        assertThat(parser.parseText(text).value()).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2016.13.01|import.problem.notDate",
        "2016-02-30|import.problem.notDate",
        "2016年12月|import.problem.notDate",
        "2016.12|import.problem.notDate",
        "明天|import.problem.notDate",
        "12/28/16/1|import.problem.notDate",
        "05/06/2016|import.problem.ambiguousDate",
        "1066-10-14|import.problem.notPlausibleDate",
        "2316-10-14|import.problem.notPlausibleDate",
        "31-Feb-2016|import.problem.notDate",
        "28-Dez-2016|import.problem.notDate",
        "Decxyz 28 2016|import.problem.notDate",
    })
    void reportsWhatIsNotADate(String text, String key) {
        Parsed<LocalDate> r = parser.parseText(text);
        assertThat(r.value()).isNull();
        assertThat(r.isError()).isTrue();
        assertThat(r.problem().key()).isEqualTo(key);
        assertThat(r.problem().args()).containsExactly(text);
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "05/06/2016|DMY|2016-06-05",
        "05/06/2016|MDY|2016-05-06",
        "28/12/2016|MDY|2016-12-28",
        "2016/05/06|MDY|2016-05-06",
    })
    void usesTheColumnOrderForAmbiguousDates(String text, DateOrder order, String expected) {
        assertThat(parser.withOrder(order).parseText(text).value()).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void twoDigitYearPivotIsConfigurable() {
        assertThat(new DateParser(null, 50).parseText("60.01.02").value()).isEqualTo(LocalDate.of(1960, 1, 2));
        assertThat(new DateParser(null, 50).parseText("49.01.02").value()).isEqualTo(LocalDate.of(2049, 1, 2));
    }

    @Test
    void dateCellsAreTakenAsTheyAre() {
        CellValue cell = CellValue.date(LocalDateTime.of(2016, 12, 28, 9, 41), new BigDecimal("42732.40"), "yyyy\"年\"m\"月\"d\"日\"");
        assertThat(parser.parse(cell).value()).isEqualTo(LocalDate.of(2016, 12, 28));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "42732|2016-12-28",
        "42732.75|2016-12-28",
        "43236.40347|2018-05-16",
        "20161228|2016-12-28",
        "18264|1950-01-01",
    })
    void numbersInADateColumnAreExcelSerials(String number, String expected) {
        CellValue cell = CellValue.number(new BigDecimal(number), number, "General");
        assertThat(parser.parse(cell).value()).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"12", "0", "-5", "18263", "73051", "1234567", "20161328"})
    void implausibleSerialsAreProblems(String number) {
        Parsed<LocalDate> r = parser.parse(CellValue.number(new BigDecimal(number), number, null));
        assertThat(r.isError()).isTrue();
        assertThat(r.problem().key()).isIn("import.problem.notPlausibleDate", "import.problem.notDate");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "' '", "—", "-", "/", "无", "NULL", "待定"})
    void blanksAndPlaceholdersAreEmpty(String text) {
        assertThat(parser.parse(CellValue.text(text)).isEmpty()).isTrue();
    }

    @Test
    void errorAndBooleanCellsAreProblems() {
        assertThat(parser.parse(CellValue.error("#N/A")).problem().key()).isEqualTo("import.problem.errorCell");
        assertThat(parser.parse(CellValue.bool(true)).problem().key()).isEqualTo("import.problem.notDate");
    }

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(delimiter = '|', value = {
        "2016.12.15至2017.3.15|2016-12-15|2017-03-15",
        "2016.12.15-2017.3.15|2016-12-15|2017-03-15",
        "2016-12-15-2017-03-15|2016-12-15|2017-03-15",
        "2016/12/15~2017/3/15|2016-12-15|2017-03-15",
        "2016/12/15 ～ 2017/3/15|2016-12-15|2017-03-15",
        "2016年12月15日到2017年3月15日|2016-12-15|2017-03-15",
        "2016.12.15—2017.3.15|2016-12-15|2017-03-15",
        "2016.12.15至3.15|2016-12-15|2017-03-15",
        "2016.11.15-12.20|2016-11-15|2016-12-20",
        "2016.12.15|2016-12-15|2016-12-15",
    })
    void readsRanges(String text, String start, String end) {
        assertThat(parser.parseRange(CellValue.text(text)).value())
                .isEqualTo(new DateRange(LocalDate.parse(start), LocalDate.parse(end)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2017.3.15至2016.12.15|import.problem.rangeEndBeforeStart",
        "2016.13.15至2017.3.15|import.problem.notDateRange",
        "下周至月底|import.problem.notDateRange",
    })
    void reportsBadRanges(String text, String key) {
        assertThat(parser.parseRange(CellValue.text(text)).problem().key()).isEqualTo(key);
    }

    @Test
    void aDateCellIsAOneDayRange() {
        CellValue cell = CellValue.date(LocalDateTime.of(2016, 12, 28, 0, 0), new BigDecimal("42732"), null);
        assertThat(parser.parseRange(cell).value()).isEqualTo(new DateRange(LocalDate.of(2016, 12, 28), LocalDate.of(2016, 12, 28)));
    }
}
