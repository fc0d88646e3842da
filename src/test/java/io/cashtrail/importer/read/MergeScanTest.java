package io.cashtrail.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeScanTest {
    private static List<MergedCells.Block> scan(String xml) throws Exception {
        return MergeScan.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                new ReadGuard(Limits.DEFAULT, () -> false));
    }

    @Test
    void findsMergedBlocksWithOrWithoutANamespacePrefix() throws Exception {
        List<MergedCells.Block> blocks = scan("<x:worksheet><x:sheetData><x:row r=\"1\"><x:c r=\"A1\"><x:v>1</x:v>"
                + "</x:c></x:row></x:sheetData><x:mergeCells count=\"2\"><x:mergeCell ref=\"A1:C2\"/>"
                + "<mergeCell\n ref='$D$5:$E$9' /></x:mergeCells><mergeCellsX ref=\"A1:B2\"/><amergeCell ref=\"A1:B2\"/>"
                + "</x:worksheet>");
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0)).extracting(b -> b.firstRow, b -> b.lastRow, b -> b.firstCol, b -> b.lastCol)
                .containsExactly(0, 1, 0, 2);
        assertThat(blocks.get(1)).extracting(b -> b.firstRow, b -> b.lastRow, b -> b.firstCol, b -> b.lastCol)
                .containsExactly(4, 8, 3, 4);
    }

    @Test
    void ignoresMalformedReferences() throws Exception {
        assertThat(scan("<mergeCell ref=\"A1\"/><mergeCell ref=\"1:ZZZZZ9\"/><mergeCell ref=\"A1:B\"/><mergeCell/>"))
                .isEmpty();
    }
}
