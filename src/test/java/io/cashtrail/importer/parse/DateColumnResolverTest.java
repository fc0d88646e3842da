package io.cashtrail.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.importer.parse.DateColumnResolver.Outcome;
import io.cashtrail.importer.read.CellValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateColumnResolverTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "05/06/2016;28/12/2016;01/02/2017|RESOLVED|DMY",
        "05/06/2016;12/28/2016;01/02/2017|RESOLVED|MDY",
        "05/06/2016;01/02/2017;07/07/2017|AMBIGUOUS|",
        "28/12/2016;12/28/2016;13/01/2017|CONFLICT|DMY",
        "2016-12-28;2016/05/06;20161228|NOT_NEEDED|",
        "28/12/2016 9:41;05/06/2016 10:00|RESOLVED|DMY",
        "28.12.16;05.06.16|NOT_NEEDED|",
    })
    void decidesTheOrderFromUnambiguousValues(String values, Outcome outcome, DateOrder order) {
        List<CellValue> cells = Arrays.stream(values.split(";")).map(CellValue::text).toList();
        DateColumnResolver.Resolution r = DateColumnResolver.resolve(cells);
        assertThat(r.outcome()).isEqualTo(outcome);
        assertThat(r.order()).isEqualTo(order);
        assertThat(r.needsUser()).isEqualTo(outcome == Outcome.AMBIGUOUS || outcome == Outcome.CONFLICT);
    }

    @org.junit.jupiter.api.Test
    void ignoresNumbersBlanksAndCountsEvidence() {
        List<CellValue> cells = List.of(CellValue.EMPTY, CellValue.number(new BigDecimal("42732"), null, null),
                CellValue.text("13/01/2017"), CellValue.text("14/01/2017"), CellValue.text("05/06/2016"));
        DateColumnResolver.Resolution r = DateColumnResolver.resolve(cells);
        assertThat(r.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(r.dmyOnly()).isEqualTo(2);
        assertThat(r.ambiguous()).isEqualTo(1);
        DateParser p = DateParser.standard().withOrder(r.order());
        assertThat(cells.stream().map(c -> p.parse(c).value()).toList()).extracting(String::valueOf)
                .containsExactly("null", "2016-12-28", "2017-01-13", "2017-01-14", "2016-06-05");
    }
}
