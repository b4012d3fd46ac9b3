/**
 * CineOrg's database: Hibernate ORM over SQLite (default) or PostgreSQL, schema owned by Flyway.
 *
 * <p>Public: {@link com.cineorg.adapter.persistence.PersistenceFactory#open(String)} and
 * {@link com.cineorg.adapter.persistence.Database}; everything else is package-private.
 *
 * <p>Adding an aggregate (identification cache, organize journal...):
 * <ol>
 *   <li>a migration {@code db/migration/V<n>__<what>.sql} that runs on both engines (dialect differences are the
 *       Flyway placeholders of {@link com.cineorg.adapter.persistence.Engine}), and raise
 *       {@code PersistenceUnit.LATEST_MIGRATION};
 *   <li>its {@code ...Entity} classes, listed in {@code PersistenceUnit.ENTITY_CLASSES};
 *   <li>its {@code Hibernate...Adapter}, built on {@code Store} (one transaction per call, errors translated there)
 *       and exposed by a method of {@link com.cineorg.adapter.persistence.Database}.
 * </ol>
 * Instants are stored as epoch milliseconds, paths as {@code PathCodec} locations (byte-exact file URIs).
 */
package com.cineorg.adapter.persistence;
