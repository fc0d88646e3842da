package io.cashtrail.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The folder chosen on the first run is used unless --data-dir or CASHTRAIL_HOME say otherwise. */
class AppPathsTest {
    private final Path chosen = Path.of("/srv/cashtrail-data");

    @Test
    void theChosenFolderComesAfterTheOverridesAndBeforeTheOsDefault() {
        assertThat(AppPaths.resolve(null, Map.of(), "Linux", "/home/li", chosen)).isEqualTo(chosen);
        assertThat(AppPaths.resolve(null, Map.of(), "Linux", "/home/li", null))
                .isEqualTo(Path.of("/home/li/.local/share/cashtrail"));
        assertThat(AppPaths.resolve(null, Map.of("CASHTRAIL_HOME", "/data/ct"), "Linux", "/home/li", chosen))
                .isEqualTo(Path.of("/data/ct"));
        assertThat(AppPaths.resolve("/opt/x", Map.of(), "Linux", "/home/li", chosen)).isEqualTo(Path.of("/opt/x"));
    }

    @Test
    void theFolderIsFixedOnlyByTheOptionOrTheEnvironment() {
        assertThat(AppPaths.isFixed(null, Map.of())).isFalse();
        assertThat(AppPaths.isFixed(" ", Map.of("CASHTRAIL_HOME", ""))).isFalse();
        assertThat(AppPaths.isFixed("/opt/x", Map.of())).isTrue();
        assertThat(AppPaths.isFixed(null, Map.of("CASHTRAIL_HOME", "/data/ct"))).isTrue();
    }
}
