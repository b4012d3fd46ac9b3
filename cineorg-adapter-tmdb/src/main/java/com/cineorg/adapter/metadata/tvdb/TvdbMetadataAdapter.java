package com.cineorg.adapter.metadata.tvdb;

import com.cineorg.adapter.metadata.http.Dates;
import com.cineorg.adapter.metadata.http.ProviderClient;
import com.cineorg.adapter.metadata.http.SharedHttpClient;
import com.cineorg.adapter.metadata.tvdb.TvdbResponses.TvdbAlias;
import com.cineorg.adapter.metadata.tvdb.TvdbResponses.TvdbEpisode;
import com.cineorg.adapter.metadata.tvdb.TvdbResponses.TvdbEpisodesResponse;
import com.cineorg.adapter.metadata.tvdb.TvdbResponses.TvdbLoginResponse;
import com.cineorg.adapter.metadata.tvdb.TvdbResponses.TvdbRecord;
import com.cineorg.adapter.metadata.tvdb.TvdbResponses.TvdbRecordResponse;
import com.cineorg.adapter.metadata.tvdb.TvdbResponses.TvdbRemoteId;
import com.cineorg.adapter.metadata.tvdb.TvdbResponses.TvdbRemoteIdResponse;
import com.cineorg.adapter.metadata.tvdb.TvdbResponses.TvdbSearchRecord;
import com.cineorg.adapter.metadata.tvdb.TvdbResponses.TvdbSearchResponse;
import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.error.ProviderAuthenticationException;
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
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * {@link MetadataProviderPort} on TVDB v4. Logs in lazily with the API key (and PIN), keeps the bearer token and
 * logs in again once when a call answers 401. Episode lists follow {@code links.next} through every page.
 * A search with a year that finds nothing is repeated once without it.
 */
public final class TvdbMetadataAdapter implements MetadataProviderPort {

    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("en", "eng"), Map.entry("fr", "fra"), Map.entry("de", "deu"), Map.entry("ja", "jpn"),
            Map.entry("zh", "zho"), Map.entry("es", "spa"), Map.entry("ru", "rus"), Map.entry("it", "ita"),
            Map.entry("ko", "kor"), Map.entry("pt", "por"), Map.entry("nl", "nld"));
    /** Guard against a server whose {@code next} link never ends. */
    private static final int MAX_PAGES = 200;

    private final TvdbSettings settings;
    private final HttpUrl baseUrl;
    private final ProviderClient client;
    private final Object loginLock = new Object();
    private volatile String token;

    public TvdbMetadataAdapter(TvdbSettings settings, OkHttpClient sharedHttp) {
        this.settings = settings;
        this.baseUrl = HttpUrl.get(settings.baseUrl() + "/");
        this.client = new ProviderClient("TVDB",
                "TVDB rejected the API key (" + TvdbSettings.API_KEY_SETTING + ")",
                SharedHttpClient.withTimeouts(sharedHttp, settings.connectTimeout(), settings.readTimeout()),
                settings.resilience());
    }

    public TvdbMetadataAdapter(TvdbSettings settings) {
        this(settings, SharedHttpClient.create());
    }

    @Override
    public Provider provider() {
        return Provider.TVDB;
    }

    @Override
    public List<Candidate> searchMovies(String title, Integer year, String language) {
        List<Candidate> found = search(title, "movie", year, language);
        return found.isEmpty() && year != null ? search(title, "movie", null, language) : found;
    }

    @Override
    public List<Candidate> searchSeries(String title, Integer year) {
        List<Candidate> found = search(title, "series", year, null);
        return found.isEmpty() && year != null ? search(title, "series", null, null) : found;
    }

    private List<Candidate> search(String title, String type, Integer year, String language) {
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegment("search").addQueryParameter("query", title)
                .addQueryParameter("type", type);
        if (year != null) {
            url.addQueryParameter("year", year.toString());
        }
        String lang = language == null ? "eng" : LANGUAGES.getOrDefault(language.length() > 2
                ? language.substring(0, 2) : language, language);
        MediaType mediaType = type.equals("movie") ? MediaType.MOVIE : MediaType.EPISODE;
        return authorized("GET /search", url.build(), TvdbSearchResponse.class)
                .map(r -> nonNull(r.data()).stream().filter(s -> s.tvdbId() != null && s.tvdbId().matches("\\d+"))
                        .filter(s -> firstNonBlank(s.name(), s.translations() == null ? null
                                : s.translations().get("eng")) != null)
                        .map(s -> toCandidate(s, mediaType, lang)).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<MovieDetails> movieDetails(String movieId) {
        HttpUrl url = baseUrl.newBuilder().addPathSegment("movies").addPathSegment(numeric(movieId))
                .addPathSegment("extended").addQueryParameter("meta", "translations").build();
        return authorized("GET /movies/{id}/extended", url, TvdbRecordResponse.class)
                .filter(r -> r.data() != null && firstNonBlank(r.data().name()) != null)
                .map(r -> new MovieDetails(toCandidate(r.data(), MediaType.MOVIE), null, null,
                        externalIds(r.data())));
    }

    @Override
    public Optional<SeriesDetails> seriesDetails(String seriesId) {
        HttpUrl url = baseUrl.newBuilder().addPathSegment("series").addPathSegment(numeric(seriesId))
                .addPathSegment("extended").addQueryParameter("meta", "translations").build();
        return authorized("GET /series/{id}/extended", url, TvdbRecordResponse.class)
                .filter(r -> r.data() != null && firstNonBlank(r.data().name()) != null)
                .map(r -> {
                    TvdbRecord s = r.data();
                    List<Integer> seasons = nonNull(s.seasons()).stream()
                            .filter(x -> x.type() == null || "official".equals(x.type().type()))
                            .map(x -> x.number()).filter(Objects::nonNull).distinct().sorted().toList();
                    return new SeriesDetails(toCandidate(s, MediaType.EPISODE), Dates.parse(s.firstAired()), seasons,
                            externalIds(s));
                });
    }

    @Override
    public Optional<List<EpisodeInfo>> seasonEpisodes(String seriesId, int season) {
        return episodes(seriesId, season).map(list -> list.stream()
                .sorted(Comparator.comparingInt(EpisodeInfo::episode)).toList());
    }

    @Override
    public Optional<List<EpisodeInfo>> absoluteEpisodes(String seriesId) {
        return episodes(seriesId, null).map(list -> list.stream().filter(e -> e.absoluteNumber() != null)
                .sorted(Comparator.comparingInt(EpisodeInfo::absoluteNumber)).toList());
    }

    /** Every page of the default (aired) order, which carries the absolute numbers too. */
    private Optional<List<EpisodeInfo>> episodes(String seriesId, Integer season) {
        List<EpisodeInfo> all = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            HttpUrl.Builder url = baseUrl.newBuilder().addPathSegment("series").addPathSegment(numeric(seriesId))
                    .addPathSegment("episodes").addPathSegment("default")
                    .addQueryParameter("page", String.valueOf(page));
            if (season != null) {
                url.addQueryParameter("season", season.toString());
            }
            Optional<TvdbEpisodesResponse> response =
                    authorized("GET /series/{id}/episodes/default", url.build(), TvdbEpisodesResponse.class);
            if (response.isEmpty()) {
                return page == 0 ? Optional.empty() : Optional.of(List.copyOf(all));
            }
            TvdbEpisodesResponse r = response.get();
            if (r.data() != null) {
                for (TvdbEpisode e : nonNull(r.data().episodes())) {
                    if (e.seasonNumber() == null || e.number() == null) {
                        continue;
                    }
                    Integer absolute = e.absoluteNumber() == null || e.absoluteNumber() <= 0 ? null
                            : e.absoluteNumber();
                    all.add(new EpisodeInfo(e.seasonNumber(), e.number(), absolute, e.name(), Dates.parse(e.aired())));
                }
            }
            if (r.links() == null || r.links().next() == null || r.links().next().isBlank()) {
                return Optional.of(List.copyOf(all));
            }
        }
        throw new ProviderUnavailableException("TVDB is unavailable: episode list of series " + seriesId
                + " did not end after " + MAX_PAGES + " pages");
    }

    @Override
    public List<Candidate> findByExternalId(ExternalId externalId) {
        if (externalId.source() == ExternalId.Source.TVDB) {
            return seriesDetails(externalId.value()).map(d -> List.of(d.candidate())).orElse(List.of());
        }
        HttpUrl url = baseUrl.newBuilder().addPathSegment("search").addPathSegment("remoteid")
                .addPathSegment(externalId.value()).build();
        return authorized("GET /search/remoteid/{id}", url, TvdbRemoteIdResponse.class).map(r -> {
            List<Candidate> found = new ArrayList<>();
            nonNull(r.data()).forEach(d -> {
                if (d.series() != null && firstNonBlank(d.series().name()) != null) {
                    found.add(toCandidate(d.series(), MediaType.EPISODE));
                }
                if (d.movie() != null && firstNonBlank(d.movie().name()) != null) {
                    found.add(toCandidate(d.movie(), MediaType.MOVIE));
                }
            });
            return List.copyOf(found);
        }).orElse(List.of());
    }

    /** One call with the current token; on 401 one fresh login and one more try. */
    private <T> Optional<T> authorized(String what, HttpUrl url, Class<T> type) {
        String current = token();
        try {
            return client.call(what, withToken(url, current), type);
        } catch (ProviderAuthenticationException e) {
            synchronized (loginLock) {
                if (Objects.equals(token, current)) {
                    token = null;
                }
            }
            return client.call(what, withToken(url, token()), type);
        }
    }

    private String token() {
        String t = token;
        if (t != null) {
            return t;
        }
        synchronized (loginLock) {
            if (token == null) {
                token = login();
            }
            return token;
        }
    }

    private String login() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("apikey", settings.apiKey());
        if (settings.pin() != null) {
            body.put("pin", settings.pin());
        }
        String json;
        try {
            json = client.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the TVDB login body", e);
        }
        HttpUrl url = baseUrl.newBuilder().addPathSegment("login").build();
        RequestBody requestBody = RequestBody.create(json, okhttp3.MediaType.get("application/json"));
        Supplier<Request> request = () -> new Request.Builder().url(url).post(requestBody)
                .header("Accept", "application/json").build();
        return client.call("POST /login", request, TvdbLoginResponse.class)
                .filter(r -> r.data() != null && r.data().token() != null && !r.data().token().isBlank())
                .map(r -> r.data().token())
                .orElseThrow(() -> new ProviderUnavailableException("TVDB is unavailable: login gave no token"));
    }

    private static Supplier<Request> withToken(HttpUrl url, String token) {
        return () -> new Request.Builder().url(url).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).build();
    }

    private static String numeric(String id) {
        if (id == null || !id.matches("\\d{1,12}")) {
            throw new InvalidInputException("not a TVDB id: " + id);
        }
        return id;
    }

    private static Candidate toCandidate(TvdbSearchRecord s, MediaType type, String language) {
        Map<String, String> translations = s.translations() == null ? Map.of() : s.translations();
        String title = firstNonBlank(translations.get(language), translations.get("eng"), s.name());
        String original = firstNonBlank(translations.get(s.primaryLanguage()), s.name());
        List<String> alternatives = new ArrayList<>(nonNull(s.aliases()));
        alternatives.add(s.name());
        alternatives.addAll(translations.values());
        Integer year = s.year() != null ? Dates.year(s.year()) : Dates.year(s.firstAirTime());
        return new Candidate(Provider.TVDB, s.tvdbId(), type, title, original, alternatives, year, 0,
                s.primaryLanguage());
    }

    private static Candidate toCandidate(TvdbRecord r, MediaType type) {
        List<String> alternatives = new ArrayList<>();
        nonNull(r.aliases()).stream().map(TvdbAlias::name).forEach(alternatives::add);
        String english = null;
        String original = null;
        if (r.translations() != null) {
            for (var t : nonNull(r.translations().nameTranslations())) {
                alternatives.add(t.name());
                if ("eng".equals(t.language())) {
                    english = t.name();
                }
                if (t.language() != null && t.language().equals(r.originalLanguage())) {
                    original = t.name();
                }
            }
            alternatives.addAll(nonNull(r.translations().alias()));
        }
        Integer year = r.year() != null ? Dates.year(r.year()) : Dates.year(r.firstAired());
        return new Candidate(Provider.TVDB, String.valueOf(r.id()), type, firstNonBlank(english, r.name()),
                firstNonBlank(original, r.name()), alternatives, year, r.score() == null ? 0 : r.score(),
                r.originalLanguage());
    }

    private static ExternalIds externalIds(TvdbRecord r) {
        String imdb = null;
        String tmdb = null;
        for (TvdbRemoteId id : nonNull(r.remoteIds())) {
            if ("IMDB".equalsIgnoreCase(id.sourceName())) {
                imdb = id.id();
            } else if (id.sourceName() != null && id.sourceName().startsWith("TheMovieDB")) {
                tmdb = id.id();
            }
        }
        return new ExternalIds(imdb, tmdb, String.valueOf(r.id()));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
