package io.cashtrail.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.cashtrail.importer.read.CellValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever a cell or header holds, the parsers answer with a value, empty or a problem; they never throw. */
class OddInputTest {
    private static final List<String> ODD = List.of("", " ", "\u3000", "\uFEFF", "-", "--", "(", ")", "()", "¥", "万", "亿元",
            ".", ",", "%", "%%", "0", "-0", "00000000", "99999999999999999999999999", "1e5", "NaN", "Infinity",
            "0000-00-00", "9999-99-99", "2016-12-28 99:99", "2016年", "年月日", "至", "2016至", "至2016", "~~", "第", "第十十笔",
            "回款0", "回款99", "(万元)", "（）", "【】", "\u0000", "😀", "٣٤٥", "１２３４５６７８９０１２３４５６７８９０",
            "1,,000", ",100", "100,", "1.", "12.5万万", "万12", "¥¥1", "--1", "(-1)", "1-1", "#N/A", "TRUE",
            "a".repeat(10_000), "9".repeat(400), "2016-12-28".repeat(50));

    @Test
    void parsersNeverThrow() {
        DateParser dates = DateParser.standard();
        ColumnMapping mapping = ColumnMapper.map(List.of("客户", "签订日期", "金额", "税率", "开票截止日", "合同号"));
        for (String s : ODD) {
            CellValue cell = CellValue.text(s);
            assertThatCode(() -> {
                assertResult(dates.parse(cell));
                assertResult(dates.parseRange(cell));
                assertResult(MoneyParser.parse(cell));
                assertResult(MoneyParser.parseRate(cell));
                for (ColumnMatch c : mapping.columns()) {
                    assertResult(ValueParsers.parse(c, cell, dates));
                }
                HeaderName.of(s);
                ColumnMapper.map(List.of(s, s));
                RowClassifier.isTotalLabel(s);
                SheetProfile.signature(List.of(s));
                DateColumnResolver.resolve(List.of(cell));
            }).as(s.length() > 40 ? s.substring(0, 40) : s).doesNotThrowAnyException();
        }
    }

    @Test
    void oddNumbersNeverThrow() {
        List<BigDecimal> numbers = new ArrayList<>(List.of(BigDecimal.ZERO, new BigDecimal("-1"), new BigDecimal("1E+400"),
                new BigDecimal("1E-400"), new BigDecimal("42732.999999999"), new BigDecimal("-42732")));
        for (BigDecimal n : numbers) {
            CellValue cell = CellValue.number(n, null, null);
            assertThatCode(() -> {
                assertResult(DateParser.standard().parse(cell));
                assertResult(MoneyParser.parse(cell));
                assertResult(MoneyParser.parseRate(cell));
                assertResult(ValueParsers.dayOfMonth(cell));
            }).as(n.toString()).doesNotThrowAnyException();
        }
    }

    @Test
    void oddRowsNeverThrow() {
        Rows rows = new Rows().blank().add((Object) null).add("", "", "").add(1, 2, 3).add("合计").add("客户名称", "客户名称");
        assertThatCode(() -> {
            HeaderDetector.detect(rows.rows()).ifPresent(h -> {
                RowClassifier c = new RowClassifier(h);
                rows.rows().forEach(c::classify);
            });
            SheetAnalyzer.analyze(rows.rows(), List.of());
            for (int i = 0; i < rows.rows().size(); i++) {
                HeaderDetector.atRow(rows.rows(), i);
            }
        }).doesNotThrowAnyException();
    }

    private static void assertResult(Parsed<?> p) {
        assertThat(p.value() != null || p.problem() != null || p.isEmpty()).isTrue();
        if (p.problem() != null) {
            assertThat(p.problem().key()).startsWith("import.problem.");
        }
    }
}
