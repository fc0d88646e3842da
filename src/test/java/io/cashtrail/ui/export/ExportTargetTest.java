package io.cashtrail.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.service.ExportFormat;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportTargetTest {
    private static final List<ExportFormat> ALL = ExportAction.allFormats();
    private static final Path DIR = Path.of("/tmp/out");

    @Test
    void theTypedExtensionWinsAndCsvKeepsTheGbkFilter() {
        assertThat(ExportTarget.resolve(DIR.resolve("a.pdf"), ExportFormat.XLSX, ALL))
                .isEqualTo(new ExportTarget(DIR.resolve("a.pdf"), ExportFormat.PDF));
        assertThat(ExportTarget.resolve(DIR.resolve("a.CSV"), ExportFormat.CSV_GBK, ALL).format())
                .isEqualTo(ExportFormat.CSV_GBK);
        assertThat(ExportTarget.resolve(DIR.resolve("a.csv"), ExportFormat.XLSX, ALL).format())
                .isEqualTo(ExportFormat.CSV);
    }

    @Test
    void theUntouchedDefaultExtensionFollowsAnotherFilter() {
        assertThat(ExportTarget.resolve(DIR.resolve("账龄分析_2026-11-27.xlsx"), ExportFormat.CSV_GBK, ALL))
                .isEqualTo(new ExportTarget(DIR.resolve("账龄分析_2026-11-27.csv"), ExportFormat.CSV_GBK));
        assertThat(ExportTarget.resolve(DIR.resolve("a.XLSX"), ExportFormat.PDF, ALL))
                .isEqualTo(new ExportTarget(DIR.resolve("a.pdf"), ExportFormat.PDF));
        assertThat(ExportTarget.resolve(DIR.resolve("a.xlsx"), ExportFormat.XLSX, ALL).format())
                .isEqualTo(ExportFormat.XLSX);
    }

    @Test
    void aNameWithoutAKnownExtensionGetsTheFiltersOne() {
        assertThat(ExportTarget.resolve(DIR.resolve("账龄分析_2026-11-27"), ExportFormat.XLSX, ALL))
                .isEqualTo(new ExportTarget(DIR.resolve("账龄分析_2026-11-27.xlsx"), ExportFormat.XLSX));
        assertThat(ExportTarget.resolve(DIR.resolve("a.txt"), ExportFormat.CSV_GBK, ALL))
                .isEqualTo(new ExportTarget(DIR.resolve("a.txt.csv"), ExportFormat.CSV_GBK));
    }

    @Test
    void aFormatThatIsNotOfferedIsNotTaken() {
        assertThat(ExportTarget.resolve(DIR.resolve("a.pdf"), ExportFormat.XLSX, List.of(ExportFormat.XLSX)))
                .isEqualTo(new ExportTarget(DIR.resolve("a.pdf.xlsx"), ExportFormat.XLSX));
    }

    @Test
    void theShippedTemplateFollowsTheLanguage() {
        assertThat(ShippedTemplates.agingName(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("aging-zh_CN.xlsx");
        assertThat(ShippedTemplates.agingName(java.util.Locale.ENGLISH)).isEqualTo("aging-en.xlsx");
    }
}
