package com.cineorg.application.query;

import com.cineorg.domain.testing.InMemoryIdentificationStore;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import com.cineorg.domain.testing.InMemoryMediaInfoStore;
import com.cineorg.domain.testing.InMemoryOrganizeJournal;
import com.cineorg.domain.testing.MediaDetailsReadContract;

/** The detail view composed from the four in-memory ports meets the same contract as a database's read model. */
class ComposedMediaDetailsReaderTest extends MediaDetailsReadContract {
    @Override
    protected Stores emptyStores() {
        InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();
        InMemoryIdentificationStore identifications = new InMemoryIdentificationStore();
        InMemoryMediaInfoStore mediaInfo = new InMemoryMediaInfoStore();
        InMemoryOrganizeJournal journal = new InMemoryOrganizeJournal();
        return new Stores(catalog, identifications, mediaInfo, journal,
                new ComposedMediaDetailsReader(catalog, identifications, mediaInfo, journal));
    }
}
