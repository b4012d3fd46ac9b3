package com.cineorg.fake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The works the fake serves. Loaded from fixture files ({@code movies*.json}, {@code series*.json}: arrays in the
 * format of {@link Movie} and {@link Series}, snake_case), from the built-in catalog, or generated.
 */
public final class FakeCatalog {

    /** A title in another country or language. {@code type} is TMDB's free-text type ("working title"...). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AltTitle(String country, String language, String title, String type) {}

    /** A movie. Dates are ISO; ids may be null except {@code tmdbId}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Movie(
            int tmdbId,
            Integer tvdbId,
            String imdbId,
            String title,
            String originalTitle,
            String originalLanguage,
            String releaseDate,
            double popularity,
            Integer runtime,
            String overview,
            List<AltTitle> alternativeTitles,
            List<AltTitle> translations) {

        public Movie {
            originalTitle = originalTitle == null ? title : originalTitle;
            originalLanguage = originalLanguage == null ? "en" : originalLanguage;
            overview = overview == null ? "" : overview;
            alternativeTitles = alternativeTitles == null ? List.of() : List.copyOf(alternativeTitles);
            translations = translations == null ? List.of() : List.copyOf(translations);
        }

        public Optional<Integer> year() {
            return yearOf(releaseDate);
        }
    }

    /** One episode; {@code absoluteNumber} is set for series in absolute order (anime). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Episode(int number, String name, String airDate, Integer absoluteNumber, int id) {}

    /**
     * A season; either lists {@code episodes} or gives {@code episodeCount} (plus {@code airDate} and
     * {@code cadence} "weekly" or "daily") for generated "Episode N" entries.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Season(int number, String airDate, Integer episodeCount, String cadence, List<Episode> episodes) {
        public Season {
            episodes = episodes == null ? List.of() : List.copyOf(episodes);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Series(
            int tmdbId,
            Integer tvdbId,
            String imdbId,
            String name,
            String originalName,
            String originalLanguage,
            List<String> originCountry,
            String firstAirDate,
            double popularity,
            String overview,
            boolean absoluteOrder,
            List<AltTitle> alternativeTitles,
            List<AltTitle> translations,
            List<Season> seasons) {

        public Series {
            originalName = originalName == null ? name : originalName;
            originalLanguage = originalLanguage == null ? "en" : originalLanguage;
            originCountry = originCountry == null ? List.of() : List.copyOf(originCountry);
            overview = overview == null ? "" : overview;
            alternativeTitles = alternativeTitles == null ? List.of() : List.copyOf(alternativeTitles);
            translations = translations == null ? List.of() : List.copyOf(translations);
            seasons = seasons == null ? List.of() : List.copyOf(seasons);
        }

        public Optional<Integer> year() {
            return yearOf(firstAirDate);
        }

        public Optional<Season> season(int number) {
            return seasons.stream().filter(s -> s.number() == number).findFirst();
        }

        public String lastAirDate() {
            return seasons.stream().flatMap(s -> s.episodes().stream()).map(Episode::airDate)
                    .filter(d -> d != null).max(String::compareTo).orElse(firstAirDate);
        }

        public int episodeCount() {
            return seasons.stream().filter(s -> s.number() > 0).mapToInt(s -> s.episodes().size()).sum();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final List<Movie> movies;
    private final List<Series> series;

    public FakeCatalog(List<Movie> movies, List<Series> series) {
        this.movies = List.copyOf(movies);
        this.series = series.stream().map(FakeCatalog::expand).toList();
    }

    public static FakeCatalog empty() {
        return new FakeCatalog(List.of(), List.of());
    }

    /** The realistic catalog shipped in this module (hard cases: remakes, The Office US/UK, anime...). */
    public static FakeCatalog builtIn() {
        return new FakeCatalog(
                readResource("/fake-catalog/movies.json", new TypeReference<List<Movie>>() {}),
                readResource("/fake-catalog/series.json", new TypeReference<List<Series>>() {}));
    }

    /** Every {@code movies*.json} and {@code series*.json} in the folder. */
    public static FakeCatalog load(Path dir) {
        List<Movie> movies = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.startsWith("movies")) {
                    movies.addAll(MAPPER.readValue(f.toFile(), new TypeReference<List<Movie>>() {}));
                } else if (name.startsWith("series")) {
                    series.addAll(MAPPER.readValue(f.toFile(), new TypeReference<List<Series>>() {}));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fake catalog " + dir, e);
        }
        return new FakeCatalog(movies, series);
    }

    public FakeCatalog plus(FakeCatalog other) {
        List<Movie> m = new ArrayList<>(movies);
        m.addAll(other.movies);
        List<Series> s = new ArrayList<>(series);
        s.addAll(other.series);
        return new FakeCatalog(m, s);
    }

    public List<Movie> movies() {
        return movies;
    }

    public List<Series> series() {
        return series;
    }

    public Optional<Movie> movie(int tmdbId) {
        return movies.stream().filter(m -> m.tmdbId() == tmdbId).findFirst();
    }

    public Optional<Movie> movieByTvdbId(int tvdbId) {
        return movies.stream().filter(m -> m.tvdbId() != null && m.tvdbId() == tvdbId).findFirst();
    }

    public Optional<Series> seriesByTmdbId(int tmdbId) {
        return series.stream().filter(s -> s.tmdbId() == tmdbId).findFirst();
    }

    public Optional<Series> seriesByTvdbId(int tvdbId) {
        return series.stream().filter(s -> s.tvdbId() != null && s.tvdbId() == tvdbId).findFirst();
    }

    /**
     * {@code count} distinct movies with made-up two- to four-word titles ("The Silent Harbor of Glass"), ids from
     * 900000, years 1950-2024; the same seed gives the same catalog. At most 10,000.
     */
    public static FakeCatalog synthetic(int count, long seed) {
        if (count < 0 || count > 10_000) {
            throw new IllegalArgumentException("count must be in [0, 10000]: " + count);
        }
        Random random = new Random(seed);
        Set<String> titles = new LinkedHashSet<>();
        while (titles.size() < count) {
            titles.add(syntheticTitle(random));
        }
        List<Movie> movies = new ArrayList<>();
        int id = 900_000;
        for (String title : titles) {
            int year = 1950 + random.nextInt(75);
            String date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
            movies.add(new Movie(id, null, "tt" + (9_000_000 + id), title, title, "en", date,
                    Math.round(random.nextDouble() * 500) / 10.0, 80 + random.nextInt(70), "", List.of(), List.of()));
            id++;
        }
        return new FakeCatalog(movies, List.of());
    }

    private static final String[] ADJECTIVES = {
        "Silent", "Crimson", "Hidden", "Broken", "Golden", "Last", "Frozen", "Burning", "Distant", "Wild", "Hollow",
        "Secret", "Fallen", "Electric", "Quiet", "Savage", "Lonely", "Restless", "Shattered", "Velvet", "Iron",
        "Midnight", "Northern", "Painted", "Bitter", "Endless", "Scarlet", "Forgotten", "Wandering", "Dark"
    };
    private static final String[] NOUNS = {
        "Harbor", "River", "Empire", "Garden", "Mirror", "Station", "Horizon", "Kingdom", "Signal", "Lantern",
        "Orchard", "Voyage", "Frontier", "Cathedral", "Compass", "Carnival", "Meridian", "Tide", "Citadel", "Canyon",
        "Lighthouse", "Highway", "Symphony", "Labyrinth", "Prophet", "Circus", "Island", "Archive", "Tower", "Road"
    };
    private static final String[] TAILS = {
        "of Glass", "in Winter", "of the North", "at Dawn", "of Ashes", "Returns", "of Echoes", "in Paris",
        "of Tomorrow", "at Sea", "of Bones", "Rising"
    };

    private static String syntheticTitle(Random random) {
        String base = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)];
        int shape = random.nextInt(4);
        return switch (shape) {
            case 0 -> "The " + base;
            case 1 -> base + " " + TAILS[random.nextInt(TAILS.length)];
            case 2 -> "The " + base + " " + TAILS[random.nextInt(TAILS.length)];
            default -> base;
        };
    }

    /** Generates listed-by-count episodes, episode ids and absolute numbers. */
    private static Series expand(Series s) {
        List<Season> seasons = new ArrayList<>();
        int absolute = 1;
        int episodeId = (s.tmdbId() % 1_000_000) * 1000;
        List<Season> sorted = new ArrayList<>(s.seasons());
        sorted.sort((a, b) -> Integer.compare(a.number(), b.number()));
        for (Season season : sorted) {
            List<Episode> episodes = new ArrayList<>();
            List<Episode> source = season.episodes();
            int count = Math.max(source.size(), season.episodeCount() == null ? 0 : season.episodeCount());
            LocalDate start = season.airDate() == null ? null : LocalDate.parse(season.airDate());
            for (int i = 0; i < count; i++) {
                Episode e = i < source.size() ? source.get(i) : null;
                int number = e != null && e.number() > 0 ? e.number() : i + 1;
                String name = e != null && e.name() != null ? e.name() : "Episode " + number;
                String date = e != null && e.airDate() != null ? e.airDate()
                        : start == null ? null
                        : ("daily".equals(season.cadence()) ? start.plusDays(weekdaysOffset(start, i))
                                : start.plusWeeks(i)).toString();
                Integer abs = e != null && e.absoluteNumber() != null ? e.absoluteNumber()
                        : s.absoluteOrder() && season.number() > 0 ? Integer.valueOf(absolute) : null;
                if (season.number() > 0) {
                    absolute++;
                }
                episodes.add(new Episode(number, name, date, abs, ++episodeId));
            }
            seasons.add(new Season(season.number(), season.airDate(), count, season.cadence(), episodes));
        }
        return new Series(s.tmdbId(), s.tvdbId(), s.imdbId(), s.name(), s.originalName(), s.originalLanguage(),
                s.originCountry(), s.firstAirDate(), s.popularity(), s.overview(), s.absoluteOrder(),
                s.alternativeTitles(), s.translations(), seasons);
    }

    /** Days from start to the i-th weekday (Monday to Friday) on or after it. */
    private static long weekdaysOffset(LocalDate start, int i) {
        LocalDate d = start;
        int seen = -1;
        long days = 0;
        while (true) {
            if (d.getDayOfWeek().getValue() <= 5) {
                seen++;
                if (seen == i) {
                    return days;
                }
            }
            d = d.plusDays(1);
            days++;
        }
    }

    static Optional<Integer> yearOf(String date) {
        return date == null || date.length() < 4 ? Optional.empty() : Optional.of(Integer.parseInt(date.substring(0, 4)));
    }

    private static <T> T readResource(String name, TypeReference<T> type) {
        try (InputStream in = FakeCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
