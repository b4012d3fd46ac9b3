package com.cineorg.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code organize_run}; mapped so that Hibernate validates the table, written and read with JDBC. */
@Entity(name = "OrganizeRun")
@Table(name = "organize_run")
class OrganizeRunEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    Long id;

    @Column(name = "started_ms", nullable = false)
    long startedMs;

    @Column(name = "finished_ms")
    Long finishedMs;

    @Column(name = "library_location", nullable = false, length = 8192)
    String libraryLocation;

    @Column(name = "library_display", nullable = false, length = 8192)
    String libraryDisplay;

    @Column(name = "mode", nullable = false, length = 16)
    String mode;

    @Column(name = "state", nullable = false, length = 32)
    String state;

    @Column(name = "summary", length = 2000)
    String summary;

    protected OrganizeRunEntity() {}
}
