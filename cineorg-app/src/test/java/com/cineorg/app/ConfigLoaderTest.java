package com.cineorg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.domain.error.ConflictException;
import com.cineorg.domain.error.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Map<String, String> env(String... pairs) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        m.put("HOME", dir.toString());
        m.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void noFileMeansDefaults() {
        AppConfig c = ConfigLoader.load(env());
        assertThat(c.database()).isNull();
        assertThat(c.providers().tmdbApiKey()).isNull();
        assertThat(ConfigLoader.path(env())).isEqualTo(dir.resolve("config/cineorg/config.toml"));
    }

    @Test
    void environmentWinsOverTheFile() throws Exception {
        Path file = ConfigLoader.path(env());
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                database = "/from/file.db"
                [providers]
                tmdb_api_key = "file-key-123456"
                tmdb_rate = 20.0
                [library]
                target = "/lib"
                mode = "hardlink"
                """);

        AppConfig fileOnly = ConfigLoader.load(env());
        assertThat(fileOnly.database()).isEqualTo("/from/file.db");
        assertThat(fileOnly.providers().tmdbRate()).isEqualTo(20.0);
        assertThat(fileOnly.library().mode()).isEqualTo("hardlink");

        AppConfig withEnv = ConfigLoader.load(env("CINEORG_DB", "/from/env.db", "CINEORG_TMDB_API_KEY", "env-key"));
        assertThat(withEnv.database()).isEqualTo("/from/env.db");
        assertThat(withEnv.providers().tmdbApiKey()).isEqualTo("env-key");
        assertThat(withEnv.library().target()).isEqualTo("/lib");
    }

    @Test
    void aBadFileIsReportedWithItsLineNumber() throws Exception {
        Path file = dir.resolve("bad.toml");
        Files.writeString(file, "[library]\nmode = \"move\"\ntarget = [unclosed\n");
        assertThatThrownBy(() -> ConfigLoader.readFile(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.toml:3");
    }

    @Test
    void anUnknownKeyIsAnErrorWithItsLine() throws Exception {
        Path file = dir.resolve("unknown.toml");
        Files.writeString(file, "[library]\nmode = \"move\"\ntargte = \"/lib\"\n");
        assertThatThrownBy(() -> ConfigLoader.readFile(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown.toml:3")
                .hasMessageContaining("targte");
    }

    @Test
    void showMasksSecrets() {
        AppConfig c = ConfigLoader.withEnvironment(AppConfig.empty(),
                env("CINEORG_TMDB_API_KEY", "abcdef1234567890", "CINEORG_API_KEY", "short"));
        String shown = ConfigLoader.showMasked(c);
        assertThat(shown).doesNotContain("abcdef1234567890").doesNotContain("short").contains("ab******90");
    }

    @Test
    void theTemplateParsesAndInitNeverOverwrites() throws Exception {
        Path file = dir.resolve("c/config.toml");
        ConfigCommand.writeOwnerOnly(file, ConfigLoader.TEMPLATE);
        assertThat(ConfigLoader.readFile(file).library().mode()).isEqualTo("move");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThatThrownBy(() -> ConfigCommand.writeOwnerOnly(file, "x")).isInstanceOf(ConflictException.class);
        assertThat(Files.readString(file)).isEqualTo(ConfigLoader.TEMPLATE);
    }
}
