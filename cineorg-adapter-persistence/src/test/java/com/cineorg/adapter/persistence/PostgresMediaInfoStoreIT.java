package com.cineorg.adapter.persistence;

import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import com.cineorg.domain.testing.MediaInfoStoreContract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The media info store contract on a real PostgreSQL, started once for the class. */
class PostgresMediaInfoStoreIT extends MediaInfoStoreContract {
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
    protected void reset() {
        TestDatabases.clear(jdbcUrl);
    }

    @Override
    protected MediaCatalogPort catalog() {
        return database.mediaCatalog();
    }

    @Override
    protected MediaInfoStorePort store() {
        return database.mediaInfo();
    }
}
