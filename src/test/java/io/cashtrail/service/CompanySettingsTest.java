package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanySettingsTest {
    @TempDir
    Path dir;

    @Test
    void companyNameAndCurrencySurviveReopening() {
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.settings().companyName()).isEmpty();
            assertThat(ws.settings().currencySymbol()).isEqualTo("¥");
            ws.settings().setCompanyName("  上海某某设备有限公司 ");
            ws.settings().setCurrencySymbol("US$");
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.settings().companyName()).isEqualTo("上海某某设备有限公司");
            assertThat(ws.settings().currencySymbol()).isEqualTo("US$");
            ws.settings().setCurrencySymbol(" ");
            assertThat(ws.settings().currencySymbol()).isEqualTo("¥");
        }
    }
}
