package com.cineorg.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.domain.error.InvalidInputException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DbSpecTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void aPathIsASqliteFileWithThePragmasOfEveryConnection() {
        DbSpec spec = DbSpec.parse("/data/cineorg.db", WAIT);
        assertThat(spec.engine()).isEqualTo(Engine.SQLITE);
        assertThat(spec.file()).isEqualTo(Path.of("/data/cineorg.db"));
        assertThat(spec.jdbcUrl()).startsWith("jdbc:sqlite:/data/cineorg.db?journal_mode=WAL&busy_timeout=5000"
                + "&foreign_keys=true");
        assertThat(spec.display()).isEqualTo("/data/cineorg.db");
    }

    @Test
    void aRelativePathIsMadeAbsolute() {
        assertThat(DbSpec.parse("lib.db", WAIT).file()).isEqualTo(Path.of("lib.db").toAbsolutePath());
    }

    @Test
    void aPostgresUrlIsKeptAndItsPasswordHiddenInMessages() {
        DbSpec spec = DbSpec.parse("jdbc:postgresql://db.local:5432/cineorg?user=cine&password=s3cret", WAIT);
        assertThat(spec.engine()).isEqualTo(Engine.POSTGRESQL);
        assertThat(spec.jdbcUrl()).contains("password=s3cret", "reWriteBatchedInserts=true");
        assertThat(spec.display()).isEqualTo("jdbc:postgresql://db.local:5432/cineorg?user=cine&password=***");
        assertThat(spec.file()).isNull();
    }

    @Test
    void otherDatabasesAndInMemorySqliteAreRefused() {
        assertThatThrownBy(() -> DbSpec.parse("jdbc:mysql://h/db?password=x", WAIT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("password=***")
                .hasMessageNotContaining("password=x");
        assertThatThrownBy(() -> DbSpec.parse("jdbc:sqlite::memory:", WAIT)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DbSpec.parse(" ", WAIT)).isInstanceOf(InvalidInputException.class);
    }
}
