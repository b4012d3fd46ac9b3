package com.cineorg.application.identify;

import com.cineorg.domain.match.TitleNormalizer;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.ExternalId;
import com.cineorg.domain.model.metadata.MovieDetails;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.model.metadata.SeriesDetails;
import com.cineorg.domain.port.out.MetadataCachePort;
import com.cineorg.domain.port.out.MetadataProviderPort;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A provider whose answers are kept in the database cache for a while (days), so a second identify of the same
 * files asks the network nothing. Negative answers (not found) are cached too.
 */
final class CachingMetadataProvider implements MetadataProviderPort {
    /** Cached values: one record type per answer shape, so that the cache can read them back by type. */
    public record Candidates(List<Candidate> items) {}

    public record Episodes(List<EpisodeInfo> items, boolean found) {}

    public record Movie(MovieDetails details) {}

    public record Series(SeriesDetails details) {}

    private final MetadataProviderPort delegate;
    private final MetadataCachePort cache;
    private final Clock clock;
    private final Duration ttl;
    private final boolean refresh;

    CachingMetadataProvider(MetadataProviderPort delegate, MetadataCachePort cache, Clock clock, Duration ttl,
            boolean refresh) {
        this.delegate = delegate;
        this.cache = cache;
        this.clock = clock;
        this.ttl = ttl;
        this.refresh = refresh;
    }

    @Override
    public Provider provider() {
        return delegate.provider();
    }

    private String key(String kind, Object... parts) {
        StringBuilder sb = new StringBuilder(delegate.provider().word()).append(':').append(kind);
        for (Object p : parts) {
            sb.append(':').append(p == null ? "-" : p.toString().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private <T extends Record> T cached(String key, Class<T> type, Supplier<T> load) {
        if (!refresh) {
            Optional<T> hit = cache.get(key, type, clock.instant());
            if (hit.isPresent()) {
                return hit.get();
            }
        }
        T value = load.get();
        cache.put(key, value, clock.instant().plus(ttl));
        return value;
    }

    private static String titleKey(String title) {
        return TitleNormalizer.normalize(title);
    }

    @Override
    public List<Candidate> searchMovies(String title, Integer year, String language) {
        return cached(key("search-movie", language, titleKey(title), year), Candidates.class,
                () -> new Candidates(delegate.searchMovies(title, year, language))).items();
    }

    @Override
    public List<Candidate> searchSeries(String title, Integer year) {
        return cached(key("search-series", titleKey(title), year), Candidates.class,
                () -> new Candidates(delegate.searchSeries(title, year))).items();
    }

    @Override
    public Optional<MovieDetails> movieDetails(String movieId) {
        return Optional.ofNullable(cached(key("movie", movieId), Movie.class,
                () -> new Movie(delegate.movieDetails(movieId).orElse(null))).details());
    }

    @Override
    public Optional<SeriesDetails> seriesDetails(String seriesId) {
        return Optional.ofNullable(cached(key("series", seriesId), Series.class,
                () -> new Series(delegate.seriesDetails(seriesId).orElse(null))).details());
    }

    @Override
    public Optional<List<EpisodeInfo>> seasonEpisodes(String seriesId, int season) {
        return episodes(key("season", seriesId, season), () -> delegate.seasonEpisodes(seriesId, season));
    }

    @Override
    public Optional<List<EpisodeInfo>> absoluteEpisodes(String seriesId) {
        return episodes(key("absolute", seriesId), () -> delegate.absoluteEpisodes(seriesId));
    }

    private Optional<List<EpisodeInfo>> episodes(String key, Supplier<Optional<List<EpisodeInfo>>> load) {
        Episodes e = cached(key, Episodes.class, () -> {
            Optional<List<EpisodeInfo>> found = load.get();
            return new Episodes(found.orElse(List.of()), found.isPresent());
        });
        return e.found() ? Optional.of(e.items()) : Optional.empty();
    }

    @Override
    public List<Candidate> findByExternalId(ExternalId externalId) {
        return cached(key("find", externalId.source(), externalId.value()), Candidates.class,
                () -> new Candidates(delegate.findByExternalId(externalId))).items();
    }

    static Function<MetadataProviderPort, MetadataProviderPort> wrapper(
            MetadataCachePort cache, Clock clock, Duration ttl, boolean refresh) {
        return p -> new CachingMetadataProvider(p, cache, clock, ttl, refresh);
    }
}
