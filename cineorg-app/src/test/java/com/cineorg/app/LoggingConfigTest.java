package com.cineorg.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The logging set-up loads without errors, writes to the state folder and redacts API keys. */
class LoggingConfigTest {
    @TempDir
    Path dir;

    @Test
    void theLogFileIsWrittenWithKeysRedacted() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putProperty("CINEORG_LOG_DIR", dir.toString());
        LogConfigurator configurator = new LogConfigurator();
        configurator.setContext(context);
        assertThat(configurator.configure(context))
                .isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        assertThat(context.getStatusManager().getCopyOfStatusList())
                .noneMatch(s -> s.getEffectiveLevel() >= Status.WARN);
        Logger log = context.getLogger("com.cineorg.test");
        log.info("GET https://api.themoviedb.org/3/search/movie?query=heat&api_key=SECRET123 and Bearer TOKEN456");
        log.debug("not at INFO");
        context.getLogger("org.hibernate.SQL").info("hibernate chatter");
        log.warn("failed", new IllegalStateException("GET /3/movie/1?api_key=SECRET789"));
        context.stop();

        String written = Files.readString(dir.resolve("cineorg.log"));
        assertThat(written).contains("query=heat").doesNotContain("SECRET123").doesNotContain("TOKEN456")
                .contains("api_key=***").contains("IllegalStateException").doesNotContain("SECRET789")
                .doesNotContain("not at INFO").doesNotContain("hibernate chatter");
    }

    @Test
    void theLogFolderCineorgNamesIsTheOneLogbackWritesTo() {
        assertThat(DatabaseLocation.logDir(java.util.Map.of("CINEORG_LOG_DIR", dir.toString(), "HOME", "/home/u")))
                .isEqualTo(dir);
        assertThat(DatabaseLocation.logDir(java.util.Map.of("XDG_STATE_HOME", "/state", "HOME", "/home/u")))
                .isEqualTo(Path.of("/state/cineorg"));
        assertThat(DatabaseLocation.logDir(java.util.Map.of("HOME", "/home/u")))
                .isEqualTo(Path.of("/home/u/.local/state/cineorg"));
    }
}
