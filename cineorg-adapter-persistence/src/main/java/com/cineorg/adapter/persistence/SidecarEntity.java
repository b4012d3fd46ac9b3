package com.cineorg.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code sidecar}: a file that belongs to a media file, kept in list order by {@code position}. */
@Entity(name = "Sidecar")
@Table(name = "sidecar")
class SidecarEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    Long id;

    @Column(name = "media_file_id", nullable = false)
    long mediaFileId;

    @Column(name = "position", nullable = false)
    int position;

    @Column(name = "location", nullable = false, length = 8192)
    String location;

    @Column(name = "display_path", nullable = false, length = 8192)
    String displayPath;

    @Column(name = "kind", nullable = false, length = 16)
    String kind;

    @Column(name = "language", length = 35)
    String language;

    /** Comma-separated flags, null when there are none. */
    @Column(name = "flags")
    String flags;

    protected SidecarEntity() {}
}
