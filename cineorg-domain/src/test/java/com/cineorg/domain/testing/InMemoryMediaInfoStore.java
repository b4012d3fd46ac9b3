package com.cineorg.domain.testing;

import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Media info in a map, for use-case tests; honest through {@link MediaInfoStoreContract}. */
public final class InMemoryMediaInfoStore implements MediaInfoStorePort {
    private record Row(MediaInfo info, Instant probedAt) {}

    private final Map<Long, Row> rows = new HashMap<>();

    @Override
    public synchronized void saveAll(Map<Long, MediaInfo> infos, Instant probedAt) {
        infos.forEach((id, info) -> rows.put(id, new Row(info, probedAt)));
    }

    @Override
    public synchronized Map<Long, MediaInfo> findAll(Collection<Long> mediaFileIds) {
        Map<Long, MediaInfo> out = new HashMap<>();
        for (Long id : mediaFileIds) {
            Row r = rows.get(id);
            if (r != null) {
                out.put(id, r.info());
            }
        }
        return out;
    }

    @Override
    public synchronized Map<Long, Instant> probedAt(Collection<Long> mediaFileIds) {
        Map<Long, Instant> out = new HashMap<>();
        for (Long id : mediaFileIds) {
            Row r = rows.get(id);
            if (r != null) {
                out.put(id, r.probedAt());
            }
        }
        return out;
    }
}
