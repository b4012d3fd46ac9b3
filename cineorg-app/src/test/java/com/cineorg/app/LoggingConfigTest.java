package com.cineorg.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The shipped logback.xml loads without errors, writes to the state folder and redacts API keys. */
class LoggingConfigTest {
    @TempDir
    Path dir;

    @Test
    void theLogFileIsWrittenWithKeysRedacted() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putProperty("CINEORG_LOG_DIR", dir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));

        assertThat(context.getStatusManager().getCopyOfStatusList())
                .noneMatch(s -> s.getEffectiveLevel() >= Status.WARN);
        Logger log = context.getLogger("com.cineorg.test");
        log.info("GET https://api.themoviedb.org/3/search/movie?query=heat&api_key=SECRET123 and Bearer TOKEN456");
        context.stop();

        String written = Files.readString(dir.resolve("cineorg.log"));
        assertThat(written).contains("query=heat").doesNotContain("SECRET123").doesNotContain("TOKEN456");
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
