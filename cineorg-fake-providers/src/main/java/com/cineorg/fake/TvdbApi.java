package com.cineorg.fake;

import static com.cineorg.fake.Json.obj;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** TVDB v4 answers: login, search, series/movie extended records, paged episodes, remote-id search. */
final class TvdbApi {

    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("en", "eng"), Map.entry("fr", "fra"), Map.entry("de", "deu"), Map.entry("ja", "jpn"),
            Map.entry("zh", "zho"), Map.entry("es", "spa"), Map.entry("ru", "rus"), Map.entry("it", "ita"),
            Map.entry("ko", "kor"));
    private static final Map<String, String> COUNTRIES = Map.of(
            "US", "usa", "GB", "gbr", "JP", "jpn", "FR", "fra", "DE", "deu", "CN", "chn", "RU", "rus");
    /** Offset for movies without a TVDB id in the fixtures. */
    static final int MOVIE_ID_OFFSET = 500_000;

    private final FakeCatalog catalog;
    private final String apiKey;
    private final String pin;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private volatile int pageSize;

    TvdbApi(FakeCatalog catalog, String apiKey, String pin, int pageSize) {
        this.catalog = catalog;
        this.apiKey = apiKey;
        this.pin = pin;
        this.pageSize = pageSize;
    }

    void pageSize(int size) {
        this.pageSize = size;
    }

    void expireTokens() {
        tokens.clear();
    }

    static Answer failure(int status, String message) {
        return Answer.json(status, Json.write(obj("status", "failure", "message", message, "data", null)));
    }

    static Answer statusFault(int status) {
        return switch (status) {
            case 401 -> failure(401, "Unauthorized");
            case 404 -> failure(404, "NotFoundException: not found");
            default -> failure(status, "InternalServerError: an error occurred");
        };
    }

    boolean authorized(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            return false;
        }
        Instant expiry = tokens.get(auth.substring("Bearer ".length()).trim());
        return expiry != null && expiry.isAfter(Instant.now());
    }

    Answer login(Context ctx) {
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(ctx.body());
        } catch (Exception e) {
            return failure(400, "InvalidJSON: could not parse the body");
        }
        String key = body == null ? null : text(body, "apikey");
        String givenPin = body == null ? null : text(body, "pin");
        boolean pinOk = pin == null || pin.equals(givenPin);
        if (key == null || !key.equals(apiKey) || !pinOk) {
            return failure(401, "InvalidAPIKey: check the API key and the subscriber PIN");
        }
        String token = "fake-tvdb." + UUID.randomUUID();
        tokens.put(token, Instant.now().plusSeconds(30L * 24 * 3600));
        return Answer.json(200, Json.write(obj("status", "success", "data", obj("token", token))));
    }

    Answer search(Context ctx) {
        List<String> words = WordSearch.words(ctx.queryParam("query"));
        if (words.isEmpty()) {
            words = WordSearch.words(ctx.queryParam("q"));
        }
        String type = ctx.queryParam("type");
        Integer year = TmdbApi.parseId(String.valueOf(ctx.queryParam("year"))).orElse(null);
        int limit = TmdbApi.parseId(String.valueOf(ctx.queryParam("limit"))).orElse(50);
        int offset = TmdbApi.parseId(String.valueOf(ctx.queryParam("offset"))).orElse(0);
        List<Map.Entry<Double, Map<String, Object>>> hits = new ArrayList<>();
        if (type == null || type.equals("series")) {
            for (FakeCatalog.Series s : catalog.series()) {
                if (s.tvdbId() != null && matches(words, s.name(), s.originalName(), s.alternativeTitles(),
                        s.translations()) && (year == null || s.year().filter(year::equals).isPresent())) {
                    hits.add(Map.entry(s.popularity(), seriesSearchRecord(s)));
                }
            }
        }
        if (type == null || type.equals("movie")) {
            for (FakeCatalog.Movie m : catalog.movies()) {
                if (matches(words, m.title(), m.originalTitle(), m.alternativeTitles(), m.translations())
                        && (year == null || m.year().filter(year::equals).isPresent())) {
                    hits.add(Map.entry(m.popularity(), movieSearchRecord(m)));
                }
            }
        }
        hits.sort(Map.Entry.<Double, Map<String, Object>>comparingByKey().reversed());
        List<Map<String, Object>> data = hits.stream().skip(offset).limit(limit).map(Map.Entry::getValue).toList();
        String self = base(ctx) + "/v4/search?query=" + String.join("+", words) + "&offset=" + offset;
        String next = offset + limit < hits.size() ? base(ctx) + "/v4/search?query=" + String.join("+", words)
                + "&offset=" + (offset + limit) : null;
        return Answer.json(200, Json.write(obj("status", "success", "data", data, "links", obj(
                "prev", null, "self", self, "next", next, "total_items", hits.size(), "page_size", limit))));
    }

    Answer seriesExtended(Context ctx) {
        Optional<FakeCatalog.Series> found = TmdbApi.parseId(ctx.pathParam("id")).flatMap(catalog::seriesByTvdbId);
        if (found.isEmpty()) {
            return failure(404, "NotFoundException: series not found");
        }
        FakeCatalog.Series s = found.get();
        Map<String, Object> data = seriesBase(s);
        data.put("remoteIds", remoteIds(s.imdbId(), s.tmdbId()));
        data.put("seasons", s.seasons().stream().map(season -> obj("id", s.tvdbId() * 100 + season.number(),
                "seriesId", s.tvdbId(), "type", obj("id", 1, "name", "Aired Order", "type", "official",
                        "alternateName", null), "number", season.number(), "image", null)).toList());
        if ("translations".equals(ctx.queryParam("meta"))) {
            data.put("translations", translations(s.name(), s.originalName(), s.originalLanguage(),
                    s.translations(), s.alternativeTitles()));
        }
        return Answer.json(200, Json.write(obj("status", "success", "data", data)));
    }

    Answer movieExtended(Context ctx) {
        Optional<FakeCatalog.Movie> found = TmdbApi.parseId(ctx.pathParam("id")).flatMap(this::movieByTvdbId);
        if (found.isEmpty()) {
            return failure(404, "NotFoundException: movie not found");
        }
        FakeCatalog.Movie m = found.get();
        Map<String, Object> data = movieBase(m);
        data.put("remoteIds", remoteIds(m.imdbId(), m.tmdbId()));
        data.put("first_release", obj("country", "usa", "date", m.releaseDate(), "detail", null));
        if ("translations".equals(ctx.queryParam("meta"))) {
            data.put("translations", translations(m.title(), m.originalTitle(), m.originalLanguage(),
                    m.translations(), m.alternativeTitles()));
        }
        return Answer.json(200, Json.write(obj("status", "success", "data", data)));
    }

    Answer episodes(Context ctx) {
        Optional<FakeCatalog.Series> found = TmdbApi.parseId(ctx.pathParam("id")).flatMap(catalog::seriesByTvdbId);
        String seasonType = ctx.pathParam("seasonType");
        if (!List.of("default", "official", "dvd", "absolute", "alternate", "regional").contains(seasonType)) {
            return failure(400, "InvalidSeasonType: " + seasonType);
        }
        if (found.isEmpty()) {
            return failure(404, "NotFoundException: series not found");
        }
        FakeCatalog.Series s = found.get();
        Integer seasonFilter = TmdbApi.parseId(String.valueOf(ctx.queryParam("season"))).orElse(null);
        int page = TmdbApi.parseId(String.valueOf(ctx.queryParam("page"))).orElse(0);
        boolean absolute = seasonType.equals("absolute");
        List<Map<String, Object>> all = new ArrayList<>();
        for (FakeCatalog.Season season : s.seasons()) {
            for (FakeCatalog.Episode e : season.episodes()) {
                if (absolute && e.absoluteNumber() == null) {
                    continue;
                }
                int seasonNumber = absolute ? 1 : season.number();
                int number = absolute ? e.absoluteNumber() : e.number();
                if (seasonFilter != null && seasonFilter != seasonNumber) {
                    continue;
                }
                all.add(obj("id", e.id(), "seriesId", s.tvdbId(), "name", e.name(), "aired", e.airDate(),
                        "runtime", 24, "nameTranslations", List.of("eng"), "overview", null,
                        "overviewTranslations", List.of(), "image", null, "imageType", 11, "isMovie", 0,
                        "seasons", null, "number", number,
                        "absoluteNumber", e.absoluteNumber() == null ? 0 : e.absoluteNumber(),
                        "seasonNumber", seasonNumber, "lastUpdated", "2024-01-01 00:00:00", "finaleType", null,
                        "year", e.airDate() == null ? null : e.airDate().substring(0, 4)));
            }
        }
        if (absolute) {
            all.sort(Comparator.comparingInt(e -> (Integer) e.get("number")));
        }
        int size = pageSize;
        int from = Math.min(all.size(), page * size);
        int to = Math.min(all.size(), from + size);
        String path = base(ctx) + "/v4/series/" + s.tvdbId() + "/episodes/" + seasonType + "?page=";
        String suffix = seasonFilter == null ? "" : "&season=" + seasonFilter;
        Map<String, Object> series = seriesBase(s);
        return Answer.json(200, Json.write(obj("status", "success",
                "data", obj("series", series, "episodes", all.subList(from, to)),
                "links", obj("prev", page > 0 ? path + (page - 1) + suffix : null, "self", path + page + suffix,
                        "next", to < all.size() ? path + (page + 1) + suffix : null,
                        "total_items", all.size(), "page_size", size))));
    }

    Answer remoteId(Context ctx) {
        String id = ctx.pathParam("remoteId");
        List<Map<String, Object>> data = new ArrayList<>();
        for (FakeCatalog.Series s : catalog.series()) {
            if (s.tvdbId() != null && (id.equals(s.imdbId()) || id.equals(String.valueOf(s.tmdbId())))) {
                data.add(obj("series", seriesBase(s)));
            }
        }
        for (FakeCatalog.Movie m : catalog.movies()) {
            if (id.equals(m.imdbId()) || id.equals(String.valueOf(m.tmdbId()))) {
                data.add(obj("movie", movieBase(m)));
            }
        }
        return Answer.json(200, Json.write(obj("status", "success", "data", data)));
    }

    private Optional<FakeCatalog.Movie> movieByTvdbId(int id) {
        return catalog.movieByTvdbId(id).or(() -> id > MOVIE_ID_OFFSET ? catalog.movie(id - MOVIE_ID_OFFSET)
                .filter(m -> m.tvdbId() == null) : Optional.empty());
    }

    static int tvdbId(FakeCatalog.Movie m) {
        return m.tvdbId() != null ? m.tvdbId() : m.tmdbId() + MOVIE_ID_OFFSET;
    }

    private static boolean matches(List<String> words, String title, String original, List<FakeCatalog.AltTitle> alt,
            List<FakeCatalog.AltTitle> translations) {
        List<List<String>> titles = new ArrayList<>();
        titles.addAll(WordSearch.variants(title));
        titles.addAll(WordSearch.variants(original));
        alt.forEach(a -> titles.addAll(WordSearch.variants(a.title())));
        translations.forEach(a -> titles.addAll(WordSearch.variants(a.title())));
        return WordSearch.matches(words, titles);
    }

    private Map<String, Object> seriesSearchRecord(FakeCatalog.Series s) {
        Map<String, String> translations = new LinkedHashMap<>();
        translations.put("eng", s.name());
        translations.put(lang(s.originalLanguage()), s.originalName());
        s.translations().forEach(t -> translations.putIfAbsent(lang(t.language()), t.title()));
        return obj("objectID", "series-" + s.tvdbId(),
                "aliases", s.alternativeTitles().stream().map(FakeCatalog.AltTitle::title).toList(),
                "country", country(s.originCountry().isEmpty() ? "US" : s.originCountry().get(0)),
                "id", "series-" + s.tvdbId(), "image_url", "https://artworks.thetvdb.com/banners/posters/"
                        + s.tvdbId() + "-1.jpg",
                "name", s.name(), "first_air_time", s.firstAirDate(), "overview", s.overview(),
                "primary_language", lang(s.originalLanguage()), "primary_type", "series", "status", "Ended",
                "type", "series", "tvdb_id", String.valueOf(s.tvdbId()), "year", s.year().map(String::valueOf)
                        .orElse(null),
                "slug", slug(s.name()), "overviews", obj("eng", s.overview()), "translations", translations,
                "remote_ids", remoteIds(s.imdbId(), s.tmdbId()));
    }

    private Map<String, Object> movieSearchRecord(FakeCatalog.Movie m) {
        Map<String, String> translations = new LinkedHashMap<>();
        translations.put("eng", m.title());
        translations.put(lang(m.originalLanguage()), m.originalTitle());
        m.translations().forEach(t -> translations.putIfAbsent(lang(t.language()), t.title()));
        return obj("objectID", "movie-" + tvdbId(m),
                "aliases", m.alternativeTitles().stream().map(FakeCatalog.AltTitle::title).toList(),
                "country", "usa", "id", "movie-" + tvdbId(m), "image_url", null, "name", m.title(),
                "first_air_time", m.releaseDate(), "overview", m.overview(),
                "primary_language", lang(m.originalLanguage()), "primary_type", "movie", "status", "Released",
                "type", "movie", "tvdb_id", String.valueOf(tvdbId(m)),
                "year", m.year().map(String::valueOf).orElse(null), "slug", slug(m.title()),
                "overviews", obj("eng", m.overview()), "translations", translations,
                "remote_ids", remoteIds(m.imdbId(), m.tmdbId()));
    }

    private Map<String, Object> seriesBase(FakeCatalog.Series s) {
        return obj("id", s.tvdbId(), "name", s.name(), "slug", slug(s.name()), "image", null,
                "nameTranslations", List.of("eng", lang(s.originalLanguage())), "overviewTranslations", List.of("eng"),
                "aliases", s.alternativeTitles().stream().map(a -> obj("language", "eng", "name", a.title())).toList(),
                "firstAired", s.firstAirDate(), "lastAired", s.lastAirDate(), "nextAired", "",
                "score", (int) (s.popularity() * 1000), "status", obj("id", 2, "name", "Ended", "recordType",
                        "series", "keepUpdated", false),
                "originalCountry", country(s.originCountry().isEmpty() ? "US" : s.originCountry().get(0)),
                "originalLanguage", lang(s.originalLanguage()), "defaultSeasonType", 1, "isOrderRandomized", false,
                "lastUpdated", "2024-01-01 00:00:00", "averageRuntime", 30, "episodes", null,
                "overview", s.overview(), "year", s.year().map(String::valueOf).orElse(null));
    }

    private Map<String, Object> movieBase(FakeCatalog.Movie m) {
        return obj("id", tvdbId(m), "name", m.title(), "slug", slug(m.title()), "image", null,
                "nameTranslations", List.of("eng", lang(m.originalLanguage())), "overviewTranslations", List.of("eng"),
                "aliases", m.alternativeTitles().stream().map(a -> obj("language", "eng", "name", a.title())).toList(),
                "score", (int) (m.popularity() * 1000), "runtime", m.runtime(),
                "status", obj("id", 5, "name", "Released", "recordType", "movie", "keepUpdated", false),
                "lastUpdated", "2024-01-01 00:00:00", "year", m.year().map(String::valueOf).orElse(null),
                "originalLanguage", lang(m.originalLanguage()));
    }

    private static Map<String, Object> translations(String name, String originalName, String originalLanguage,
            List<FakeCatalog.AltTitle> translations, List<FakeCatalog.AltTitle> aliases) {
        List<Map<String, Object>> names = new ArrayList<>();
        names.add(obj("name", name, "language", "eng", "isPrimary", true, "isAlias", false));
        if (!originalName.equals(name)) {
            names.add(obj("name", originalName, "language", lang(originalLanguage), "isPrimary", false,
                    "isAlias", false));
        }
        translations.forEach(t -> names.add(obj("name", t.title(), "language", lang(t.language()),
                "isPrimary", false, "isAlias", false)));
        return obj("nameTranslations", names, "overviewTranslations", List.of(),
                "alias", aliases.stream().map(FakeCatalog.AltTitle::title).toList());
    }

    private static List<Map<String, Object>> remoteIds(String imdbId, int tmdbId) {
        List<Map<String, Object>> ids = new ArrayList<>();
        if (imdbId != null) {
            ids.add(obj("id", imdbId, "type", 2, "sourceName", "IMDB"));
        }
        ids.add(obj("id", String.valueOf(tmdbId), "type", 12, "sourceName", "TheMovieDB.com"));
        return ids;
    }

    static String lang(String iso6391) {
        return iso6391 == null ? "eng" : LANGUAGES.getOrDefault(iso6391, iso6391);
    }

    private static String country(String iso) {
        return COUNTRIES.getOrDefault(iso, iso.toLowerCase(Locale.ROOT));
    }

    private static String slug(String name) {
        return String.join("-", WordSearch.words(name));
    }

    private static String base(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
