package com.cineorg.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.match.ScoredCandidate;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.identify.Identification.Method;
import com.cineorg.domain.model.identify.Identification.Outcome;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.ExternalIds;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.port.out.IdentificationStorePort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MetadataCachePort;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every identification store and metadata cache must do; run on the in-memory fakes and on real databases. */
public abstract class IdentificationStoreContract {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    /** Fresh, empty ports sharing one database. */
    protected abstract void reset();

    protected abstract MediaCatalogPort catalog();

    protected abstract IdentificationStorePort store();

    protected abstract MetadataCachePort cache();

    @BeforeEach
    void empty() {
        reset();
    }

    private long file(String name) {
        MediaFile f = MediaFile.discovered(new FileEntry(Path.of("/lib/" + name), 1, T0, null), null, T0);
        catalog().saveAll(List.of(f));
        return f.requireId();
    }

    private static Identification episode(long id, Instant at) {
        Candidate show = Candidate.series(Provider.TVDB, "81189", "Breaking Bad", 2008).withPopularity(12.5)
                .withAlternativeTitles(List.of("Breaking Bad (2008)"));
        return new Identification(id, Outcome.IDENTIFIED, Method.AUTO, Provider.TVDB, "81189", MediaType.EPISODE,
                "Breaking Bad", 2008, 0.97, List.of("title 1.00", "year exact"),
                List.of(new EpisodeInfo(1, 1, 1, "Pilot", LocalDate.of(2008, 1, 20)),
                        new EpisodeInfo(1, 2, 2, null, null)),
                new ExternalIds("tt0903747", "1396", "81189"),
                List.of(new ScoredCandidate(show, 0.97, List.of("title 1.00"))), at);
    }

    private static Identification review(long id, Instant at) {
        return new Identification(id, Outcome.NEEDS_REVIEW, Method.AUTO, null, null, MediaType.MOVIE, "Heat", 1995,
                0.6, List.of("best score 0.60 is below the threshold 0.85"), List.of(), null,
                List.of(new ScoredCandidate(Candidate.movie(Provider.TMDB, "949", "Heat", 1995), 0.6, List.of())), at);
    }

    @Test
    void roundTripsEveryField() {
        long id = file("a.mkv");
        Identification original = episode(id, T0);
        store().saveAll(List.of(original));
        assertThat(store().find(id)).contains(original);
    }

    @Test
    void aNewIdentificationReplacesTheOld() {
        long id = file("a.mkv");
        store().saveAll(List.of(review(id, T0)));
        store().saveAll(List.of(episode(id, T0.plusSeconds(5))));
        assertThat(store().find(id).orElseThrow().identified()).isTrue();
        assertThat(store().reviewCount()).isZero();
    }

    @Test
    void theReviewQueueHoldsOnlyFilesWaitingOldestFirst() {
        long a = file("a.mkv");
        long b = file("b.mkv");
        long c = file("c.mkv");
        store().saveAll(List.of(review(b, T0.plusSeconds(10)), episode(a, T0), review(c, T0.plusSeconds(5))));
        assertThat(store().reviewQueue(0, 10)).containsExactly(c, b);
        assertThat(store().reviewQueue(1, 10)).containsExactly(b);
        assertThat(store().reviewCount()).isEqualTo(2);
        assertThat(store().findAll(List.of(a, b, 999L))).containsOnlyKeys(a, b);
    }

    public record Cached(List<Candidate> items) {}

    @Test
    void theCacheGivesBackWhatWasPutUntilItExpires() {
        Cached value = new Cached(List.of(Candidate.movie(Provider.TMDB, "949", "Heat", 1995).withPopularity(3)));
        cache().put("tmdb:search:heat:1995", value, T0.plusSeconds(60));
        assertThat(cache().get("tmdb:search:heat:1995", Cached.class, T0)).contains(value);
        assertThat(cache().get("tmdb:search:heat:1995", Cached.class, T0.plusSeconds(61))).isEmpty();
        assertThat(cache().get("tmdb:search:other", Cached.class, T0)).isEmpty();
        cache().put("tmdb:search:heat:1995", new Cached(List.of()), T0.plusSeconds(60));
        assertThat(cache().get("tmdb:search:heat:1995", Cached.class, T0)).contains(new Cached(List.of()));
    }
}
