package io.cashtrail.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up list must name our classes as they are now (a renamed one would silently stop warming). */
class StartupClassesTest {
    @Test
    void everyCashtrailClassInTheWarmUpListExists() throws Exception {
        List<String> names;
        try (var r = new BufferedReader(new InputStreamReader(
                ClassWarmup.class.getResourceAsStream(ClassWarmup.LIST), StandardCharsets.UTF_8))) {
            names = r.lines().map(String::strip).filter(n -> !n.isEmpty()).toList();
        }
        assertThat(names).hasSizeGreaterThan(100);
        List<String> ours = names.stream().filter(n -> n.startsWith("io.cashtrail.")).toList();
        assertThat(ours).contains("io.cashtrail.ui.shell.MainWindow", "io.cashtrail.ui.dashboard.DashboardScreen");
        for (String n : ours) {
            assertThat(Class.forName(n, false, getClass().getClassLoader())).as(n).isNotNull();
        }
    }
}
