package com.cineorg.domain.testing;

import com.cineorg.domain.error.ProviderUnavailableException;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.ExternalId;
import com.cineorg.domain.model.metadata.ExternalIds;
import com.cineorg.domain.model.metadata.MovieDetails;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.model.metadata.SeriesDetails;
import com.cineorg.domain.port.out.MetadataProviderPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider in memory for use-case tests: word-based search over a small catalog, call counting, and an outage
 * switch. Adapter tests use the real HTTP fake server instead.
 */
public final class FakeMetadataProvider implements MetadataProviderPort {
    private final Provider provider;
    private final List<Candidate> catalog = new ArrayList<>();
    private final Map<String, List<EpisodeInfo>> episodes = new ConcurrentHashMap<>();
    public final AtomicInteger calls = new AtomicInteger();
    public final Map<String, AtomicInteger> callsByKind = new ConcurrentHashMap<>();
    private volatile boolean down;

    public FakeMetadataProvider(Provider provider) {
        this.provider = provider;
    }

    public FakeMetadataProvider add(Candidate c) {
        catalog.add(c);
        return this;
    }

    public FakeMetadataProvider episodes(String seriesId, EpisodeInfo... list) {
        episodes.computeIfAbsent(seriesId, k -> new ArrayList<>()).addAll(List.of(list));
        return this;
    }

    public void goDown() {
        down = true;
    }

    private void call(String kind) {
        calls.incrementAndGet();
        callsByKind.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        if (down) {
            throw new ProviderUnavailableException(provider.displayName() + " is unavailable (HTTP 503)");
        }
    }

    @Override
    public Provider provider() {
        return provider;
    }

    private List<Candidate> search(MediaType type, String title, Integer year) {
        List<String> words = List.of(title.toLowerCase(Locale.ROOT).split("\\W+"));
        return catalog.stream()
                .filter(c -> c.type() == type)
                .filter(c -> year == null || year.equals(c.year()))
                .filter(c -> c.allTitles().stream().anyMatch(t -> {
                    List<String> tw = List.of(t.toLowerCase(Locale.ROOT).split("\\W+"));
                    return tw.containsAll(words) || words.containsAll(tw);
                }))
                .toList();
    }

    @Override
    public List<Candidate> searchMovies(String title, Integer year, String language) {
        call("search");
        return search(MediaType.MOVIE, title, year);
    }

    @Override
    public List<Candidate> searchSeries(String title, Integer year) {
        call("search");
        return search(MediaType.EPISODE, title, year);
    }

    @Override
    public Optional<MovieDetails> movieDetails(String movieId) {
        call("details");
        return catalog.stream().filter(c -> c.id().equals(movieId) && c.type() == MediaType.MOVIE).findFirst()
                .map(c -> new MovieDetails(c, null, null, new ExternalIds("tt" + movieId, movieId, null)));
    }

    @Override
    public Optional<SeriesDetails> seriesDetails(String seriesId) {
        call("details");
        return catalog.stream().filter(c -> c.id().equals(seriesId) && c.type() == MediaType.EPISODE).findFirst()
                .map(c -> new SeriesDetails(c, null, episodes.getOrDefault(seriesId, List.of()).stream()
                        .map(EpisodeInfo::season).distinct().sorted().toList(), ExternalIds.none()));
    }

    @Override
    public Optional<List<EpisodeInfo>> seasonEpisodes(String seriesId, int season) {
        call("season");
        List<EpisodeInfo> all = episodes.get(seriesId);
        return all == null ? Optional.empty() : Optional.of(all.stream().filter(e -> e.season() == season).toList());
    }

    @Override
    public Optional<List<EpisodeInfo>> absoluteEpisodes(String seriesId) {
        call("absolute");
        return Optional.ofNullable(episodes.get(seriesId));
    }

    @Override
    public List<Candidate> findByExternalId(ExternalId externalId) {
        call("find");
        return List.of();
    }
}
