package com.cineorg.adapter.metadata.tmdb;

import com.cineorg.adapter.metadata.http.Dates;
import com.cineorg.adapter.metadata.http.ProviderClient;
import com.cineorg.adapter.metadata.http.SharedHttpClient;
import com.cineorg.adapter.metadata.tmdb.TmdbResponses.TmdbAlternativeTitles;
import com.cineorg.adapter.metadata.tmdb.TmdbResponses.TmdbEpisode;
import com.cineorg.adapter.metadata.tmdb.TmdbResponses.TmdbFindResponse;
import com.cineorg.adapter.metadata.tmdb.TmdbResponses.TmdbMovieResponse;
import com.cineorg.adapter.metadata.tmdb.TmdbResponses.TmdbMovieResult;
import com.cineorg.adapter.metadata.tmdb.TmdbResponses.TmdbMovieSearchResponse;
import com.cineorg.adapter.metadata.tmdb.TmdbResponses.TmdbSeasonResponse;
import com.cineorg.adapter.metadata.tmdb.TmdbResponses.TmdbSeasonSummary;
import com.cineorg.adapter.metadata.tmdb.TmdbResponses.TmdbTranslations;
import com.cineorg.adapter.metadata.tmdb.TmdbResponses.TmdbTvResponse;
import com.cineorg.adapter.metadata.tmdb.TmdbResponses.TmdbTvResult;
import com.cineorg.adapter.metadata.tmdb.TmdbResponses.TmdbTvSearchResponse;
import com.cineorg.domain.error.InvalidInputException;
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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * {@link MetadataProviderPort} on TMDB v3. A search with a year that finds nothing is repeated once without the
 * year, so a file dated a year off still finds its movie. Absolute episode numbers are the aired episodes of
 * seasons 1..n counted in order (TMDB has no absolute order of its own).
 */
public final class TmdbMetadataAdapter implements MetadataProviderPort {

    static final String APPEND = "alternative_titles,external_ids,translations";

    private final TmdbSettings settings;
    private final HttpUrl baseUrl;
    private final ProviderClient client;

    /** Shares {@code sharedHttp}'s dispatcher and connection pool (see {@link SharedHttpClient#create()}). */
    public TmdbMetadataAdapter(TmdbSettings settings, OkHttpClient sharedHttp) {
        this.settings = settings;
        this.baseUrl = HttpUrl.get(settings.baseUrl() + "/");
        this.client = new ProviderClient("TMDB",
                "TMDB rejected the API key (" + TmdbSettings.API_KEY_SETTING + ")",
                SharedHttpClient.withTimeouts(sharedHttp, settings.connectTimeout(), settings.readTimeout()),
                settings.resilience());
    }

    public TmdbMetadataAdapter(TmdbSettings settings) {
        this(settings, SharedHttpClient.create());
    }

    @Override
    public Provider provider() {
        return Provider.TMDB;
    }

    @Override
    public List<Candidate> searchMovies(String title, Integer year, String language) {
        List<Candidate> found = searchMoviesOnce(title, year, language);
        return found.isEmpty() && year != null ? searchMoviesOnce(title, null, language) : found;
    }

    private List<Candidate> searchMoviesOnce(String title, Integer year, String language) {
        HttpUrl.Builder url = url("search/movie").addQueryParameter("query", title)
                .addQueryParameter("include_adult", "false").addQueryParameter("page", "1");
        if (year != null) {
            url.addQueryParameter("year", year.toString());
        }
        String lang = language != null ? language : settings.language();
        if (lang != null) {
            url.addQueryParameter("language", lang);
        }
        return client.call("GET /search/movie", request(url.build()), TmdbMovieSearchResponse.class)
                .map(r -> nonNull(r.results()).stream().filter(m -> hasText(m.title()) || hasText(m.originalTitle()))
                        .map(TmdbMetadataAdapter::toCandidate).toList())
                .orElse(List.of());
    }

    @Override
    public List<Candidate> searchSeries(String title, Integer year) {
        List<Candidate> found = searchSeriesOnce(title, year);
        return found.isEmpty() && year != null ? searchSeriesOnce(title, null) : found;
    }

    private List<Candidate> searchSeriesOnce(String title, Integer year) {
        HttpUrl.Builder url = url("search/tv").addQueryParameter("query", title)
                .addQueryParameter("include_adult", "false").addQueryParameter("page", "1");
        if (year != null) {
            url.addQueryParameter("first_air_date_year", year.toString());
        }
        if (settings.language() != null) {
            url.addQueryParameter("language", settings.language());
        }
        return client.call("GET /search/tv", request(url.build()), TmdbTvSearchResponse.class)
                .map(r -> nonNull(r.results()).stream().filter(t -> hasText(t.name()) || hasText(t.originalName()))
                        .map(TmdbMetadataAdapter::toCandidate).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<MovieDetails> movieDetails(String movieId) {
        HttpUrl.Builder url = url("movie/" + numeric(movieId)).addQueryParameter("append_to_response", APPEND);
        if (settings.language() != null) {
            url.addQueryParameter("language", settings.language());
        }
        return client.call("GET /movie/{id}", request(url.build()), TmdbMovieResponse.class)
                .filter(m -> hasText(m.title()) || hasText(m.originalTitle())).map(m -> {
            List<String> alternatives = alternatives(m.alternativeTitles(), m.translations());
            Candidate candidate = new Candidate(Provider.TMDB, String.valueOf(m.id()), MediaType.MOVIE,
                    titleOr(m.title(), m.originalTitle()),
                    m.originalTitle(), alternatives, Dates.year(m.releaseDate()), m.popularity(),
                    m.originalLanguage());
            String imdb = m.externalIds() != null && m.externalIds().imdbId() != null ? m.externalIds().imdbId()
                    : m.imdbId();
            return new MovieDetails(candidate, Dates.parse(m.releaseDate()), m.runtime(),
                    new ExternalIds(imdb, String.valueOf(m.id()), null));
        });
    }

    @Override
    public Optional<SeriesDetails> seriesDetails(String seriesId) {
        HttpUrl.Builder url = url("tv/" + numeric(seriesId)).addQueryParameter("append_to_response", APPEND);
        if (settings.language() != null) {
            url.addQueryParameter("language", settings.language());
        }
        return client.call("GET /tv/{id}", request(url.build()), TmdbTvResponse.class)
                .filter(t -> hasText(t.name()) || hasText(t.originalName())).map(t -> {
            Candidate candidate = new Candidate(Provider.TMDB, String.valueOf(t.id()), MediaType.EPISODE,
                    titleOr(t.name(), t.originalName()),
                    t.originalName(), alternatives(t.alternativeTitles(), t.translations()),
                    Dates.year(t.firstAirDate()), t.popularity(), t.originalLanguage());
            List<Integer> seasons = nonNull(t.seasons()).stream().map(TmdbSeasonSummary::seasonNumber).sorted()
                    .toList();
            ExternalIds ids = t.externalIds() == null ? new ExternalIds(null, String.valueOf(t.id()), null)
                    : new ExternalIds(t.externalIds().imdbId(), String.valueOf(t.id()),
                            t.externalIds().tvdbId() == null ? null : t.externalIds().tvdbId().toString());
            return new SeriesDetails(candidate, Dates.parse(t.firstAirDate()), seasons, ids);
        });
    }

    @Override
    public Optional<List<EpisodeInfo>> seasonEpisodes(String seriesId, int season) {
        HttpUrl.Builder url = url("tv/" + numeric(seriesId) + "/season/" + season);
        if (settings.language() != null) {
            url.addQueryParameter("language", settings.language());
        }
        return client.call("GET /tv/{id}/season/{n}", request(url.build()), TmdbSeasonResponse.class)
                .map(s -> nonNull(s.episodes()).stream().map(e -> toEpisode(e, s.seasonNumber(), null)).toList());
    }

    @Override
    public Optional<List<EpisodeInfo>> absoluteEpisodes(String seriesId) {
        Optional<SeriesDetails> details = seriesDetails(seriesId);
        if (details.isEmpty()) {
            return Optional.empty();
        }
        List<EpisodeInfo> all = new ArrayList<>();
        int absolute = 1;
        for (int season : details.get().seasonNumbers()) {
            if (season == 0) {
                continue;
            }
            List<EpisodeInfo> episodes = new ArrayList<>(seasonEpisodes(seriesId, season).orElse(List.of()));
            episodes.sort(Comparator.comparingInt(EpisodeInfo::episode));
            for (EpisodeInfo e : episodes) {
                all.add(new EpisodeInfo(e.season(), e.episode(), absolute++, e.title(), e.airDate()));
            }
        }
        return Optional.of(List.copyOf(all));
    }

    @Override
    public List<Candidate> findByExternalId(ExternalId externalId) {
        if (externalId.source() == ExternalId.Source.TMDB) {
            List<Candidate> found = new ArrayList<>();
            movieDetails(externalId.value()).ifPresent(d -> found.add(d.candidate()));
            seriesDetails(externalId.value()).ifPresent(d -> found.add(d.candidate()));
            return found;
        }
        String source = externalId.source() == ExternalId.Source.IMDB ? "imdb_id" : "tvdb_id";
        HttpUrl url = url("find/" + externalId.value()).addQueryParameter("external_source", source).build();
        return client.call("GET /find/{id}", request(url), TmdbFindResponse.class).map(f -> {
            List<Candidate> found = new ArrayList<>();
            nonNull(f.movieResults()).stream().filter(m -> hasText(m.title()) || hasText(m.originalTitle()))
                    .forEach(m -> found.add(toCandidate(m)));
            nonNull(f.tvResults()).stream().filter(t -> hasText(t.name()) || hasText(t.originalName()))
                    .forEach(t -> found.add(toCandidate(t)));
            return List.copyOf(found);
        }).orElse(List.of());
    }

    private HttpUrl.Builder url(String path) {
        HttpUrl.Builder builder = baseUrl.newBuilder().addPathSegments(path);
        if (!settings.usesBearerToken()) {
            builder.addQueryParameter("api_key", settings.apiKey());
        }
        return builder;
    }

    private Supplier<Request> request(HttpUrl url) {
        return () -> {
            Request.Builder builder = new Request.Builder().url(url).header("Accept", "application/json");
            if (settings.usesBearerToken()) {
                builder.header("Authorization", "Bearer " + settings.apiKey());
            }
            return builder.build();
        };
    }

    private static String numeric(String id) {
        if (id == null || !id.matches("\\d{1,12}")) {
            throw new InvalidInputException("not a TMDB id: " + id);
        }
        return id;
    }

    private static Candidate toCandidate(TmdbMovieResult m) {
        return new Candidate(Provider.TMDB, String.valueOf(m.id()), MediaType.MOVIE, titleOr(m.title(),
                m.originalTitle()), m.originalTitle(), List.of(), Dates.year(m.releaseDate()), m.popularity(),
                m.originalLanguage());
    }

    private static Candidate toCandidate(TmdbTvResult t) {
        return new Candidate(Provider.TMDB, String.valueOf(t.id()), MediaType.EPISODE, titleOr(t.name(),
                t.originalName()), t.originalName(), List.of(), Dates.year(t.firstAirDate()), t.popularity(),
                t.originalLanguage());
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static String titleOr(String title, String fallback) {
        return title == null || title.isBlank() ? fallback : title;
    }

    private static EpisodeInfo toEpisode(TmdbEpisode e, int season, Integer absolute) {
        return new EpisodeInfo(e.seasonNumber() > 0 || season == 0 ? e.seasonNumber() : season, e.episodeNumber(),
                absolute, e.name(), Dates.parse(e.airDate()));
    }

    private static List<String> alternatives(TmdbAlternativeTitles alternativeTitles, TmdbTranslations translations) {
        List<String> all = new ArrayList<>();
        if (alternativeTitles != null) {
            nonNull(alternativeTitles.titles()).forEach(a -> all.add(a.title()));
            nonNull(alternativeTitles.results()).forEach(a -> all.add(a.title()));
        }
        if (translations != null) {
            nonNull(translations.translations()).stream().filter(t -> t.data() != null)
                    .forEach(t -> all.add(t.data().title() != null ? t.data().title() : t.data().name()));
        }
        return all;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
