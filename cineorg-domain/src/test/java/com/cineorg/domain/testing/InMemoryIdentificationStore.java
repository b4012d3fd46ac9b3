package com.cineorg.domain.testing;

import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.port.out.IdentificationStorePort;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryIdentificationStore implements IdentificationStorePort {
    private final Map<Long, Identification> byFile = new LinkedHashMap<>();

    @Override
    public synchronized void saveAll(Collection<Identification> identifications) {
        for (Identification i : identifications) {
            byFile.remove(i.mediaFileId());
            byFile.put(i.mediaFileId(), i);
        }
    }

    @Override
    public synchronized Optional<Identification> find(long mediaFileId) {
        return Optional.ofNullable(byFile.get(mediaFileId));
    }

    @Override
    public synchronized Map<Long, Identification> findAll(Collection<Long> ids) {
        Map<Long, Identification> out = new HashMap<>();
        for (Long id : ids) {
            Identification i = byFile.get(id);
            if (i != null) {
                out.put(id, i);
            }
        }
        return out;
    }

    @Override
    public synchronized List<Long> reviewQueue(int offset, int limit) {
        return byFile.values().stream().filter(i -> !i.identified())
                .sorted(java.util.Comparator.comparing(Identification::decidedAt)
                        .thenComparing(Identification::mediaFileId))
                .map(Identification::mediaFileId)
                .skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized long reviewCount() {
        return byFile.values().stream().filter(i -> !i.identified()).count();
    }
}
