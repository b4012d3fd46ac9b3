package com.cineorg.domain.testing;

import com.cineorg.domain.port.out.MetadataCachePort;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryMetadataCache implements MetadataCachePort {
    private record Entry(Record value, Instant expiresAt) {}

    private final Map<String, Entry> entries = new HashMap<>();

    @Override
    public synchronized <T extends Record> Optional<T> get(String key, Class<T> type, Instant now) {
        Entry e = entries.get(key);
        if (e == null || e.expiresAt().isBefore(now) || !type.isInstance(e.value())) {
            return Optional.empty();
        }
        return Optional.of(type.cast(e.value()));
    }

    @Override
    public synchronized void put(String key, Record value, Instant expiresAt) {
        entries.put(key, new Entry(value, expiresAt));
    }

    public synchronized int size() {
        return entries.size();
    }
}
