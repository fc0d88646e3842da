package io.cashtrail.importer.read;

import static io.cashtrail.importer.read.ReadHelper.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    private static final String TABLE = "买家会员名,实付金额,备注\n"
            + "mrhy1,41.86,\"北京, 朝阳区\"\n"
            + "\"张\"\"三\",NULL,\"第一行\n第二行\"\n"
            + "\n"
            + "  王五\u3000 ,0.1,\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bom, String text, Charset cs) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bom);
        out.write(text.getBytes(cs));
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"UTF-8,none", "UTF-8,bom", "UTF-16LE,bom", "UTF-16BE,bom", "GBK,none", "GB18030,none"})
    void detectsTheEncoding(String charset, String bom) throws Exception {
        Charset cs = Charset.forName(charset);
        byte[] mark = bom.equals("none") ? new byte[0] : "\uFEFF".getBytes(cs);
        Path file = write("订单.csv", mark, TABLE, cs);
        assertTable(rows(file, 0), ',');
        assertThat(ReadHelper.sheets(file).get(0).name()).isEqualTo("订单");
    }

    @ParameterizedTest(name = "delimiter {0}")
    @CsvSource(value = {"TAB", "';'", "','"}, quoteCharacter = '\'')
    void detectsTheDelimiter(String name) throws Exception {
        char d = name.equals("TAB") ? '\t' : name.charAt(0);
        String text = TABLE.replace(',', d);
        Path file = write("t.txt", new byte[0], text, StandardCharsets.UTF_8);
        assertTable(rows(file, 0), d);
    }

    private static void assertTable(List<SheetRow> rows, char delimiter) {
        String embedded = delimiter == ',' ? "北京, 朝阳区" : "北京" + delimiter + " 朝阳区";
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).cells()).extracting(CellValue::text).containsExactly("买家会员名", "实付金额", "备注");
        assertThat(rows.get(1).cells()).extracting(CellValue::text).containsExactly("mrhy1", "41.86", embedded);
        assertThat(rows.get(2).cells()).extracting(CellValue::text).containsExactly("张\"三", "NULL", "第一行\n第二行");
        assertThat(rows.get(2).cell(1).kind()).isEqualTo(CellValue.Kind.TEXT);
        assertThat(rows.get(3).isBlank()).isTrue();
        assertThat(rows.get(4).cells()).extracting(CellValue::text).containsExactly("王五", "0.1");
        assertThat(rows).extracting(SheetRow::index).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void handlesCrLfAndAMissingFinalNewline() throws Exception {
        Path file = write("crlf.csv", new byte[0], "a;b;c\r\n1;2;3\r\n4;5;6", StandardCharsets.UTF_8);
        List<SheetRow> rows = rows(file, 0);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).cells()).extracting(CellValue::text).containsExactly("4", "5", "6");
    }

    @Test
    void utf8WithAStrayByteStaysUtf8() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(TABLE.repeat(3).getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {'x', (byte) 0xC3, ',', '1', '\n'});
        Path file = dir.resolve("stray.csv");
        Files.write(file, out.toByteArray());
        assertThat(rows(file, 0).get(0).cell(0).text()).isEqualTo("买家会员名");
    }

    @Test
    void aSingleColumnFileIsStillRead() throws Exception {
        Path file = write("one.csv", new byte[0], "名称\n甲\n乙\n", StandardCharsets.UTF_8);
        assertThat(rows(file, 0)).extracting(r -> r.cell(0).text()).containsExactly("名称", "甲", "乙");
    }
}
