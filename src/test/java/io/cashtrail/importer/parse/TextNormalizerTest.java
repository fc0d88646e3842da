package io.cashtrail.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "'\u3000 华为技术有限公司 \u00A0'|华为技术有限公司",
        "'ＡＢＣ　有限公司'|ABC 有限公司",
        "'a   b\tc'|a b c",
        "''|''",
    })
    void cleansText(String raw, String expected) {
        assertThat(TextNormalizer.clean(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "'ｈｔ－２０１６ 001'|HT-2016001",
        "' HT-2016001\u3000'|HT-2016001",
        "'ht-2016-001'|HT-2016-001",
    })
    void keysIdentifiers(String raw, String expected) {
        assertThat(TextNormalizer.key(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {"' Contract No. '|contractno.", "'合 同 编 号'|合同编号", "'（万元）'|(万元)"})
    void foldsForComparison(String raw, String expected) {
        assertThat(TextNormalizer.fold(raw)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void nullIsEmpty() {
        assertThat(TextNormalizer.trim(null)).isEmpty();
        assertThat(TextNormalizer.key(null)).isEmpty();
    }
}
