package com.cineorg.adapter.persistence;

import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import com.cineorg.domain.testing.MediaInfoStoreContract;
import org.junit.jupiter.api.BeforeAll;

/** The media info store contract on a real PostgreSQL, shared by every PostgreSQL test of the run. */
class PostgresMediaInfoStoreIT extends MediaInfoStoreContract {
    private static Database database;
    private static String jdbcUrl;

    @BeforeAll
    static void start() {
        database = SharedPostgres.database();
        jdbcUrl = SharedPostgres.jdbcUrl();
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
