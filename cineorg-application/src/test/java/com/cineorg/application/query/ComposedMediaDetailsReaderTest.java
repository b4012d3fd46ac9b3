package com.cineorg.application.query;

import com.cineorg.domain.port.out.IdentificationStorePort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaDetailsReadPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import com.cineorg.domain.testing.InMemoryIdentificationStore;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import com.cineorg.domain.testing.InMemoryMediaInfoStore;
import com.cineorg.domain.testing.InMemoryOrganizeJournal;
import com.cineorg.domain.testing.MediaDetailsReadContract;

/** The detail view composed from the four in-memory ports meets the same contract as a database's read model. */
class ComposedMediaDetailsReaderTest extends MediaDetailsReadContract {
    private InMemoryMediaCatalog catalog;
    private InMemoryIdentificationStore identifications;
    private InMemoryMediaInfoStore mediaInfo;
    private InMemoryOrganizeJournal journal;

    @Override
    protected void reset() {
        catalog = new InMemoryMediaCatalog();
        identifications = new InMemoryIdentificationStore();
        mediaInfo = new InMemoryMediaInfoStore();
        journal = new InMemoryOrganizeJournal();
    }

    @Override
    protected MediaCatalogPort catalog() {
        return catalog;
    }

    @Override
    protected IdentificationStorePort identifications() {
        return identifications;
    }

    @Override
    protected MediaInfoStorePort mediaInfo() {
        return mediaInfo;
    }

    @Override
    protected OrganizeJournalPort journal() {
        return journal;
    }

    @Override
    protected MediaDetailsReadPort reader() {
        return new ComposedMediaDetailsReader(catalog, identifications, mediaInfo, journal);
    }
}
