package com.cineorg.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.domain.error.StorageFailureException;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.port.out.MediaCatalogPort;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening SQLite files: migration, validation, and the files and situations CineOrg must refuse cleanly. */
class SqliteDatabaseIT {
    private static final Duration SHORT_WAIT = Duration.ofMillis(300);

    @TempDir
    Path dir;

    @Test
    void anEmptyDatabaseIsMigratedAndHibernateValidatesTheSchema() throws Exception {
        Path file = dir.resolve("new/deeper/cineorg.db");

        try (Database db = PersistenceFactory.open(file.toString())) {
            assertThat(db.isEmbedded()).isTrue();
            assertThat(db.description()).isEqualTo(file.toString());
            assertThat(db.mediaCatalog().findById(1)).isEmpty();
        }

        assertThat(file).isRegularFile();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(strings(s, "SELECT name FROM sqlite_master WHERE type = 'table'"))
                    .contains("media_file", "sidecar", "identification", "metadata_cache", "flyway_schema_history");
            assertThat(strings(s, "SELECT version FROM flyway_schema_history WHERE success")).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, PersistenceUnit.LATEST_MIGRATION).mapToObj(String::valueOf)
                            .toList());
            assertThat(strings(s, "PRAGMA journal_mode")).containsExactly("wal");
            assertThat(strings(s, "PRAGMA page_size")).containsExactly(Integer.toString(Migrations.SQLITE_PAGE_SIZE));
        }
    }

    @Test
    void hibernateIsBuiltOnlyWhenAnEntityQueryIsFirstMadeOnADatabaseAlreadyUpToDate() {
        Path file = dir.resolve("cineorg.db");
        try (Database db = PersistenceFactory.open(file.toString())) {
            assertThat(db.hibernateBooted()).as("a new schema is validated at once").isTrue();
        }
        try (Database db = PersistenceFactory.open(file.toString())) {
            MediaFile f = MediaFile.discovered(new FileEntry(dir.resolve("a.mkv"), 1, Instant.EPOCH, null), null, null);
            db.mediaCatalog().saveAll(List.of(f));
            long run = db.organizeJournal().startRun(dir.resolve("lib"), com.cineorg.domain.model.library.OrganizeMode.MOVE,
                    Instant.EPOCH).id();
            assertThat(db.organizeJournal().runs()).extracting(r -> r.id()).contains(run);
            assertThat(db.mediaCatalog().findById(f.requireId())).isPresent();
            assertThat(db.hibernateBooted()).as("catalog and journal work in plain JDBC").isFalse();

            assertThat(db.identifications().find(f.requireId())).isEmpty();
            assertThat(db.hibernateBooted()).as("identifications are read in plain JDBC").isFalse();
            assertThat(db.identifications().reviewCount()).isZero();
            assertThat(db.hibernateBooted()).isTrue();
        }
    }

    @Test
    void startEntitiesBuildsHibernateAtOnceForALongRunningServer() {
        Path file = dir.resolve("cineorg.db");
        PersistenceFactory.open(file.toString()).close();
        try (Database db = PersistenceFactory.open(file.toString())) {
            assertThat(db.hibernateBooted()).isFalse();
            db.startEntities();
            assertThat(db.hibernateBooted()).isTrue();
            assertThat(db.identifications().reviewCount()).isZero();
        }
    }

    @Test
    void aFailedJdbcTransactionIsRolledBackWhole() {
        Path file = dir.resolve("cineorg.db");
        try (Database db = PersistenceFactory.open(file.toString())) {
            MediaFile a = MediaFile.discovered(new FileEntry(dir.resolve("a.mkv"), 1, Instant.EPOCH, null), null, null);
            db.mediaCatalog().saveAll(List.of(a));
            MediaFile b = MediaFile.discovered(new FileEntry(dir.resolve("b.mkv"), 1, Instant.EPOCH, null), null, null);
            MediaFile sameAsA = MediaFile.discovered(new FileEntry(dir.resolve("a.mkv"), 2, Instant.EPOCH, null), null,
                    null);
            assertThatThrownBy(() -> db.mediaCatalog().saveAll(List.of(b, sameAsA)))
                    .isInstanceOf(StorageFailureException.class).hasMessageContaining("database");
            assertThat(db.mediaCatalog().findByPath(dir.resolve("b.mkv"))).as("b's insert was rolled back").isEmpty();
            assertThat(b.id()).isEmpty();
            db.mediaCatalog().saveAll(List.of(b));
            assertThat(db.mediaCatalog().findByPath(dir.resolve("b.mkv"))).isPresent();
        }
    }

    @Test
    void everyConnectionHasForeignKeysAndTheBusyTimeout() {
        DbSpec spec = DbSpec.parse(dir.resolve("x.db").toString(), Duration.ofSeconds(5));
        assertThat(spec.jdbcUrl()).contains("journal_mode=WAL", "busy_timeout=5000", "foreign_keys=true");
        DbSpec url = DbSpec.parse("jdbc:sqlite:" + dir.resolve("y.db") + "?busy_timeout=9000", Duration.ofSeconds(5));
        assertThat(url.jdbcUrl()).contains("busy_timeout=9000", "journal_mode=WAL", "foreign_keys=true");
        assertThat(url.file()).isEqualTo(dir.resolve("y.db"));
    }

    @Test
    void anUpToDateDatabaseSkipsFlyway() {
        Path file = dir.resolve("cineorg.db");
        DbSpec spec = DbSpec.parse(file.toString(), SHORT_WAIT);
        assertThat(Migrations.inspect(spec, SHORT_WAIT)).isEqualTo(Migrations.State.EMPTY);
        PersistenceFactory.open(file.toString()).close();

        assertThat(Migrations.inspect(spec, SHORT_WAIT)).isEqualTo(Migrations.State.UP_TO_DATE);
        assertThat(Migrations.prepare(spec, SHORT_WAIT)).isEqualTo(Migrations.State.UP_TO_DATE);
        try (Database again = PersistenceFactory.open("jdbc:sqlite:" + file)) {
            assertThat(again.mediaCatalog().findById(1)).isEmpty();
        }
    }

    @Test
    void aSqliteDatabaseOfAnotherProgramIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO contacts (name) VALUES ('Ada')");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> PersistenceFactory.open(file.toString()))
                .isInstanceOf(StorageFailureException.class)
                .hasMessage(file + " is not a CineOrg database");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("other.db-wal")).doesNotExist();
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "these are my notes, not a database\n".repeat(50), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> PersistenceFactory.open(file.toString()))
                .isInstanceOf(StorageFailureException.class)
                .hasMessage(file + " is not a CineOrg database");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFolderIsNotADatabase() {
        assertThatThrownBy(() -> PersistenceFactory.open(dir.toString()))
                .isInstanceOf(StorageFailureException.class)
                .hasMessage(dir + " is a folder, not a CineOrg database; give a file such as " + dir.resolve("cineorg.db"));
    }

    @Test
    void aFolderThatCannotBeCreatedIsReported() throws Exception {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where a folder should be");
        Path file = blocker.resolve("sub/cineorg.db");

        assertThatThrownBy(() -> PersistenceFactory.open(file.toString()))
                .isInstanceOf(StorageFailureException.class)
                .hasMessageStartingWith("cannot create the folder " + file.getParent() + " for the database " + file)
                .hasMessageNotContaining("\n");
    }

    @Test
    void aDatabaseLockedByAnotherWriterWaitsThenFailsClearly() throws Exception {
        Path file = dir.resolve("locked.db");
        try (Database db = PersistenceFactory.open(file.toString(), SHORT_WAIT);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = other.createStatement()) {
            MediaCatalogPort catalog = db.mediaCatalog();
            s.execute("BEGIN IMMEDIATE"); // another process holds the write lock
            try {
                MediaFile f = MediaFile.discovered(
                        new FileEntry(Path.of("/lib/a.mkv"), 1, Instant.ofEpochMilli(1_000), null), null, null);
                long start = System.nanoTime();
                assertThatThrownBy(() -> catalog.saveAll(List.of(f)))
                        .isInstanceOf(StorageFailureException.class)
                        .hasMessage("the database " + file + " is locked by another process");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(SHORT_WAIT.minusMillis(50));
                assertThat(f.id()).isEmpty();
            } finally {
                s.execute("ROLLBACK");
            }
            MediaFile g = MediaFile.discovered(
                    new FileEntry(Path.of("/lib/a.mkv"), 1, Instant.ofEpochMilli(1_000), null), null, null);
            catalog.saveAll(List.of(g));
            assertThat(catalog.findByPath(Path.of("/lib/a.mkv"))).isPresent();
        }
    }

    @Test
    void aDatabaseOfANewerCineOrgIsRefused() throws Exception {
        Path file = dir.resolve("future.db");
        PersistenceFactory.open(file.toString()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0,"
                    + " 'test', 0, 1)");
        }

        assertThatThrownBy(() -> PersistenceFactory.open(file.toString()))
                .isInstanceOf(StorageFailureException.class)
                .hasMessageContaining("was written by a newer CineOrg");
    }

    @Test
    void aDuplicatePathIsOneClearStorageFailure() {
        try (Database db = PersistenceFactory.open(dir.resolve("dup.db").toString())) {
            Instant t = Instant.ofEpochMilli(1_000);
            MediaFile a = MediaFile.discovered(new FileEntry(Path.of("/lib/a.mkv"), 1, t, null), null, null);
            MediaFile b = MediaFile.discovered(new FileEntry(Path.of("/lib/a.mkv"), 1, t, null), null, null);
            assertThatThrownBy(() -> db.mediaCatalog().saveAll(List.of(a, b)))
                    .isInstanceOf(StorageFailureException.class)
                    .hasMessageStartingWith("database error on " + dir.resolve("dup.db") + ": ")
                    .hasMessageNotContaining("\n");
            assertThat(a.id()).isEmpty();
            assertThat(db.mediaCatalog().findByPath(Path.of("/lib/a.mkv"))).isEmpty(); // rolled back as a whole
        }
    }

    @Test
    void aServerThatCannotBeReachedIsOneLineWithoutThePassword() {
        assertThatThrownBy(() -> PersistenceFactory.open("jdbc:postgresql://127.0.0.1:1/cineorg?user=cine&password=s3cret"))
                .isInstanceOf(StorageFailureException.class)
                .hasMessageStartingWith("cannot connect to the database jdbc:postgresql://127.0.0.1:1/cineorg?user=cine"
                        + "&password=***: ")
                .hasMessageNotContaining("s3cret")
                .hasMessageNotContaining("\n");
    }

    private static List<String> strings(Statement s, String sql) throws Exception {
        List<String> result = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    @Test
    void twoProcessesOpeningANewDatabaseAtOnceBothGetIt() throws Exception {
        Path file = dir.resolve("together/new.db");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> opened = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                opened.add(pool.submit(() -> {
                    try (Database db = PersistenceFactory.open(file.toString())) {
                        return db.mediaCatalog().findById(1).isEmpty();
                    }
                }));
            }
            for (java.util.concurrent.Future<Boolean> f : opened) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
