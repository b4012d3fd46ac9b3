package com.cineorg.app;

import com.cineorg.adapter.cli.option.GlobalOptions;
import com.cineorg.adapter.persistence.Database;
import com.cineorg.adapter.persistence.PersistenceFactory;
import com.cineorg.adapter.metadata.http.SharedHttpClient;
import com.cineorg.adapter.metadata.tmdb.TmdbMetadataAdapter;
import com.cineorg.adapter.metadata.tmdb.TmdbSettings;
import com.cineorg.adapter.metadata.tvdb.TvdbMetadataAdapter;
import com.cineorg.adapter.metadata.tvdb.TvdbSettings;
import com.cineorg.app.fs.NioFileSystemAdapter;
import com.cineorg.application.identify.IdentifyMediaService;
import com.cineorg.application.identify.IdentifySettings;
import com.cineorg.application.identify.MatchMediaService;
import com.cineorg.application.identify.ReviewQueueService;
import com.cineorg.application.identify.SearchCandidatesService;
import com.cineorg.domain.match.MatchSettings;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.port.out.MetadataProviderPort;
import java.time.Duration;
import java.util.EnumMap;
import okhttp3.OkHttpClient;
import com.cineorg.application.query.ListMediaService;
import com.cineorg.application.query.ShowMediaService;
import com.cineorg.application.scan.ScanMediaService;
import com.cineorg.domain.parse.ReleaseNameParser;
import com.cineorg.domain.port.in.ListMediaUseCase;
import com.cineorg.domain.port.in.ScanMediaUseCase;
import com.cineorg.domain.port.in.ShowMediaUseCase;
import com.cineorg.domain.port.out.FileNameParser;
import com.cineorg.domain.port.out.MediaCatalogPort;
import java.time.Clock;
import java.util.Map;

/**
 * The composition root: builds adapters and services by hand. The database is opened on first use only, so
 * commands that need none (help, version, parse) start fast.
 */
final class Wiring implements AutoCloseable {
    private final GlobalOptions global;
    private final Map<String, String> env;
    private final Clock clock = Clock.systemUTC();
    private final FileNameParser parser = new ReleaseNameParser();
    private Database database;
    private AppConfig config;
    private OkHttpClient http;
    private Map<Provider, MetadataProviderPort> providers;
    private IdentifyMediaService identify;

    Wiring(GlobalOptions global, Map<String, String> env) {
        this.global = global;
        this.env = env;
    }

    /** The configuration file with the environment over it; read once, on first need. */
    synchronized AppConfig config() {
        if (config == null) {
            config = ConfigLoader.load(env);
        }
        return config;
    }

    synchronized Database database() {
        if (database == null) {
            String spec = global.db();
            if (spec == null || spec.isBlank()) {
                spec = config().database();
            }
            database = PersistenceFactory.open(DatabaseLocation.resolve(spec, env));
        }
        return database;
    }

    MediaCatalogPort catalog() {
        return database().mediaCatalog();
    }

    Map<String, String> env() {
        return env;
    }

    FileNameParser parser() {
        return parser;
    }

    ScanMediaUseCase scan() {
        return new ScanMediaService(new NioFileSystemAdapter(), catalog(), parser, clock);
    }

    ListMediaUseCase list() {
        return new ListMediaService(catalog());
    }

    ShowMediaUseCase show() {
        return new ShowMediaService(catalog());
    }

    /** One shared HTTP client (connection pool, 15 connections per host) for every provider. */
    private synchronized OkHttpClient http() {
        if (http == null) {
            http = SharedHttpClient.create();
        }
        return http;
    }

    /** The providers that have an API key; each with its own rate limiter, retry and circuit breaker. */
    synchronized Map<Provider, MetadataProviderPort> providers() {
        if (providers == null) {
            AppConfig.Providers p = config().providers();
            Map<Provider, MetadataProviderPort> found = new EnumMap<>(Provider.class);
            if (p.tmdbApiKey() != null) {
                TmdbSettings tmdb = TmdbSettings.of(p.tmdbApiKey()).withBaseUrl(p.tmdbBaseUrl())
                        .withLanguage(p.language());
                if (p.tmdbRate() != null) {
                    tmdb = tmdb.withResilience(tmdb.resilience().withRequestsPerSecond(p.tmdbRate()));
                }
                found.put(Provider.TMDB, new TmdbMetadataAdapter(tmdb, http()));
            }
            if (p.tvdbApiKey() != null) {
                TvdbSettings tvdb = TvdbSettings.of(p.tvdbApiKey(), p.tvdbPin()).withBaseUrl(p.tvdbBaseUrl());
                found.put(Provider.TVDB, new TvdbMetadataAdapter(tvdb, http()));
            }
            providers = found;
        }
        return providers;
    }

    IdentifySettings identifySettings() {
        AppConfig c = config();
        MatchSettings match = MatchSettings.defaults();
        if (c.identify().threshold() != null) {
            match = match.withThreshold(c.identify().threshold());
        }
        if (c.identify().margin() != null) {
            match = match.withMargin(c.identify().margin());
        }
        Provider series = c.providers().seriesProvider() == null ? Provider.TMDB
                : Provider.fromWord(c.providers().seriesProvider());
        int ttlDays = c.identify().cacheTtlDays() == null ? 30 : c.identify().cacheTtlDays();
        return new IdentifySettings(series, match, c.providers().language(), Duration.ofDays(ttlDays), 12);
    }

    synchronized IdentifyMediaService identify() {
        if (identify == null) {
            identify = new IdentifyMediaService(catalog(), database().identifications(), providers(),
                    database().metadataCache(), identifySettings(), clock);
        }
        return identify;
    }

    ReviewQueueService reviews() {
        return new ReviewQueueService(catalog(), database().identifications());
    }

    MatchMediaService match() {
        return new MatchMediaService(catalog(), database().identifications(), identify(), clock);
    }

    SearchCandidatesService search() {
        return new SearchCandidatesService(identify(), identifySettings());
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
