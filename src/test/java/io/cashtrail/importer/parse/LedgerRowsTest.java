package io.cashtrail.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.read.SheetRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reads a whole legacy ledger the way the import preview will: data rows only, each column by its field. */
class LedgerRowsTest {

    @AfterEach
    void reset() {
        Messages.use(Messages.ENGLISH);
    }

    private static List<SheetRow> ledgerWithABadDate() {
        return new Rows()
                .add("合同台账", "合同台账", "合同台账", "合同台账", "合同台账")
                .add("客户名称", "合同编号", "签订日期", "合同金额（万元）", "税率")
                .add("华为", "ＨＴ－001", "2016.12.28", 12.5, "13%")
                .add("华为", "HT-002", "2016.13.01", "1.2亿", 0.13)
                .add("华为小计", null, null, 10012.5, null)
                .add("中兴", "HT-003", 42732, "8,000元", "13.00%")
                .rows();
    }

    @Test
    void readsEveryDataRowAndReportsProblemsWithRowAndColumn() {
        List<SheetRow> rows = ledgerWithABadDate();
        SheetAnalysis a = SheetAnalyzer.analyze(rows, List.of()).orElseThrow();
        RowClassifier classifier = new RowClassifier(a.header());
        List<List<Object>> values = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (SheetRow row : rows) {
            if (classifier.classify(row) != RowKind.DATA) {
                continue;
            }
            List<Object> v = new ArrayList<>();
            for (ColumnMatch c : a.mapping().columns()) {
                Parsed<?> p = ValueParsers.parse(c, row.cell(c.column()), a.datesFor(c.column()));
                v.add(p.value());
                if (p.problem() != null) {
                    String what = Messages.get(p.problem().key(), p.problem().argArray());
                    problems.add(Messages.get("import.problem.at", String.valueOf(row.index() + 1), c.header(), what));
                }
            }
            values.add(v);
        }
        assertThat(values).containsExactly(
                List.of("华为", "HT-001", LocalDate.of(2016, 12, 28), new BigDecimal("125000.00"), new BigDecimal("13.00")),
                java.util.Arrays.asList("华为", "HT-002", null, new BigDecimal("120000000.00"), new BigDecimal("13.00")),
                List.of("中兴", "HT-003", LocalDate.of(2016, 12, 28), new BigDecimal("8000.00"), new BigDecimal("13.00")));
        assertThat(problems).containsExactly("Row 4, 签订日期: Not a date: \"2016.13.01\"");
        Messages.use(Messages.CHINESE);
        ParseProblem p = DateParser.standard().parseText("2016.13.01").problem();
        assertThat(Messages.get("import.problem.at", "4", "签订日期", Messages.get(p.key(), p.argArray())))
                .isEqualTo("第4行，签订日期：不是日期：“2016.13.01”");
    }
}
