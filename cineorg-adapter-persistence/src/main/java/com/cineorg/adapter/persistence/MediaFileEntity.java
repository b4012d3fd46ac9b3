package com.cineorg.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code media_file}. Read through Hibernate; the scan hot path writes it with JDBC batches. */
@Entity(name = "MediaFile")
@Table(name = "media_file")
class MediaFileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    Long id;

    @Column(name = "location", nullable = false, length = 8192, unique = true)
    String location;

    @Column(name = "display_path", nullable = false, length = 8192)
    String displayPath;

    @Column(name = "search_text", nullable = false, length = 8192)
    String searchText;

    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;

    @Column(name = "mtime_ms", nullable = false)
    long mtimeMs;

    @Column(name = "file_key")
    String fileKey;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "status_reason", length = 2000)
    String statusReason;

    @Column(name = "media_type", nullable = false, length = 16)
    String mediaType;

    @Column(name = "title", length = 1000)
    String title;

    @Column(name = "release_year")
    Integer releaseYear;

    @Column(name = "season")
    Integer season;

    @Column(name = "episode")
    Integer episode;

    @Column(name = "parsed_json", nullable = false, columnDefinition = "text")
    String parsedJson;

    @Column(name = "extra_kind", length = 64)
    String extraKind;

    @Column(name = "last_seen_ms")
    Long lastSeenMs;

    @Column(name = "sidecar_signature", nullable = false)
    int sidecarSignature;

    protected MediaFileEntity() {}
}
