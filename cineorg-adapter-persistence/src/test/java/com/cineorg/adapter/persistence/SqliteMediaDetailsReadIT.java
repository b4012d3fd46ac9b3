package com.cineorg.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.domain.error.StorageFailureException;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.port.in.MediaDetails;
import com.cineorg.domain.testing.MediaDetailsReadContract;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The detail-view reader on a real SQLite file: the contract, reads beside a writer in the same process (WAL: no
 * "database is locked", every read a whole snapshot), connections that cannot write, and a closed database.
 */
class SqliteMediaDetailsReadIT extends MediaDetailsReadContract {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @RegisterExtension
    static final SqliteFile sqlite = new SqliteFile();

    @Override
    protected Stores emptyStores() {
        return TestDatabases.detailStores(sqlite.empty());
    }

    private static List<MediaFile> files(String prefix, int n) {
        List<MediaFile> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(MediaFile.discovered(new FileEntry(Path.of("/d/" + prefix + i + ".mkv"), i, T0, null), null, T0));
        }
        return out;
    }

    @Test
    void readersAndAWriterRunTogetherWithoutLockErrors() throws Exception {
        Database database = sqlite.database();
        List<MediaFile> seeded = files("seed", 200);
        database.mediaCatalog().saveAll(seeded);
        int readers = 6; // more threads than read connections: some wait for one to come free
        ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> reads = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                int offset = r;
                reads.add(pool.submit(() -> {
                    start.await();
                    int found = 0;
                    for (int i = 0; i < 400; i++) {
                        MediaFile f = seeded.get((i * 7 + offset) % seeded.size());
                        MediaDetails d = database.mediaDetails().details(f.requireId()).orElseThrow();
                        assertThat(d.file().path()).isEqualTo(f.path());
                        found++;
                    }
                    return found;
                }));
            }
            Future<?> writes = pool.submit(() -> {
                start.await();
                for (int batch = 0; batch < 20; batch++) {
                    database.mediaCatalog().saveAll(files("new" + batch + "-", 50));
                    database.mediaCatalog().saveAll(seeded.subList(batch * 10, batch * 10 + 10)); // rewrites rows read
                }
                return null;
            });
            start.countDown();
            writes.get(60, TimeUnit.SECONDS);
            for (Future<Integer> f : reads) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(400);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(database.mediaCatalog().list(new com.cineorg.domain.port.in.MediaQuery(null, null, null, 0, 1))
                .total()).isEqualTo(200 + 20 * 50);
    }

    @Test
    void readConnectionsCannotWrite() {
        DbSpec spec = DbSpec.parse(sqlite.jdbcUrl(), PersistenceFactory.DEFAULT_BUSY_TIMEOUT);
        ReadConnections connections = new ReadConnections(spec, 1, java.time.Duration.ofSeconds(1));
        try {
            assertThatThrownBy(() -> connections.read(reader -> {
                PreparedStatement ps = reader.statement("DELETE FROM media_file");
                return ps.executeUpdate();
            })).isInstanceOf(StorageFailureException.class).hasMessageContaining("cineorg.db");
            // the failed connection was dropped, a new one serves the next read
            Long count = connections.read(reader -> {
                try (var rs = reader.statement("SELECT count(*) FROM media_file").executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(count).isNotNegative();
        } finally {
            connections.close();
        }
    }

    @Test
    void aClosedDatabaseRefusesReadsWithAOneLineError() {
        Database other = PersistenceFactory.open(sqlite.dir().resolve("closed.db").toString());
        MediaFile f = files("closed", 1).get(0);
        other.mediaCatalog().saveAll(List.of(f));
        assertThat(other.mediaDetails().details(f.requireId())).isPresent();
        other.close();
        assertThatThrownBy(() -> other.mediaDetails().details(f.requireId()))
                .isInstanceOf(StorageFailureException.class)
                .hasMessage("the database " + sqlite.dir().resolve("closed.db") + " is closed");
    }
}
