package com.cineorg.adapter.persistence;

import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.testing.MediaCatalogContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The catalog contract on a real SQLite file. */
class SqliteMediaCatalogIT extends MediaCatalogContract {
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
    protected MediaCatalogPort emptyCatalog() {
        TestDatabases.clear(jdbcUrl);
        return database.mediaCatalog();
    }
}
