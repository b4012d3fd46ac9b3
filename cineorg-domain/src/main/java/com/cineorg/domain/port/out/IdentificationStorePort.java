package com.cineorg.domain.port.out;

import com.cineorg.domain.model.identify.Identification;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where identifications are kept, one per media file (a new one replaces the old). */
public interface IdentificationStorePort {
    void saveAll(Collection<Identification> identifications);

    Optional<Identification> find(long mediaFileId);

    Map<Long, Identification> findAll(Collection<Long> mediaFileIds);

    /** Media file ids whose identification waits for review, oldest first. */
    List<Long> reviewQueue(int offset, int limit);

    long reviewCount();
}
