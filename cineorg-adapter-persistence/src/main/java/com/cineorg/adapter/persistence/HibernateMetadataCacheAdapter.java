package com.cineorg.adapter.persistence;

import com.cineorg.domain.port.out.MetadataCachePort;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/** Provider answers in {@code metadata_cache}, as JSON with their record type; expired or unreadable rows miss. */
final class HibernateMetadataCacheAdapter implements MetadataCachePort {
    private final Store store;

    HibernateMetadataCacheAdapter(Store store) {
        this.store = store;
    }

    @Override
    public <T extends Record> Optional<T> get(String key, Class<T> type, Instant now) {
        MetadataCacheEntity e = store.inTransaction(s -> s.get(MetadataCacheEntity.class, key));
        if (e == null || e.expiresMs < now.toEpochMilli() || !e.valueType.equals(type.getName())) {
            return Optional.empty();
        }
        try {
            return Optional.of(DomainJson.read(e.bodyJson, type));
        } catch (UncheckedIOException | IllegalArgumentException unreadable) {
            return Optional.empty(); // written by another version: treat as a miss, the next put replaces it
        }
    }

    @Override
    public void put(String key, Record value, Instant expiresAt) {
        MetadataCacheEntity e = new MetadataCacheEntity();
        e.cacheKey = key;
        e.valueType = value.getClass().getName();
        e.bodyJson = DomainJson.write(value);
        e.expiresMs = expiresAt.toEpochMilli();
        store.inTransaction(s -> {
            s.createMutationQuery("delete from MetadataCache c where c.cacheKey = :k").setParameter("k", key)
                    .executeUpdate();
            s.insert(e);
            return null;
        });
    }
}
