package com.cineorg.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code metadata_cache}: one provider answer, as JSON, until it expires. */
@Entity(name = "MetadataCache")
@Table(name = "metadata_cache")
class MetadataCacheEntity {
    @Id
    @Column(name = "cache_key", nullable = false, length = 1000)
    String cacheKey;

    @Column(name = "value_type", nullable = false)
    String valueType;

    @Column(name = "body_json", nullable = false, columnDefinition = "text")
    String bodyJson;

    @Column(name = "expires_ms", nullable = false)
    long expiresMs;

    protected MetadataCacheEntity() {}
}
