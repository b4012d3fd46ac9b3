package com.cineorg.domain.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * A key-value cache of provider answers (search results, details, seasons), kept in the database with an expiry.
 * Values are records of the domain's metadata model; the adapter serialises them.
 */
public interface MetadataCachePort {
    /** The value stored under {@code key} unless it expired before {@code now}. */
    <T extends Record> Optional<T> get(String key, Class<T> type, Instant now);

    void put(String key, Record value, Instant expiresAt);
}
