package com.cineorg.domain.testing;

import com.cineorg.domain.port.out.IdentificationStorePort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MetadataCachePort;

class InMemoryIdentificationStoreTest extends IdentificationStoreContract {
    private InMemoryMediaCatalog catalog;
    private InMemoryIdentificationStore store;
    private InMemoryMetadataCache cache;

    @Override
    protected void reset() {
        catalog = new InMemoryMediaCatalog();
        store = new InMemoryIdentificationStore();
        cache = new InMemoryMetadataCache();
    }

    @Override
    protected MediaCatalogPort catalog() {
        return catalog;
    }

    @Override
    protected IdentificationStorePort store() {
        return store;
    }

    @Override
    protected MetadataCachePort cache() {
        return cache;
    }
}
