package com.cineorg.adapter.persistence;

import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.testing.MediaCatalogContract;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The catalog contract on a real SQLite file. */
class SqliteMediaCatalogIT extends MediaCatalogContract {
    @RegisterExtension
    static final SqliteFile sqlite = new SqliteFile();

    @Override
    protected MediaCatalogPort emptyCatalog() {
        sqlite.empty();
        return sqlite.database().mediaCatalog();
    }
}
