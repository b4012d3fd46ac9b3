package com.cineorg.domain.port.out;

import com.cineorg.domain.model.media.MediaInfo;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Technical media info per media file, as a probe read it (one row per file; a new one replaces the old). A file
 * the tool could not read is stored with an empty {@link MediaInfo} so that it is not probed again until it
 * changes. Each method is one transaction.
 */
public interface MediaInfoStorePort {
    /** Stores the facts of these files, read at {@code probedAt}, replacing what was known. */
    void saveAll(Map<Long, MediaInfo> infos, Instant probedAt);

    /** Stores the facts, read now. */
    default void saveAll(Map<Long, MediaInfo> infos) {
        saveAll(infos, Instant.now());
    }

    /** What is known of these files; files never probed are absent. */
    Map<Long, MediaInfo> findAll(Collection<Long> mediaFileIds);

    /** When each of these files was last probed; files never probed are absent. */
    Map<Long, Instant> probedAt(Collection<Long> mediaFileIds);
}
