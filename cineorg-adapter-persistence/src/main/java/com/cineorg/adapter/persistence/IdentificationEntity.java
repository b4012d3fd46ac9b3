package com.cineorg.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code identification}: the searchable columns, the rest as JSON. */
@Entity(name = "Identification")
@Table(name = "identification")
class IdentificationEntity {
    @Id
    @Column(name = "media_file_id", nullable = false)
    Long mediaFileId;

    @Column(name = "outcome", nullable = false, length = 16)
    String outcome;

    @Column(name = "method", nullable = false, length = 16)
    String method;

    @Column(name = "provider", length = 16)
    String provider;

    @Column(name = "provider_id", length = 64)
    String providerId;

    @Column(name = "media_type", nullable = false, length = 16)
    String mediaType;

    @Column(name = "title", length = 1000)
    String title;

    @Column(name = "release_year")
    Integer releaseYear;

    @Column(name = "score", nullable = false)
    double score;

    @Column(name = "decided_ms", nullable = false)
    long decidedMs;

    @Column(name = "body_json", nullable = false, columnDefinition = "text")
    String bodyJson;

    protected IdentificationEntity() {}
}
