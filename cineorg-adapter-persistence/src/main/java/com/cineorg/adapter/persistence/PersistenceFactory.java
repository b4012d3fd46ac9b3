package com.cineorg.adapter.persistence;

import com.cineorg.domain.error.CineOrgException;
import com.cineorg.domain.error.StorageFailureException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.SessionFactory;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * Opens a CineOrg database: creates the folder of a SQLite file, refuses a file that is not a CineOrg database
 * before anything is written, runs Flyway only when a migration is pending, then boots Hibernate (schema validated,
 * Hikari pool). Every failure is one {@link CineOrgException} with a one-line message.
 */
public final class PersistenceFactory {
    /** How long a SQLite write waits for another process to release the database. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

    private PersistenceFactory() {}

    /**
     * @param dbSpec a SQLite file path, {@code jdbc:sqlite:FILE}, or {@code jdbc:postgresql://HOST/DB?user=..&password=..}
     */
    public static Database open(String dbSpec) {
        return open(dbSpec, DEFAULT_BUSY_TIMEOUT);
    }

    /** As {@link #open(String)}, with another SQLite busy timeout (ignored for PostgreSQL). */
    public static Database open(String dbSpec, Duration busyTimeout) {
        DbSpec db = DbSpec.parse(dbSpec, busyTimeout);
        try {
            if (db.engine() == Engine.SQLITE) {
                if (Files.isDirectory(db.file())) {
                    throw new StorageFailureException(db.display() + " is a folder, not a CineOrg database;"
                            + " give a file such as " + db.file().resolve("cineorg.db"));
                }
                createFolder(db);
            }
            Migrations.State before = Migrations.prepare(db, busyTimeout);
            // Hibernate validates the schema whenever Flyway just changed it. A database already at this build's
            // version holds exactly what the migrations make (tests validate that on both engines), so its
            // start skips the metadata round trips: they are a large part of a short command's start-up time.
            boolean validate = before != Migrations.State.UP_TO_DATE;
            HikariDataSource pool = pool(db);
            Store store = new Store(pool, db, p -> boot(db, p, validate));
            try {
                if (validate) {
                    store.bootNow();
                }
                return new Database(store);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        } catch (RuntimeException e) {
            throw StorageErrors.translate(e, db);
        }
    }

    private static void createFolder(DbSpec db) {
        Path parent = db.file().getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (FileAlreadyExistsException e) {
            throw new StorageFailureException("cannot create the folder " + parent + " for the database "
                    + db.display() + ": " + e.getFile() + " is not a folder", e);
        } catch (IOException | SecurityException e) {
            throw new StorageFailureException("cannot create the folder " + parent + " for the database "
                    + db.display() + ": " + e.getMessage(), e);
        }
    }

    /** The one pool of write connections; Hibernate borrows from it too. Opens a first connection, or fails. */
    private static HikariDataSource pool(DbSpec db) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        config.setPoolName("cineorg");
        config.setMinimumIdle(1);
        config.setMaximumPoolSize(db.engine() == Engine.SQLITE ? 4 : 8);
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }

    private static SessionFactory boot(DbSpec db, HikariDataSource pool, boolean validate) {
        HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration(PersistenceUnit.NAME)
                .managedClasses(PersistenceUnit.ENTITY_CLASSES)
                .schemaToolingAction(validate ? Action.VALIDATE : Action.NONE)
                .property("hibernate.connection.datasource", pool)
                .property("hibernate.query.plan_cache_enabled", "true"); // HQL parsed once, not per request
        if (db.engine() == Engine.SQLITE) {
            config.property("hibernate.dialect", SQLiteDialect.class.getName());
        }
        return config.createEntityManagerFactory();
    }
}
