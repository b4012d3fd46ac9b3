package com.cineorg.adapter.persistence;

import java.util.List;

/**
 * The one place that lists what Hibernate maps and which migrations exist. A new aggregate (identification cache,
 * organize journal...) adds its entity classes to {@link #ENTITY_CLASSES}, a {@code V<n>__...sql} migration (and
 * raises {@link #LATEST_MIGRATION}), and its own {@code Hibernate...Adapter} built in {@link Database}.
 */
final class PersistenceUnit {
    static final String NAME = "cineorg";

    static final List<Class<?>> ENTITY_CLASSES = List.of(
            // entity classes: add new aggregates here
            MediaFileEntity.class,
            SidecarEntity.class,
            IdentificationEntity.class,
            MetadataCacheEntity.class,
            OrganizeRunEntity.class,
            OrganizeOperationEntity.class,
            MediaInfoEntity.class);

    /** Version of the newest file in {@code db/migration}; MigrationsTest fails when it falls behind. */
    static final int LATEST_MIGRATION = 6;

    static final String MIGRATION_LOCATION = "classpath:db/migration";

    private PersistenceUnit() {}
}
