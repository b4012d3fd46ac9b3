package com.cineorg.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code organize_operation}; mapped so that Hibernate validates the table, written with JDBC batches. */
@Entity(name = "OrganizeOperation")
@Table(name = "organize_operation")
class OrganizeOperationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    Long id;

    @Column(name = "run_id", nullable = false)
    long runId;

    @Column(name = "seq", nullable = false)
    int seq;

    @Column(name = "kind", nullable = false, length = 16)
    String kind;

    @Column(name = "state", nullable = false, length = 16)
    String state;

    @Column(name = "source_location", nullable = false, length = 8192)
    String sourceLocation;

    @Column(name = "source_display", nullable = false, length = 8192)
    String sourceDisplay;

    @Column(name = "target_location", nullable = false, length = 8192)
    String targetLocation;

    @Column(name = "target_display", nullable = false, length = 8192)
    String targetDisplay;

    @Column(name = "media_file_id")
    Long mediaFileId;

    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;

    @Column(name = "mtime_ms")
    Long mtimeMs;

    @Column(name = "prior_status", length = 16)
    String priorStatus;

    @Column(name = "note", length = 2000)
    String note;

    protected OrganizeOperationEntity() {}
}
