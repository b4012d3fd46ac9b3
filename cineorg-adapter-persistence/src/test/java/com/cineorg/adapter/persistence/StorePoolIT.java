package com.cineorg.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.domain.error.ConflictException;
import com.cineorg.domain.error.StorageFailureException;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Store on the pool: connection settings, transaction edges, lazy boot from many threads. */
class StorePoolIT {
    record Dummy(String x) {}

    @TempDir
    Path dir;

    private static Store store(Database db) throws Exception {
        Field f = Database.class.getDeclaredField("store");
        f.setAccessible(true);
        return (Store) f.get(db);
    }

    private static HikariDataSource pool(Store s) throws Exception {
        Field f = Store.class.getDeclaredField("pool");
        f.setAccessible(true);
        return (HikariDataSource) f.get(s);
    }

    private static String one(Connection c, String sql) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void poolConnectionsCarryTheUrlPragmasAndGoBackInAutoCommit() throws Exception {
        try (Database db = PersistenceFactory.open(dir.resolve("a.db").toString(), Duration.ofMillis(1234))) {
            Store s = store(db);
            List<String> pragmas = s.withConnection(c -> {
                assertThat(c.getAutoCommit()).isFalse();
                return List.of(one(c, "PRAGMA busy_timeout"), one(c, "PRAGMA foreign_keys"),
                        one(c, "PRAGMA journal_mode"), one(c, "PRAGMA synchronous"));
            });
            assertThat(pragmas).containsExactly("1234", "1", "wal", "1");
            HikariDataSource pool = pool(s);
            // every pooled connection (max 4) is back in auto-commit after a JDBC transaction and after Hibernate's
            List<Connection> held = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    held.add(pool.getConnection());
                }
                for (Connection c : held) {
                    assertThat(c.getAutoCommit()).isTrue();
                    assertThat(one(c, "PRAGMA busy_timeout")).isEqualTo("1234");
                }
            } finally {
                for (Connection c : held) {
                    c.close();
                }
            }
            assertThat(db.identifications().reviewCount()).isZero(); // Hibernate boots on the pool
            String viaHibernate = s.inTransaction(ss -> ss.doReturningWork(c -> {
                assertThat(c.getAutoCommit()).isFalse();
                return one(c, "PRAGMA busy_timeout");
            }));
            assertThat(viaHibernate).isEqualTo("1234");
            try (Connection c = pool.getConnection()) {
                assertThat(c.getAutoCommit()).isTrue();
            }
        }
    }

    @Test
    void aCineOrgExceptionFromTheWorkRollsBackAndPassesThroughUnchanged() throws Exception {
        try (Database db = PersistenceFactory.open(dir.resolve("b.db").toString())) {
            Store s = store(db);
            ConflictException boom = new ConflictException("target exists");
            assertThatThrownBy(() -> s.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO organize_run (started_ms, library_location,"
                        + " library_display, mode, state) VALUES (1, 'l', 'l', 'MOVE', 'RUNNING')")) {
                    ps.executeUpdate();
                }
                throw boom;
            })).isSameAs(boom);
            assertThat(db.organizeJournal().runs()).isEmpty();
        }
    }

    @Test
    void aWriteWaitsTheBusyTimeoutThenSaysLocked() throws Exception {
        Path file = dir.resolve("c.db");
        PersistenceFactory.open(file.toString()).close();
        try (Database db = PersistenceFactory.open(file.toString(), Duration.ofMillis(200));
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            MediaFile f = MediaFile.discovered(new FileEntry(dir.resolve("a.mkv"), 1, Instant.EPOCH, null), null, null);
            assertThatThrownBy(() -> db.mediaCatalog().saveAll(List.of(f)))
                    .isInstanceOf(StorageFailureException.class).hasMessageContaining("locked by another process");
            st.execute("ROLLBACK");
            db.mediaCatalog().saveAll(List.of(f)); // the pool's connection is usable again
            assertThat(db.mediaCatalog().findById(f.requireId())).isPresent();
        }
    }

    @Test
    void manyThreadsAtOnceBootHibernateOnceAndAllGetAnswers() throws Exception {
        Path file = dir.resolve("d.db");
        PersistenceFactory.open(file.toString()).close();
        try (Database db = PersistenceFactory.open(file.toString())) {
            assertThat(db.hibernateBooted()).isFalse();
            int n = 12;
            ExecutorService pool = Executors.newFixedThreadPool(n);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Object>> answers = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    int k = i;
                    answers.add(pool.submit(() -> {
                        go.await();
                        return switch (k % 3) {
                            case 0 -> db.identifications().reviewCount();
                            case 1 -> db.metadataCache().get("tmdb:x", Dummy.class, Instant.EPOCH).isPresent();
                            default -> db.organizeJournal().runs().size();
                        };
                    }));
                }
                go.countDown();
                for (Future<Object> f : answers) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(db.hibernateBooted()).isTrue();
        }
    }

    @Test
    void afterCloseBothPathsFailWithAOneLineStorageError() throws Exception {
        Path file = dir.resolve("e.db");
        Database db = PersistenceFactory.open(file.toString());
        db.close();
        assertThatThrownBy(() -> db.identifications().reviewCount()).isInstanceOf(StorageFailureException.class)
                .satisfies(e -> System.out.println("REVIEW after close (hibernate): " + e.getMessage()));
        assertThatThrownBy(() -> db.organizeJournal().runs()).isInstanceOf(StorageFailureException.class)
                .satisfies(e -> System.out.println("REVIEW after close (jdbc): " + e.getMessage()));
    }
}
