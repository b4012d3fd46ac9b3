package com.cineorg.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every media info store must do; run on the in-memory fake and on real databases. */
public abstract class MediaInfoStoreContract {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    /** Fresh, empty ports sharing one database. */
    protected abstract void reset();

    protected abstract MediaCatalogPort catalog();

    protected abstract MediaInfoStorePort store();

    @BeforeEach
    void empty() {
        reset();
    }

    private long file(String name) {
        MediaFile f = MediaFile.discovered(new FileEntry(Path.of("/lib/" + name), 1, T0, null), null, T0);
        catalog().saveAll(List.of(f));
        return f.requireId();
    }

    private static MediaInfo hd() {
        return new MediaInfo(Duration.ofMillis(7_201_250), 1920, 800, "H.264", List.of("DTS", "AAC"));
    }

    @Test
    void roundTripsEveryField() {
        long a = file("a.mkv");
        long b = file("b.mkv");
        MediaInfo empty = new MediaInfo(null, null, null, null, List.of());
        store().saveAll(Map.of(a, hd(), b, empty), T0);
        assertThat(store().findAll(List.of(a, b, 999L))).containsOnly(Map.entry(a, hd()), Map.entry(b, empty));
        assertThat(store().probedAt(List.of(a, 999L))).containsOnly(Map.entry(a, T0));
    }

    @Test
    void aNewProbeReplacesTheOld() {
        long a = file("a.mkv");
        store().saveAll(Map.of(a, hd()), T0);
        MediaInfo sd = new MediaInfo(Duration.ofSeconds(2), 320, 240, "Xvid", List.of("AAC"));
        store().saveAll(Map.of(a, sd), T0.plusSeconds(60));
        assertThat(store().findAll(List.of(a))).containsOnly(Map.entry(a, sd));
        assertThat(store().probedAt(List.of(a))).containsOnly(Map.entry(a, T0.plusSeconds(60)));
    }

    @Test
    void emptyQueriesAndManyIdsWork() {
        assertThat(store().findAll(List.of())).isEmpty();
        store().saveAll(Map.of(), T0);
        long a = file("a.mkv");
        store().saveAll(Map.of(a, hd()), T0);
        List<Long> many = LongStream.rangeClosed(Math.max(1, a - 600), a + 600).boxed().toList(); // more than one chunk
        assertThat(store().findAll(many)).containsOnlyKeys(a);
    }
}
