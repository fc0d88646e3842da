package io.cashtrail.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.importer.read.CellValue;
import io.cashtrail.importer.read.SheetRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class FillDownTest {

    @Test
    void fillsMergedCustomerBlocksFromCsvUntilTheSubtotal() {
        List<SheetRow> rows = new Rows()
                .add("客户名称", "合同编号", "订单号", "金额", "备注")
                .add("华为", "HT-1", "D-1", 100, "急")
                .add(null, null, "D-2", 200)
                .add(null, "HT-2", "D-3", 300, null)
                .add("华为小计", null, null, 600, null)
                .add(null, "HT-3", "D-4", 50, null)
                .add("中兴", "HT-4", "D-5", 70, null)
                .add(null, null, "D-6", 80, null)
                .rows();
        HeaderInfo h = HeaderDetector.detect(rows).orElseThrow();
        ColumnMapping m = ColumnMapper.map(h.names());
        List<SheetRow> filled = FillDown.apply(rows, new RowClassifier(h), m, FillDown.USUAL_FIELDS);
        assertThat(filled).extracting(r -> r.cell(0).text() + "|" + r.cell(1).text() + "|" + r.cell(4).text()).containsExactly(
                "客户名称|合同编号|备注", "华为|HT-1|急", "华为|HT-1|", "华为|HT-2|", "华为小计||", "|HT-3|", "中兴|HT-4|",
                "中兴|HT-4|");
        assertThat(filled.get(2).index()).isEqualTo(2);
        assertThat(rows.get(2).cell(0)).isEqualTo(CellValue.EMPTY);
    }
}
