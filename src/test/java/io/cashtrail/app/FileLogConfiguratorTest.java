package io.cashtrail.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLogConfiguratorTest {
    @TempDir
    Path dir;

    @Test
    void logsToCashtrailLogInTheGivenFolderInUtf8() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as SLF4J's provider does
        try {
            FileLogConfigurator.configureFile(context, dir.toString());
            context.getLogger("io.cashtrail.Some").info("导入完成 {}", 3);
            context.getLogger("org.flywaydb.core.Flyway").info("not wanted");
            context.getLogger("org.flywaydb.core.Flyway").warn("wanted");
        } finally {
            context.stop();
        }
        String log = Files.readString(dir.resolve("cashtrail.log"), StandardCharsets.UTF_8);
        assertThat(log).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[.+\\] "
                + "io.cashtrail.Some - 导入完成 3");
        assertThat(log).contains("wanted").doesNotContain("not wanted");
    }

    @Test
    void quietLoggersAndRootLevel() {
        LoggerContext context = new LoggerContext();
        try {
            FileLogConfigurator.configureFile(context, dir.toString());
            assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
            assertThat(context.getLogger("org.jdbi").getLevel()).isEqualTo(Level.WARN);
            assertThat(context.getLogger("com.zaxxer").getLevel()).isEqualTo(Level.WARN);
        } finally {
            context.stop();
        }
    }

    @Test
    void leavesATestOrGivenConfigurationToLogback() {
        // the tests' class path holds logback-test.xml: logback's own XML configuration goes on
        LoggerContext context = new LoggerContext();
        assertThat(new FileLogConfigurator().configure(context))
                .isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
