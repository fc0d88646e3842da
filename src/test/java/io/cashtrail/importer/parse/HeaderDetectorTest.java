package io.cashtrail.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.importer.read.SheetRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderDetectorTest {
    private static final String TITLE = "2016年华东区合同台账";

    /** Title merged across, a 制表日期 line, header, customers merged down, subtotals, the header again. */
    static List<SheetRow> ledger() {
        return new Rows()
                .add(TITLE, TITLE, TITLE, TITLE, TITLE, TITLE, TITLE)
                .add("制表日期：2017-01-05", null, null, null, null, "单位：元", null)
                .blank()
                .add("序号", "客户名称", "合同编号", "签订日期", "合同金额", "业务员", "备注")
                .add(1, "华为技术有限公司", "HT-2016-001", LocalDate.of(2016, 3, 1), 120000, "张三", null)
                .add(2, "华为技术有限公司", "HT-2016-002", "2016.12.28", "12.5万", "张三", "分两批发货")
                .add(null, "华为小计", null, null, 245000, null, null)
                .add(3, "中兴通讯", "HT-2016-003", 42732, "¥1,234.50", "李四", null)
                .blank()
                .add("序号", "客户名称", "合同编号", "签订日期", "合同金额", "业务员", "备注")
                .add(4, "中兴通讯", "HT-2016-004", "2016/12/30", 5000, "李四", null)
                .add("合 计", null, null, null, 251234.5, null, null)
                .rows();
    }

    @Test
    void skipsTitleRowsAndFindsTheHeader() {
        HeaderInfo h = HeaderDetector.detect(ledger()).orElseThrow();
        assertThat(h.firstRow()).isEqualTo(3);
        assertThat(h.lastRow()).isEqualTo(3);
        assertThat(h.dataStart()).isEqualTo(4);
        assertThat(h.names()).containsExactly("序号", "客户名称", "合同编号", "签订日期", "合同金额", "业务员", "备注");
        assertThat(h.matchedFields()).isEqualTo(6);
        assertThat(h.confident()).isTrue();
        assertThat(h.unitFactor()).isEqualByComparingTo("1");
    }

    @Test
    void classifiesEveryRowOfTheLedger() {
        List<SheetRow> rows = ledger();
        RowClassifier classifier = new RowClassifier(HeaderDetector.detect(rows).orElseThrow());
        assertThat(rows.stream().map(classifier::classify).toList()).containsExactly(
                RowKind.TITLE, RowKind.TITLE, RowKind.TITLE, RowKind.HEADER, RowKind.DATA, RowKind.DATA,
                RowKind.SUBTOTAL, RowKind.DATA, RowKind.BLANK, RowKind.REPEATED_HEADER, RowKind.DATA, RowKind.SUBTOTAL);
    }

    @Test
    void recognisesSectionHeadingsRemarkLinesAndTextOnlyRecords() {
        List<SheetRow> rows = new Rows()
                .add("客户名称", "合同编号", "签订日期", "合同金额")
                .add("华东区", "华东区", "华东区", "华东区")
                .add("华为", "HT-1", "2016-12-28", "¥1,000")
                .add(null, "2017年1月", null, null)
                .add("中兴", "HT-2", "2017-01-05", 2000)
                .add("制表人：王五", null, "审核：赵六", null)
                .add("注：以上金额含税", null, null, null)
                .add("华为", "HT-3", "2017-01-05", "2,000", "备注：加急")
                // a delivery note's numbered remarks, merged across the row
                .add("备注1：", "备注1：", "备注1：", "备注1：")
                .add("备注２：送货单", "备注２：送货单", "备注２：送货单", "备注２：送货单")
                .add("Note 3: prices incl. VAT", null, null, null)
                // the footer's contract line with its remark merged over the other columns
                .add("合同号：H8888888", "是否安装调试验收", "备注1：", "备注1：", "备注1：")
                .rows();
        RowClassifier classifier = new RowClassifier(HeaderDetector.detect(rows).orElseThrow());
        assertThat(rows.stream().map(classifier::classify).toList()).containsExactly(RowKind.HEADER, RowKind.SECTION,
                RowKind.DATA, RowKind.SECTION, RowKind.DATA, RowKind.NOTE, RowKind.NOTE, RowKind.DATA, RowKind.NOTE,
                RowKind.NOTE, RowKind.NOTE, RowKind.NOTE);
    }

    @Test
    void aHeaderRepeatedBelowAFooterIsTheFirstBlocksHeaderSoBothBlocksAreData() {
        List<SheetRow> rows = new Rows()
                .add("发货通知单", "发货通知单", "发货通知单", "发货通知单")
                .add("编号", "客户名称", "数量", "金额", "交期")
                .add("D-01", "上海南淼", 1, 6623, "2025-11-29")
                .add("D-01", "上海南淼", 1, 6623, null)
                .add("合同号：H8888888", "合同号：H8888888", "是否安装调试验收", "备注1：")
                .add("合同号：H8888888", "合同号：H8888888", "N", "备注2：送货单")
                .add("编号", "客户名称", "数量", "金额", "交期")
                .add("D-02", "安徽成峰", 3, 4428, "2025-11-29")
                .rows();
        HeaderInfo h = HeaderDetector.detect(rows).orElseThrow();
        assertThat(h.firstRow()).isEqualTo(1);
        assertThat(h.rowCount()).isEqualTo(1);
        RowClassifier classifier = new RowClassifier(h);
        List<RowKind> kinds = rows.stream().map(classifier::classify).toList();
        assertThat(kinds.get(2)).isEqualTo(RowKind.DATA);
        assertThat(kinds.get(6)).isEqualTo(RowKind.REPEATED_HEADER);
        assertThat(kinds.get(7)).isEqualTo(RowKind.DATA);
    }

    @Test
    void aRepeatedTwoRowHeaderIsSkippedRowByRow() {
        List<SheetRow> rows = new Rows()
                .add("客户名称", "合同编号", "回款", "回款")
                .add("客户名称", "合同编号", "金额", "日期")
                .add("华为", "HT-1", 100, "2016-12-28")
                .add("客户名称", "合同编号", "回款", "回款")
                .add("客户名称", "合同编号", "金额", "日期")
                .add("中兴", "HT-2", 200, "2016-12-29")
                .rows();
        HeaderInfo h = HeaderDetector.detect(rows).orElseThrow();
        assertThat(h.rowCount()).isEqualTo(2);
        RowClassifier classifier = new RowClassifier(h);
        assertThat(rows.stream().map(classifier::classify).toList()).containsExactly(RowKind.HEADER, RowKind.HEADER,
                RowKind.DATA, RowKind.REPEATED_HEADER, RowKind.REPEATED_HEADER, RowKind.DATA);
    }

    @Test
    void combinesATwoRowHeader() {
        List<SheetRow> rows = new Rows()
                .add("应收账款明细表", "应收账款明细表", "应收账款明细表", "应收账款明细表", "应收账款明细表", "应收账款明细表", "应收账款明细表")
                .add("客户名称", "合同编号", "合同金额", "回款", "回款", "开票", "开票")
                .add("客户名称", "合同编号", "合同金额", "金额", "日期", "日期", "金额")
                .add("华为", "HT-1", 100000, 30000, "2016-12-28", "2016-12-20", 100000)
                .rows();
        HeaderInfo h = HeaderDetector.detect(rows).orElseThrow();
        assertThat(h.firstRow()).isEqualTo(1);
        assertThat(h.lastRow()).isEqualTo(2);
        assertThat(h.rowCount()).isEqualTo(2);
        assertThat(h.names()).containsExactly("客户名称", "合同编号", "合同金额", "回款金额", "回款日期", "开票日期", "开票金额");
        ColumnMapping m = ColumnMapper.map(h.names());
        assertThat(m.columns()).extracting(ColumnMatch::field).containsExactly(ImportField.CUSTOMER_NAME,
                ImportField.CONTRACT_NO, ImportField.AMOUNT, ImportField.PAYMENT_AMOUNT, ImportField.PAYMENT_DATE,
                ImportField.INVOICE_DATE, ImportField.INVOICE_AMOUNT);
        RowClassifier classifier = new RowClassifier(h);
        assertThat(rows.stream().map(classifier::classify).toList())
                .containsExactly(RowKind.TITLE, RowKind.HEADER, RowKind.HEADER, RowKind.DATA);
    }

    @Test
    void combinesATwoRowHeaderWhoseMergedCellsAreNotRepeated() {
        List<SheetRow> rows = new Rows()
                .add("客户", "合同号", "第一笔", null, "第二笔", null, "客户信息", null)
                .add(null, null, "回款金额", "回款日期", "回款金额", "回款日期", "联系人", "电话")
                .add("华为", "HT-1", 30000, "2016-12-28", 60000, "2017-03-01", "王五", "138")
                .rows();
        HeaderInfo h = HeaderDetector.detect(rows).orElseThrow();
        assertThat(h.rowCount()).isEqualTo(2);
        assertThat(h.names()).containsExactly("客户", "合同号", "第一笔回款金额", "第一笔回款日期", "第二笔回款金额", "第二笔回款日期",
                "联系人", "电话");
        ColumnMapping m = ColumnMapper.map(h.names());
        assertThat(m.groups()).containsOnlyKeys(1, 2);
        assertThat(m.find(ImportField.CONTACT_PERSON)).isPresent();
        assertThat(m.find(ImportField.CONTACT_PHONE)).isPresent();
    }

    @Test
    void findsAnEnglishHeaderAndASheetUnit() {
        List<SheetRow> rows = new Rows()
                .add("Sales ledger FY2016")
                .add("Amounts in RMB 单位：万元")
                .add("Customer", "Contract No.", "Order Date", "Amount", "Sales Rep", "Ship Date", "Invoice Number",
                        "Payment Date", "Paid", "Balance")
                .add("ACME", "C-1", "12/28/2016", 12.5, "Li", "01/05/2017", "No.123", "02/03/2017", 5, 7.5)
                .rows();
        HeaderInfo h = HeaderDetector.detect(rows).orElseThrow();
        assertThat(h.firstRow()).isEqualTo(2);
        assertThat(h.matchedFields()).isEqualTo(10);
        assertThat(h.unitFactor()).isEqualByComparingTo(new BigDecimal("10000"));
        ColumnMapping m = ColumnMapper.map(h.names(), h.unitFactor());
        assertThat(m.unmapped()).isEmpty();
        assertThat(m.find(ImportField.AMOUNT).orElseThrow().unitFactor()).isEqualByComparingTo("10000");
    }

    @Test
    void theUserCanPointAtTheHeaderRow() {
        List<SheetRow> rows = new Rows()
                .add("型号", "数量", "说明")
                .add("A-100", 2, "x")
                .rows();
        HeaderInfo guessed = HeaderDetector.detect(rows).orElseThrow();
        assertThat(guessed.confident()).isFalse();
        HeaderInfo chosen = HeaderDetector.atRow(rows, 0);
        assertThat(chosen.firstRow()).isZero();
        assertThat(chosen.names()).containsExactly("型号", "数量", "说明");
        HeaderInfo explicit = HeaderDetector.atRows(ledger(), 3, 1);
        assertThat(explicit.names()).contains("合同编号");
    }

    @Test
    void aHeaderIsNotPairedWithItsFirstDataRow() {
        List<SheetRow> rows = new Rows()
                .add("客户名称", "合同编号", "备注")
                .add("华为", "HT-1", "加急")
                .rows();
        HeaderInfo h = HeaderDetector.detect(rows).orElseThrow();
        assertThat(h.rowCount()).isEqualTo(1);
        assertThat(h.dataStart()).isEqualTo(1);
    }

    @Test
    void nothingToFindInABlankSheet() {
        assertThat(HeaderDetector.detect(new Rows().blank().blank().rows())).isEmpty();
        assertThat(HeaderDetector.detect(List.of())).isEmpty();
    }

    @Test
    void recognisesTotalLabels() {
        for (String t : List.of("合计", "合 计：", "小计", "华为小计", "2016年12月合计", "总计", "Total", "Grand Total",
                "Subtotal", "Q1 total", "TOTAL:")) {
            assertThat(RowClassifier.isTotalLabel(t)).as(t).isTrue();
        }
        for (String t : List.of("华为技术有限公司", "HT-2016-001", "TotalEnergies", "", "分两批发货，合计三台设备调试完成后验收")) {
            assertThat(RowClassifier.isTotalLabel(t)).as(t).isFalse();
        }
    }
}
