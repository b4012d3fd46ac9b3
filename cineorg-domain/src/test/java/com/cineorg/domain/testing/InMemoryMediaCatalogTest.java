package com.cineorg.domain.testing;

import com.cineorg.domain.port.out.MediaCatalogPort;

class InMemoryMediaCatalogTest extends MediaCatalogContract {
    @Override
    protected MediaCatalogPort emptyCatalog() {
        return new InMemoryMediaCatalog();
    }
}
