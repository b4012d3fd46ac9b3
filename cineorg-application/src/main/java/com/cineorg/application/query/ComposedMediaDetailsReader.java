package com.cineorg.application.query;

import com.cineorg.domain.port.in.MediaDetails;
import com.cineorg.domain.port.out.IdentificationStorePort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaDetailsReadPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import java.util.List;
import java.util.Optional;

/**
 * The detail view read from the four ports one after the other: for stores without a read model of their own (the
 * in-memory ones). Each call is its own read, so a write landing in between can show; a database store implements
 * {@link MediaDetailsReadPort} itself, in one snapshot.
 */
public final class ComposedMediaDetailsReader implements MediaDetailsReadPort {
    private final MediaCatalogPort catalog;
    private final IdentificationStorePort identifications;
    private final MediaInfoStorePort mediaInfo;
    private final OrganizeJournalPort journal;

    public ComposedMediaDetailsReader(MediaCatalogPort catalog, IdentificationStorePort identifications,
            MediaInfoStorePort mediaInfo, OrganizeJournalPort journal) {
        this.catalog = catalog;
        this.identifications = identifications;
        this.mediaInfo = mediaInfo;
        this.journal = journal;
    }

    @Override
    public Optional<MediaDetails> details(long mediaFileId) {
        return catalog.findById(mediaFileId).map(file -> new MediaDetails(file,
                identifications.find(mediaFileId).orElse(null),
                mediaInfo.findAll(List.of(mediaFileId)).get(mediaFileId),
                journal.operationsOf(mediaFileId)));
    }
}
