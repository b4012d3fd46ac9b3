package com.cineorg.domain.testing;

import com.cineorg.domain.error.CineOrgException;
import com.cineorg.domain.match.TitleNormalizer;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.ExternalId;
import com.cineorg.domain.model.metadata.MovieDetails;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.model.metadata.SeriesDetails;
import com.cineorg.domain.port.out.MetadataProviderPort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A metadata provider in maps, for use-case tests: word-based search like the real providers (every query word
 * starts a word of one of the titles), most popular first; search results carry no alternative titles, details do.
 * Counts calls per method and can be told to fail.
 */
public final class InMemoryMetadataProvider implements MetadataProviderPort {

    private final Provider provider;
    private final Map<String, MovieDetails> movies = new LinkedHashMap<>();
    private final Map<String, SeriesDetails> series = new LinkedHashMap<>();
    private final Map<String, TreeMap<Integer, List<EpisodeInfo>>> episodes = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private volatile CineOrgException failure;

    public InMemoryMetadataProvider(Provider provider) {
        this.provider = provider;
    }

    public synchronized InMemoryMetadataProvider add(MovieDetails movie) {
        movies.put(movie.candidate().id(), movie);
        return this;
    }

    /** A series with its episodes (any season, 0 for specials). */
    public synchronized InMemoryMetadataProvider add(SeriesDetails show, List<EpisodeInfo> showEpisodes) {
        series.put(show.candidate().id(), show);
        TreeMap<Integer, List<EpisodeInfo>> bySeason = new TreeMap<>();
        for (EpisodeInfo e : showEpisodes) {
            bySeason.computeIfAbsent(e.season(), s -> new ArrayList<>()).add(e);
        }
        episodes.put(show.candidate().id(), bySeason);
        return this;
    }

    /** Every following call throws this (null: stop failing). */
    public void failWith(CineOrgException e) {
        this.failure = e;
    }

    /** How often a method was called ({@code "searchMovies"}, {@code "seasonEpisodes"}...). */
    public int calls(String method) {
        AtomicInteger c = calls.get(method);
        return c == null ? 0 : c.get();
    }

    public int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    @Override
    public Provider provider() {
        return provider;
    }

    @Override
    public synchronized List<Candidate> searchMovies(String title, Integer year, String language) {
        count("searchMovies");
        return search(title, year, movies.values().stream().map(MovieDetails::candidate).toList());
    }

    @Override
    public synchronized List<Candidate> searchSeries(String title, Integer year) {
        count("searchSeries");
        return search(title, year, series.values().stream().map(SeriesDetails::candidate).toList());
    }

    @Override
    public synchronized Optional<MovieDetails> movieDetails(String movieId) {
        count("movieDetails");
        return Optional.ofNullable(movies.get(movieId));
    }

    @Override
    public synchronized Optional<SeriesDetails> seriesDetails(String seriesId) {
        count("seriesDetails");
        return Optional.ofNullable(series.get(seriesId));
    }

    @Override
    public synchronized Optional<List<EpisodeInfo>> seasonEpisodes(String seriesId, int season) {
        count("seasonEpisodes");
        TreeMap<Integer, List<EpisodeInfo>> bySeason = episodes.get(seriesId);
        return bySeason == null || !bySeason.containsKey(season) ? Optional.empty()
                : Optional.of(List.copyOf(bySeason.get(season)));
    }

    @Override
    public synchronized Optional<List<EpisodeInfo>> absoluteEpisodes(String seriesId) {
        count("absoluteEpisodes");
        TreeMap<Integer, List<EpisodeInfo>> bySeason = episodes.get(seriesId);
        if (bySeason == null) {
            return Optional.empty();
        }
        return Optional.of(bySeason.values().stream().flatMap(List::stream).filter(e -> e.absoluteNumber() != null)
                .sorted(Comparator.comparingInt(EpisodeInfo::absoluteNumber)).toList());
    }

    @Override
    public synchronized List<Candidate> findByExternalId(ExternalId id) {
        count("findByExternalId");
        List<Candidate> found = new ArrayList<>();
        for (MovieDetails m : movies.values()) {
            if (matches(id, m.externalIds().imdbId(), m.externalIds().tmdbId(), m.externalIds().tvdbId())) {
                found.add(m.candidate());
            }
        }
        for (SeriesDetails s : series.values()) {
            if (matches(id, s.externalIds().imdbId(), s.externalIds().tmdbId(), s.externalIds().tvdbId())) {
                found.add(s.candidate());
            }
        }
        return found;
    }

    private static boolean matches(ExternalId id, String imdb, String tmdb, String tvdb) {
        return switch (id.source()) {
            case IMDB -> id.value().equals(imdb);
            case TMDB -> id.value().equals(tmdb);
            case TVDB -> id.value().equals(tvdb);
        };
    }

    private List<Candidate> search(String title, Integer year, List<Candidate> all) {
        List<String> words = TitleNormalizer.words(title);
        List<Candidate> hits = new ArrayList<>();
        for (Candidate c : all) {
            boolean titleHit = !words.isEmpty() && c.allTitles().stream().map(TitleNormalizer::words)
                    .anyMatch(t -> words.stream().allMatch(q -> t.stream().anyMatch(w -> w.startsWith(q))));
            if (titleHit && (year == null || year.equals(c.year()))) {
                hits.add(new Candidate(c.provider(), c.id(), c.type(), c.title(), c.originalTitle(), List.of(),
                        c.year(), c.popularity(), c.originalLanguage()));
            }
        }
        hits.sort(Comparator.comparingDouble(Candidate::popularity).reversed());
        return hits;
    }

    private void count(String method) {
        calls.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
        CineOrgException e = failure;
        if (e != null) {
            throw e;
        }
    }

    /** A movie record for tests: {@code movie(Provider.TMDB, "603", "The Matrix", 1999, 120.0)}. */
    public static MovieDetails movie(Provider provider, String id, String title, Integer year, double popularity,
            String... alternativeTitles) {
        Candidate c = new Candidate(provider, id, MediaType.MOVIE, title, title, List.of(alternativeTitles), year,
                popularity, "en");
        return new MovieDetails(c, null, null, null);
    }

    /** A series record for tests. */
    public static SeriesDetails series(Provider provider, String id, String title, Integer year, double popularity,
            String... alternativeTitles) {
        Candidate c = new Candidate(provider, id, MediaType.EPISODE, title, title, List.of(alternativeTitles), year,
                popularity, "en");
        return new SeriesDetails(c, null, List.of(), null);
    }
}
