package com.cineorg.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.testing.MediaCatalogContract;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog contract on a real PostgreSQL, shared by every PostgreSQL test of the run; the same migrations as SQLite. */
class PostgresMediaCatalogIT extends MediaCatalogContract {
    private static Database database;
    private static String jdbcUrl;

    @BeforeAll
    static void start() {
        database = SharedPostgres.database();
        jdbcUrl = SharedPostgres.jdbcUrl();
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
