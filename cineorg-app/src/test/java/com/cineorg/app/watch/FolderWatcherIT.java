package com.cineorg.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real folders, real inotify: files written slowly are handed over once, complete. */
class FolderWatcherIT {
    @TempDir
    Path dir;

    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
    private final Map<Path, Long> handedOver = new ConcurrentHashMap<>();
    private final List<Set<Path>> batches = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        writer.shutdownNow();
    }

    private FolderWatcher watch(CountDownLatch done) throws Exception {
        return new FolderWatcher(List.of(dir), Duration.ofMillis(400), ready -> {
            batches.add(ready);
            for (Path p : ready) {
                try {
                    handedOver.merge(p, Files.size(p), (a, b) -> -1L); // -1 marks a second hand-over
                } catch (java.io.IOException e) {
                    handedOver.put(p, -2L);
                }
                done.countDown();
            }
        }, Clock.systemUTC()).start();
    }

    /** Appends {@code chunks} blocks of 64 KiB, one every 150 ms, on the writer thread. */
    private CountDownLatch growSlowly(Path file, int chunks) {
        CountDownLatch written = new CountDownLatch(chunks);
        for (int i = 0; i < chunks; i++) {
            writer.schedule(() -> {
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                    out.write(new byte[64 * 1024]);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                written.countDown();
            }, 150L * i, TimeUnit.MILLISECONDS);
        }
        return written;
    }

    @Test
    void aGrowingFileIsHandedOverOnceWhenComplete() throws Exception {
        CountDownLatch done = new CountDownLatch(2);
        try (FolderWatcher ignored = watch(done)) {
            Path sub = Files.createDirectories(dir.resolve("New.Show.S01"));
            Path a = sub.resolve("New.Show.S01E01.mkv");
            Path b = dir.resolve("Movie.2020.mkv");
            CountDownLatch wa = growSlowly(a, 8);
            CountDownLatch wb = growSlowly(b, 5);
            assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(wa.getCount()).isZero();
            assertThat(wb.getCount()).isZero();
            assertThat(handedOver).containsEntry(a, 8L * 64 * 1024).containsEntry(b, 5L * 64 * 1024);
        }
    }

    @Test
    void aPartFileCountsOnlyOnceRenamed() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try (FolderWatcher ignored = watch(done)) {
            Path part = dir.resolve("Film.2019.mkv.part");
            CountDownLatch written = growSlowly(part, 3);
            assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
            Path done1 = Files.move(part, dir.resolve("Film.2019.mkv"));
            assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(handedOver).containsOnlyKeys(done1);
        }
    }

    @Test
    void aDeletedAndRecreatedFolderIsWatchedAgain() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try (FolderWatcher ignored = watch(done)) {
            Path sub = Files.createDirectories(dir.resolve("incoming"));
            Files.delete(sub);
            Path again = Files.createDirectories(dir.resolve("incoming"));
            Path file = again.resolve("Late.Arrival.2021.mkv");
            growSlowly(file, 2);
            assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(handedOver).containsOnlyKeys(file);
        }
    }
}
