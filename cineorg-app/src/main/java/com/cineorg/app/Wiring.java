package com.cineorg.app;

import com.cineorg.adapter.cli.option.GlobalOptions;
import com.cineorg.adapter.persistence.Database;
import com.cineorg.adapter.persistence.PersistenceFactory;
import com.cineorg.adapter.metadata.http.SharedHttpClient;
import com.cineorg.adapter.metadata.tmdb.TmdbMetadataAdapter;
import com.cineorg.adapter.metadata.tmdb.TmdbSettings;
import com.cineorg.adapter.metadata.tvdb.TvdbMetadataAdapter;
import com.cineorg.adapter.metadata.tvdb.TvdbSettings;
import com.cineorg.adapter.api.ApiDependencies;
import com.cineorg.adapter.api.ApiKeys;
import com.cineorg.adapter.api.ApiServer;
import com.cineorg.adapter.api.ApiSettings;
import com.cineorg.adapter.cli.RunCommand;
import com.cineorg.app.fs.FileRunLock;
import com.cineorg.app.fs.NioFileOperationsAdapter;
import com.cineorg.app.fs.NioFileSystemAdapter;
import com.cineorg.application.organize.OrganizeLibraryService;
import com.cineorg.application.parse.ParseNameService;
import com.cineorg.application.organize.RunLockGuard;
import com.cineorg.application.organize.UndoRunService;
import com.cineorg.application.run.RunPipelineService;
import com.cineorg.application.probe.ProbeMediaService;
import com.cineorg.app.probe.ProbeMediaInfoAdapter;
import java.nio.file.Path;
import java.util.List;
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
import com.cineorg.application.query.MediaDetailsService;
import com.cineorg.domain.port.in.MediaDetailsUseCase;
import com.cineorg.application.query.ShowMediaService;
import com.cineorg.application.scan.ScanMediaService;
import com.cineorg.domain.parse.ReleaseNameParser;
import com.cineorg.domain.port.in.ListMediaUseCase;
import com.cineorg.domain.port.in.OrganizeLibraryUseCase;
import com.cineorg.domain.port.in.UndoRunUseCase;
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
    private OrganizeLibraryService organize;
    private ProbeMediaInfoAdapter mediaInfoTool;

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

    ParseNameService parseNames() {
        return new ParseNameService(parser);
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

    /** One file with its identification, media info and history, in one read (show, GET /media/{id}). */
    MediaDetailsUseCase mediaDetails() {
        return new MediaDetailsService(database().mediaDetails());
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
                    database().metadataCache(), identifySettings(), clock, database().mediaInfo());
        }
        return identify;
    }

    ReviewQueueService reviews() {
        return new ReviewQueueService(catalog(), database().identifications());
    }

    MatchMediaService match() {
        return new MatchMediaService(catalog(), database().identifications(), identify(), clock);
    }

    synchronized OrganizeLibraryService organize() {
        if (organize == null) {
            organize = OrganizeLibraryService.withIdentifications(catalog(), new NioFileOperationsAdapter(),
                    database().organizeJournal(), database().identifications(), database().mediaInfo(), clock);
        }
        return organize;
    }

    /** ffprobe or mediainfo, looked up on $PATH once. */
    synchronized ProbeMediaInfoAdapter mediaInfoTool() {
        if (mediaInfoTool == null) {
            mediaInfoTool = ProbeMediaInfoAdapter.fromPath(env.get("PATH"));
        }
        return mediaInfoTool;
    }

    /** Probing and looking up media info; without a tool it probes nothing and says so once. */
    ProbeMediaService probe() {
        return new ProbeMediaService(catalog(), database().mediaInfo(), mediaInfoTool(), clock);
    }

    UndoRunService undo() {
        return new UndoRunService(catalog(), new NioFileOperationsAdapter(), database().organizeJournal(), clock);
    }

    RunPipelineService pipeline() {
        return new RunPipelineService(scan(), identify(), organize(), runLock(), clock, probe());
    }

    /** The lock `run` and `watch` hold for a whole pass (a file in the data folder, one for every database). */
    FileRunLock runLock() {
        return new FileRunLock(DatabaseLocation.dataHome(env).resolve("cineorg").resolve("run.lock"));
    }

    /** Organize, apply, recovery and undo, outside `run`: one at a time with each other and with `run`. */
    RunLockGuard locked() {
        return new RunLockGuard(runLock());
    }

    /** Organize as the CLI and the API offer it: under the lock, but a dry run reads only and takes none. */
    OrganizeLibraryUseCase lockedOrganize() {
        return cmd -> cmd.dryRun() ? organize().organize(cmd)
                : locked().holding("organize again", () -> organize().organize(cmd));
    }

    /** Undo as the CLI and the API offer it: under the lock. */
    UndoRunUseCase lockedUndo() {
        return (run, p) -> locked().holding("undo again", () -> undo().undo(run, p));
    }

    /** What `run` and `watch` use when a flag is not given. */
    RunCommand.Defaults runDefaults() {
        AppConfig c = config();
        List<Path> roots = c.sources().roots() == null ? List.of()
                : c.sources().roots().stream().map(Path::of).toList();
        Path library = c.library().target() == null ? null : Path.of(c.library().target());
        return new RunCommand.Defaults(roots, library, c.library().mode(), c.library().scheme(), c.library().onConflict());
    }

    /** The REST server on the same use cases as the CLI; the API key is generated and stored on first start. */
    ApiServer apiServer(String hostFlag, Integer portFlag) {
        AppConfig c = config();
        String host = hostFlag != null ? hostFlag : c.server().host() != null ? c.server().host() : ApiSettings.DEFAULT_HOST;
        int port = portFlag != null ? portFlag : c.server().port() != null ? c.server().port() : ApiSettings.DEFAULT_PORT;
        String key = c.server().apiKey();
        if (key == null) {
            key = ApiKeys.generate();
            ApiKeyStore.store(ConfigLoader.path(env), key);
        }
        RunCommand.Defaults configured = runDefaults();
        List<Path> allowed = new java.util.ArrayList<>(configured.roots());
        if (configured.library() != null) {
            allowed.add(configured.library());
        }
        allowed.replaceAll(p -> p.toAbsolutePath().normalize());
        ApiSettings settings = ApiSettings.defaults(key, allowed).withHost(host).withPort(port)
                .withCorsOrigins(c.server().corsOrigins() == null ? List.of() : c.server().corsOrigins());
        MediaDetailsUseCase details = mediaDetails();
        database().startEntities(); // a server runs for long: its first request should not pay Hibernate's start
        ApiDependencies deps = ApiDependencies.builder()
                .scanMedia(cmd -> scan().scan(cmd))
                .listMedia(q -> list().list(q))
                .mediaDetails(details)
                .identifyMedia(cmd -> identify().identify(cmd))
                .reviewQueue((o, l) -> reviews().reviews(o, l))
                .matchMedia(cmd -> match().match(cmd))
                .organizeLibrary(lockedOrganize())
                .listRuns(() -> undo().listRuns())
                .undoRun(lockedUndo())
                .build();
        return new ApiServer(deps, settings, clock);
    }

    SearchCandidatesService search() {
        return new SearchCandidatesService(identify(), identifySettings());
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            SharedHttpClient.shutdown(http);
            http = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
