package com.cineorg.application.identify;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.port.in.LookupIdentificationsUseCase;
import com.cineorg.domain.port.in.ReviewItem;
import com.cineorg.domain.port.in.ReviewQueueUseCase;
import com.cineorg.domain.port.out.IdentificationStorePort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The review queue and identification look-ups for listings. */
public final class ReviewQueueService implements ReviewQueueUseCase, LookupIdentificationsUseCase {
    private final MediaCatalogPort catalog;
    private final IdentificationStorePort store;

    public ReviewQueueService(MediaCatalogPort catalog, IdentificationStorePort store) {
        this.catalog = catalog;
        this.store = store;
    }

    @Override
    public List<ReviewItem> reviews(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new InvalidInputException("offset must be >= 0 and limit >= 1");
        }
        List<Long> ids = store.reviewQueue(offset, limit);
        Map<Long, Identification> identifications = store.findAll(ids);
        Map<Long, MediaFile> files = new java.util.HashMap<>();
        for (MediaFile f : catalog.findAllById(ids)) {
            files.put(f.requireId(), f);
        }
        List<ReviewItem> items = new ArrayList<>();
        for (Long id : ids) {
            MediaFile f = files.get(id);
            Identification i = identifications.get(id);
            if (f != null && i != null) {
                items.add(new ReviewItem(f, i));
            }
        }
        return items;
    }

    @Override
    public Map<Long, Identification> identifications(Collection<Long> mediaFileIds) {
        return store.findAll(mediaFileIds);
    }
}
