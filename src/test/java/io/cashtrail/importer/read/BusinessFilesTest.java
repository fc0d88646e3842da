package io.cashtrail.importer.read;

import static io.cashtrail.importer.read.ReadHelper.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cashtrail.importer.read.CellValue.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the real business files of the shared corpus must give (the values a user sees in Excel). */
class BusinessFilesTest {
    private static Path corpus(String name) {
        Path file = Path.of("..", "shared", "corpus").resolve(name);
        assumeTrue(Files.isRegularFile(file), "corpus file missing: " + name);
        return file;
    }

    @Test
    void gbkCsvGivesChineseHeaders() throws Exception {
        List<SheetRow> rows = rows(corpus("business/wmj_1月.csv"), 0);
        assertThat(rows.get(0).cells()).extracting(CellValue::text)
                .contains("买家会员名", "买家实际支付金额", "收货人姓名", "宝贝标题", "订单付款时间");
        assertThat(rows.get(1).cell(4).text()).isEqualTo("2018/5/16 9:41");
    }

    @Test
    void utf8CsvKeepsNullAsText() throws Exception {
        List<SheetRow> rows = rows(corpus("business/northwind_orders.csv"), 0);
        assertThat(rows).hasSize(831);
        assertThat(rows.get(0).cell(0).text()).isEqualTo("OrderID");
        assertThat(rows.get(1).cell(11)).isEqualTo(CellValue.text("NULL"));
        assertThat(rows.get(2).cell(8).text()).isEqualTo("Toms Spezialitäten");
    }

    @Test
    void deliveryNoteDatesUseTheEastAsianFormatAndMergedTitleRepeats() throws Exception {
        List<SheetRow> rows = rows(corpus("business/nfp_杭泵上海办-25.11.26成1-发货单.xlsx"), 0);
        SheetRow header = rows.stream().filter(r -> r.cell(0).text().equals("编号")).findFirst().orElseThrow();
        assertThat(header.cells()).extracting(CellValue::text).contains("客户名称", "交期");
        SheetRow first = ReadHelper.row(rows, header.index() + 1);
        CellValue due = first.cell(8);
        assertThat(due.kind()).isEqualTo(Kind.DATE);
        assertThat(due.dateTime()).isEqualTo(LocalDateTime.of(2025, 11, 29, 0, 0));
        assertThat(first.cell(7).number()).isEqualByComparingTo("6623");
        assertThat(rows.get(0).cell(0).text()).isEqualTo(rows.get(0).cell(3).text()).contains("发货通知单");
        assertThat(rows.stream().filter(r -> r.cell(0).text().equals("编号")).count()).as("repeated header").isEqualTo(2);
    }

    @Test
    void orderSheetMarksRowsHiddenByTheAutofilterAndKeepsFormulaResults() throws Exception {
        List<SheetRow> rows = rows(corpus("business/feng_订单.xlsx"), 0);
        assertThat(rows.stream().filter(SheetRow::hidden).count()).isEqualTo(62);
        assertThat(rows.get(0).cell(1).text()).isEqualTo("条码");
        assertThat(rows.get(1).cell(9).number()).isEqualByComparingTo("10574.2");
    }

    @Test
    void financialSampleHasDatesAndTrimmedHeaders() throws Exception {
        List<SheetRow> rows = rows(corpus("business/Financial Sample.xlsx"), 0);
        assertThat(rows).hasSize(701);
        assertThat(rows.get(0).cells()).extracting(CellValue::text).contains("Sales", "Date");
        assertThat(rows.get(1).cell(12).kind()).isEqualTo(Kind.DATE);
        assertThat(rows.get(1).cell(4).number()).isEqualByComparingTo("1618.5");
    }

    @Test
    void salesTableStreamsAllRows() throws Exception {
        List<SheetRow> rows = rows(corpus("business/wmj_销售表.xlsx"), 0);
        assertThat(rows).hasSize(11_816);
        assertThat(rows.get(1).cell(0).dateTime()).isEqualTo(LocalDateTime.of(2019, 1, 1, 0, 0));
    }

    @Test
    void hugeDimensionDoesNotMeanHugeWork() throws Exception {
        assertThat(rows(corpus("poi/60384.xlsx"), 0)).hasSize(45);
    }
}
