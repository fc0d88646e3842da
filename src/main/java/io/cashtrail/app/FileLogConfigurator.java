package io.cashtrail.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;

/**
 * The app's logging, set up in code (found by logback through META-INF/services): the log file
 * cashtrail.log in the data folder's logs/ (the launcher sets {@code cashtrail.logdir}), rolled daily
 * and at 10 MB, 14 days and 100 MB kept. In code rather than logback.xml because reading the XML
 * configuration took a third of a second of every start (bench/run startup).
 *
 * <p>A configuration file given with {@code -Dlogback.configurationFile}, or a logback-test.xml on the
 * class path (the tests' quiet one), is left to logback as usual.
 */
public final class FileLogConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || FileLogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureFile(context,
                System.getProperty("cashtrail.logdir", System.getProperty("java.io.tmpdir") + "/cashtrail-logs"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Logs at INFO (Flyway, Jdbi and the pool at WARN) to {@code dir}/cashtrail.log. */
    static void configureFile(LoggerContext context, String dir) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/cashtrail.log");
        file.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(dir + "/cashtrail.%d{yyyy-MM-dd}.%i.log");
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("100MB"));
        policy.start();
        file.setRollingPolicy(policy);
        file.start();

        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        for (String quiet : new String[] {"org.flywaydb", "org.jdbi", "com.zaxxer"}) {
            context.getLogger(quiet).setLevel(Level.WARN);
        }
    }
}
