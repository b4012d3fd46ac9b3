package com.cineorg.adapter.persistence;

import com.cineorg.domain.port.out.IdentificationStorePort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MetadataCachePort;
import com.cineorg.domain.testing.IdentificationStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The identification store and metadata cache contract on a real SQLite file. */
class SqliteIdentificationStoreIT extends IdentificationStoreContract {
    @TempDir
    static Path dir;

    private static Database database;
    private static String jdbcUrl;

    @BeforeAll
    static void open() {
        Path file = dir.resolve("cineorg.db");
        database = PersistenceFactory.open(file.toString());
        jdbcUrl = "jdbc:sqlite:" + file;
    }

    @AfterAll
    static void close() {
        database.close();
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
    protected IdentificationStorePort store() {
        return database.identifications();
    }

    @Override
    protected MetadataCachePort cache() {
        return database.metadataCache();
    }
}
