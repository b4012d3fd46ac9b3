package com.cineorg.adapter.persistence;

import com.cineorg.domain.port.out.IdentificationStorePort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MetadataCachePort;
import com.cineorg.domain.testing.IdentificationStoreContract;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The identification store and metadata cache contract on a real SQLite file. */
class SqliteIdentificationStoreIT extends IdentificationStoreContract {
    @RegisterExtension
    static final SqliteFile sqlite = new SqliteFile();

    @Override
    protected void reset() {
        sqlite.empty();
    }

    @Override
    protected MediaCatalogPort catalog() {
        return sqlite.database().mediaCatalog();
    }

    @Override
    protected IdentificationStorePort store() {
        return sqlite.database().identifications();
    }

    @Override
    protected MetadataCachePort cache() {
        return sqlite.database().metadataCache();
    }
}
