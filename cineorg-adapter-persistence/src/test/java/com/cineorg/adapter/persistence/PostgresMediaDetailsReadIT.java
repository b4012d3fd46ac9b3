package com.cineorg.adapter.persistence;

import com.cineorg.domain.port.out.IdentificationStorePort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaDetailsReadPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import com.cineorg.domain.testing.MediaDetailsReadContract;
import org.junit.jupiter.api.BeforeAll;

/** The detail-view reader (its own read-only connections, text JSON read as bytes) on a real PostgreSQL. */
class PostgresMediaDetailsReadIT extends MediaDetailsReadContract {
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
    protected IdentificationStorePort identifications() {
        return database.identifications();
    }

    @Override
    protected MediaInfoStorePort mediaInfo() {
        return database.mediaInfo();
    }

    @Override
    protected OrganizeJournalPort journal() {
        return database.organizeJournal();
    }

    @Override
    protected MediaDetailsReadPort reader() {
        return database.mediaDetails();
    }
}
