package com.cineorg.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real SQLite database file for a test class: opened (migrated) before its first test, closed and deleted
 * after its last. Register it as {@code @RegisterExtension static final SqliteFile sqlite = new SqliteFile();}.
 */
final class SqliteFile implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private Database database;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("cineorg-sqlite-it");
        database = PersistenceFactory.open(file().toString());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        database.close();
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** A folder of this class's own, for more database files. */
    Path dir() {
        return dir;
    }

    Path file() {
        return dir.resolve("cineorg.db");
    }

    String jdbcUrl() {
        return "jdbc:sqlite:" + file();
    }

    Database database() {
        return database;
    }

    /** The open database, emptied. */
    Database empty() {
        TestDatabases.clear(jdbcUrl());
        return database;
    }
}
