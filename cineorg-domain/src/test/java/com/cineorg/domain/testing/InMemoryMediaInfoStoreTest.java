package com.cineorg.domain.testing;

import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;

class InMemoryMediaInfoStoreTest extends MediaInfoStoreContract {
    private InMemoryMediaCatalog catalog;
    private InMemoryMediaInfoStore store;

    @Override
    protected void reset() {
        catalog = new InMemoryMediaCatalog();
        store = new InMemoryMediaInfoStore();
    }

    @Override
    protected MediaCatalogPort catalog() {
        return catalog;
    }

    @Override
    protected MediaInfoStorePort store() {
        return store;
    }
}
