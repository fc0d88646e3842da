package io.cashtrail.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetProfileTest {
    private static final List<String> HEADERS = List.of("客户名称", "合同号", "日期", "金额(万元)", "型号", "日期", "");

    @Test
    void theSignatureIgnoresOrderSpacesAndWidthButNotUnits() {
        String s = SheetProfile.signature(HEADERS);
        assertThat(s).startsWith("h1-").hasSize(27);
        assertThat(SheetProfile.signature(List.of("日期", "合同号", " 客户名称 ", "金额（万元）", "型号", "日期"))).isEqualTo(s);
        assertThat(SheetProfile.signature(List.of("客户名称", "合同号", "日期", "金额(元)", "型号", "日期"))).isNotEqualTo(s);
        assertThat(SheetProfile.signature(List.of("客户名称", "合同号", "日期", "金额(万元)", "型号"))).isNotEqualTo(s);
    }

    @Test
    void aSavedMappingAppliesToTheSameHeadersInAnyOrder() {
        ColumnMapping mapping = ColumnMapper.map(HEADERS).with(2, ImportField.SIGNED_DATE).with(5, ImportField.SHIPPED_DATE);
        SheetProfile profile = SheetProfile.of(HEADERS, 1, mapping, RecordKind.CONTRACT_LEDGER);
        SheetProfile restored = SheetProfile.decode(profile.encode());
        assertThat(restored).isEqualTo(profile);

        List<String> moved = List.of("型号", "日期", "客户名称", "日期", "合同号", "金额（万元）");
        assertThat(restored.matches(moved)).isTrue();
        ColumnMapping again = restored.applyTo(moved);
        assertThat(again.columns()).extracting(ColumnMatch::field).containsExactly(null, ImportField.SIGNED_DATE,
                ImportField.CUSTOMER_NAME, ImportField.SHIPPED_DATE, ImportField.CONTRACT_NO, ImportField.AMOUNT);
        assertThat(again.column(5).unitFactor()).isEqualByComparingTo("10000");
        assertThat(again.column(5).header()).isEqualTo("金额(万元)");
        assertThat(again.unmapped()).extracting(ColumnMatch::header).containsExactly("型号");
    }

    @Test
    void damagedTextIsRefused() {
        assertThatThrownBy(() -> SheetProfile.decode("hello")).isInstanceOf(IllegalArgumentException.class);
        String good = SheetProfile.of(HEADERS, 1, ColumnMapper.map(HEADERS), RecordKind.PAYMENTS).encode();
        assertThatThrownBy(() -> SheetProfile.decode(good.replace("customerName", "nobody")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SheetProfile.decode(good.replace("kind=payments", "kind=x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
