package com.cineorg.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.testing.MediaCatalogContract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog contract on a real PostgreSQL, started once for the class; the same migrations as SQLite. */
class PostgresMediaCatalogIT extends MediaCatalogContract {
    private static EmbeddedPostgres postgres;
    private static Database database;
    private static String jdbcUrl;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
        jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        database = PersistenceFactory.open(jdbcUrl);
    }

    @AfterAll
    static void stop() throws IOException {
        if (database != null) {
            database.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    protected MediaCatalogPort emptyCatalog() {
        TestDatabases.clear(jdbcUrl);
        return database.mediaCatalog();
    }

    @Test
    void aMigratedDatabaseIsUpToDateAndOpensAgain() {
        DbSpec spec = DbSpec.parse(jdbcUrl, Duration.ofSeconds(1));
        assertThat(Migrations.inspect(spec, Duration.ofSeconds(1))).isEqualTo(Migrations.State.UP_TO_DATE);
        try (Database again = PersistenceFactory.open(jdbcUrl)) {
            assertThat(again.isEmbedded()).isFalse();
            assertThat(again.mediaCatalog().findById(1)).isEmpty();
        }
    }
}
