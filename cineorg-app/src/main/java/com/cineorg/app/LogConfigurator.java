package com.cineorg.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The logging set-up, in code rather than a logback.xml: reading XML cost every command about a tenth of a second of
 * start-up. Logs go to a rotating file, never to the terminal (users see one-line errors, the file keeps details), in
 * {@code $CINEORG_LOG_DIR}, else {@code $XDG_STATE_HOME/cineorg}, else {@code ~/.local/state/cineorg}: the folder
 * {@code cineorg -v} names. API keys and bearer tokens are redacted on the way out. {@code CINEORG_LOG_LEVEL} (a system
 * property or the environment) sets the level, INFO by default. A user's own {@code -Dlogback.configurationFile}
 * still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - "
            + "%replace(%msg){'(?i)(api_key=|apikey=|bearer\\s+|x-api-key:\\s*)[^&\\s]+', '$1***'}%n"
            + "%replace(%ex){'(?i)(api_key=|apikey=|bearer\\s+|x-api-key:\\s*)[^&\\s]+', '$1***'}%nopex";

    /** Libraries whose INFO chatter is not worth a user's log file. */
    private static final List<String> QUIET = List.of(
            "org.hibernate", "org.flywaydb", "com.zaxxer.hikari", "org.eclipse.jetty", "io.javalin", "okhttp3");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Path dir = DatabaseLocation.logDir(environment(context));

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir.resolve("cineorg.log").toString());
        file.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir.resolve("cineorg.%d{yyyy-MM-dd}.%i.log.gz").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("200MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();

        for (String name : QUIET) {
            context.getLogger(name).setLevel(Level.WARN);
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(setting(context, "CINEORG_LOG_LEVEL"), Level.INFO));
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The environment, with what the context or a system property sets for the variables of the log folder first. */
    private static Map<String, String> environment(LoggerContext context) {
        Map<String, String> env = new HashMap<>(System.getenv());
        for (String name : List.of("CINEORG_LOG_DIR", "XDG_STATE_HOME")) {
            String value = setting(context, name);
            if (value != null) {
                env.put(name, value);
            }
        }
        return env;
    }

    private static String setting(LoggerContext context, String name) {
        String value = context.getProperty(name);
        if (value == null) {
            value = System.getProperty(name);
        }
        return value != null ? value : System.getenv(name);
    }
}
