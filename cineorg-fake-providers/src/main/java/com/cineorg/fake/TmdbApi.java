package com.cineorg.fake;

import static com.cineorg.fake.Json.obj;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** TMDB v3 answers computed from the catalog: search, details with append_to_response, seasons, find. */
final class TmdbApi {

    static final int PAGE_SIZE = 20;

    private final FakeCatalog catalog;
    private final List<Indexed<FakeCatalog.Movie>> movieIndex;
    private final List<Indexed<FakeCatalog.Series>> seriesIndex;

    record Indexed<T>(T work, List<List<String>> titles, double popularity) {}

    TmdbApi(FakeCatalog catalog) {
        this.catalog = catalog;
        this.movieIndex = catalog.movies().stream().map(m -> new Indexed<>(m, titleWords(m.title(), m.originalTitle(),
                m.alternativeTitles(), m.translations()), m.popularity())).toList();
        this.seriesIndex = catalog.series().stream().map(s -> new Indexed<>(s, titleWords(s.name(), s.originalName(),
                s.alternativeTitles(), s.translations()), s.popularity())).toList();
    }

    private static List<List<String>> titleWords(String title, String original, List<FakeCatalog.AltTitle> alt,
            List<FakeCatalog.AltTitle> translations) {
        List<List<String>> all = new ArrayList<>();
        all.addAll(WordSearch.variants(title));
        all.addAll(WordSearch.variants(original));
        alt.forEach(a -> all.addAll(WordSearch.variants(a.title())));
        translations.forEach(a -> all.addAll(WordSearch.variants(a.title())));
        return all;
    }

    static Answer error(int status, int code, String message) {
        return Answer.json(status, Json.write(obj("status_code", code, "status_message", message, "success", false)));
    }

    static Answer notFound() {
        return error(404, 34, "The resource you requested could not be found.");
    }

    static Answer invalidKey() {
        return error(401, 7, "Invalid API key: You must be granted a valid key.");
    }

    static Answer rateLimited(int limit) {
        return error(429, 25, "Your request count (#) is over the allowed limit of (" + limit + ").");
    }

    static Answer statusFault(int status) {
        return switch (status) {
            case 401 -> invalidKey();
            case 404 -> notFound();
            case 503 -> error(503, 9, "Service offline: This service is temporarily offline, try again later.");
            case 504 -> error(504, 24, "Your request to the backend server timed out. Try again.");
            default -> error(status, 11, "Internal error: Something went wrong, contact TMDB.");
        };
    }

    Answer searchMovie(Context ctx) {
        Integer year = intParam(ctx, "primary_release_year").or(() -> intParam(ctx, "year")).orElse(null);
        String language = ctx.queryParam("language");
        List<String> words = WordSearch.words(ctx.queryParam("query"));
        List<Map<String, Object>> hits = movieIndex.stream()
                .filter(i -> WordSearch.matches(words, i.titles()))
                .filter(i -> year == null || i.work().year().filter(year::equals).isPresent())
                .sorted(Comparator.comparingDouble(Indexed<FakeCatalog.Movie>::popularity).reversed())
                .map(i -> movieSummary(i.work(), language))
                .toList();
        return page(ctx, hits);
    }

    Answer searchTv(Context ctx) {
        Integer year = intParam(ctx, "first_air_date_year").or(() -> intParam(ctx, "year")).orElse(null);
        List<String> words = WordSearch.words(ctx.queryParam("query"));
        List<Map<String, Object>> hits = seriesIndex.stream()
                .filter(i -> WordSearch.matches(words, i.titles()))
                .filter(i -> year == null || i.work().year().filter(year::equals).isPresent())
                .sorted(Comparator.comparingDouble(Indexed<FakeCatalog.Series>::popularity).reversed())
                .map(i -> seriesSummary(i.work()))
                .toList();
        return page(ctx, hits);
    }

    Answer movie(Context ctx) {
        Optional<FakeCatalog.Movie> found = parseId(ctx.pathParam("id")).flatMap(catalog::movie);
        if (found.isEmpty()) {
            return notFound();
        }
        FakeCatalog.Movie m = found.get();
        Map<String, Object> body = movieSummary(m, ctx.queryParam("language"));
        body.remove("genre_ids");
        body.put("belongs_to_collection", null);
        body.put("budget", 0);
        body.put("genres", List.of());
        body.put("homepage", "");
        body.put("imdb_id", m.imdbId());
        body.put("origin_country", List.of());
        body.put("production_companies", List.of());
        body.put("revenue", 0);
        body.put("runtime", m.runtime());
        body.put("status", "Released");
        body.put("tagline", "");
        Set<String> append = appended(ctx);
        if (append.contains("alternative_titles")) {
            body.put("alternative_titles", obj("titles", m.alternativeTitles().stream()
                    .map(a -> obj("iso_3166_1", a.country(), "title", a.title(), "type", nz(a.type()))).toList()));
        }
        if (append.contains("external_ids")) {
            body.put("external_ids", obj("imdb_id", m.imdbId(), "wikidata_id", null, "facebook_id", null,
                    "instagram_id", null, "twitter_id", null));
        }
        if (append.contains("translations")) {
            body.put("translations", obj("translations", m.translations().stream()
                    .map(t -> obj("iso_3166_1", t.country(), "iso_639_1", t.language(), "name", t.language(),
                            "english_name", t.language(), "data", obj("homepage", "", "overview", "",
                                    "runtime", 0, "tagline", "", "title", t.title())))
                    .toList()));
        }
        return Answer.json(200, Json.write(body));
    }

    Answer tv(Context ctx) {
        Optional<FakeCatalog.Series> found = parseId(ctx.pathParam("id")).flatMap(catalog::seriesByTmdbId);
        if (found.isEmpty()) {
            return notFound();
        }
        FakeCatalog.Series s = found.get();
        Map<String, Object> body = seriesSummary(s);
        body.remove("genre_ids");
        body.put("created_by", List.of());
        body.put("episode_run_time", List.of());
        body.put("genres", List.of());
        body.put("homepage", "");
        body.put("in_production", false);
        body.put("languages", List.of(s.originalLanguage()));
        body.put("last_air_date", s.lastAirDate());
        body.put("networks", List.of());
        body.put("number_of_episodes", s.episodeCount());
        body.put("number_of_seasons", (int) s.seasons().stream().filter(x -> x.number() > 0).count());
        body.put("seasons", s.seasons().stream().map(season -> obj(
                "air_date", season.airDate(), "episode_count", season.episodes().size(),
                "id", s.tmdbId() * 100 + season.number(),
                "name", season.number() == 0 ? "Specials" : "Season " + season.number(), "overview", "",
                "poster_path", null, "season_number", season.number(), "vote_average", 0)).toList());
        body.put("status", "Ended");
        body.put("type", "Scripted");
        Set<String> append = appended(ctx);
        if (append.contains("alternative_titles")) {
            body.put("alternative_titles", obj("results", s.alternativeTitles().stream()
                    .map(a -> obj("iso_3166_1", a.country(), "title", a.title(), "type", nz(a.type()))).toList()));
        }
        if (append.contains("external_ids")) {
            body.put("external_ids", obj("imdb_id", s.imdbId(), "freebase_mid", null, "freebase_id", null,
                    "tvdb_id", s.tvdbId(), "tvrage_id", null, "wikidata_id", null, "facebook_id", null,
                    "instagram_id", null, "twitter_id", null));
        }
        if (append.contains("translations")) {
            body.put("translations", obj("translations", s.translations().stream()
                    .map(t -> obj("iso_3166_1", t.country(), "iso_639_1", t.language(), "name", t.language(),
                            "english_name", t.language(), "data", obj("name", t.title(), "overview", "",
                                    "homepage", "", "tagline", "")))
                    .toList()));
        }
        return Answer.json(200, Json.write(body));
    }

    Answer season(Context ctx) {
        Optional<FakeCatalog.Series> series = parseId(ctx.pathParam("id")).flatMap(catalog::seriesByTmdbId);
        Optional<Integer> number = parseId(ctx.pathParam("season"));
        Optional<FakeCatalog.Season> found = series.flatMap(s -> number.flatMap(s::season));
        if (found.isEmpty()) {
            return notFound();
        }
        FakeCatalog.Series s = series.get();
        FakeCatalog.Season season = found.get();
        List<Map<String, Object>> episodes = season.episodes().stream().map(e -> obj(
                "air_date", e.airDate(), "episode_number", e.number(), "episode_type", "standard",
                "id", e.id(), "name", e.name(), "overview", "", "production_code", "", "runtime", 30,
                "season_number", season.number(), "show_id", s.tmdbId(), "still_path", null,
                "vote_average", 0.0, "vote_count", 0, "crew", List.of(), "guest_stars", List.of())).toList();
        return Answer.json(200, Json.write(obj(
                "_id", Integer.toHexString(s.tmdbId()) + "season" + season.number(), "air_date", season.airDate(),
                "episodes", episodes, "name", season.number() == 0 ? "Specials" : "Season " + season.number(),
                "overview", "", "id", s.tmdbId() * 100 + season.number(), "poster_path", null,
                "season_number", season.number(), "vote_average", 0.0)));
    }

    Answer find(Context ctx) {
        String source = ctx.queryParam("external_source");
        String id = ctx.pathParam("external_id");
        if (source == null || !Set.of("imdb_id", "tvdb_id", "wikidata_id", "facebook_id", "instagram_id",
                "twitter_id", "tiktok_id", "youtube_id").contains(source)) {
            return error(400, 5, "Invalid parameters: Your request parameters are incorrect.");
        }
        List<Map<String, Object>> movies = new ArrayList<>();
        List<Map<String, Object>> tv = new ArrayList<>();
        if (source.equals("imdb_id")) {
            catalog.movies().stream().filter(m -> id.equals(m.imdbId()))
                    .forEach(m -> movies.add(withMediaType(movieSummary(m, null), "movie")));
            catalog.series().stream().filter(s -> id.equals(s.imdbId()))
                    .forEach(s -> tv.add(withMediaType(seriesSummary(s), "tv")));
        } else if (source.equals("tvdb_id")) {
            parseId(id).flatMap(catalog::seriesByTvdbId).ifPresent(s -> tv.add(withMediaType(seriesSummary(s), "tv")));
        }
        return Answer.json(200, Json.write(obj("movie_results", movies, "person_results", List.of(),
                "tv_results", tv, "tv_episode_results", List.of(), "tv_season_results", List.of())));
    }

    private static Map<String, Object> withMediaType(Map<String, Object> m, String type) {
        m.put("media_type", type);
        return m;
    }

    private Map<String, Object> movieSummary(FakeCatalog.Movie m, String language) {
        String title = m.title();
        if (language != null && !language.isBlank()) {
            String lang = language.substring(0, Math.min(2, language.length()));
            title = m.translations().stream().filter(t -> lang.equals(t.language())).map(FakeCatalog.AltTitle::title)
                    .findFirst().orElse(lang.equals(m.originalLanguage()) ? m.originalTitle() : m.title());
        }
        return obj("adult", false, "backdrop_path", null, "genre_ids", List.of(), "id", m.tmdbId(),
                "original_language", m.originalLanguage(), "original_title", m.originalTitle(),
                "overview", m.overview(), "popularity", m.popularity(), "poster_path", null,
                "release_date", m.releaseDate() == null ? "" : m.releaseDate(), "title", title, "video", false,
                "vote_average", 7.0, "vote_count", (int) (m.popularity() * 100));
    }

    private Map<String, Object> seriesSummary(FakeCatalog.Series s) {
        return obj("adult", false, "backdrop_path", null, "genre_ids", List.of(), "id", s.tmdbId(),
                "origin_country", s.originCountry(), "original_language", s.originalLanguage(),
                "original_name", s.originalName(), "overview", s.overview(), "popularity", s.popularity(),
                "poster_path", null, "first_air_date", s.firstAirDate() == null ? "" : s.firstAirDate(),
                "name", s.name(), "vote_average", 8.0, "vote_count", (int) (s.popularity() * 50));
    }

    private static Answer page(Context ctx, List<Map<String, Object>> hits) {
        int page = intParam(ctx, "page").orElse(1);
        if (page < 1 || page > 500) {
            return error(400, 22, "Invalid page: Pages start at 1 and max at 500. They are expected to be an integer.");
        }
        int from = Math.min(hits.size(), (page - 1) * PAGE_SIZE);
        int to = Math.min(hits.size(), from + PAGE_SIZE);
        int totalPages = Math.max(1, (hits.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        return Answer.json(200, Json.write(obj("page", page, "results", hits.subList(from, to),
                "total_pages", hits.isEmpty() ? 1 : totalPages, "total_results", hits.size())));
    }

    private static Set<String> appended(Context ctx) {
        String append = ctx.queryParam("append_to_response");
        return append == null ? Set.of()
                : Arrays.stream(append.split(",")).map(String::trim).collect(Collectors.toSet());
    }

    private static Optional<Integer> intParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? Optional.empty() : parseId(v);
    }

    static Optional<Integer> parseId(String v) {
        try {
            return Optional.of(Integer.parseInt(v.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
