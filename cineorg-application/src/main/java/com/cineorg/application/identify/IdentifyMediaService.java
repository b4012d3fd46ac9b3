package com.cineorg.application.identify;

import com.cineorg.application.query.CatalogPages;
import com.cineorg.domain.error.CineOrgException;
import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.error.ProviderAuthenticationException;
import com.cineorg.domain.error.ProviderUnavailableException;
import com.cineorg.domain.match.CandidateMatcher;
import com.cineorg.domain.match.MatchDecision;
import com.cineorg.domain.match.MatchQuery;
import com.cineorg.domain.match.MatchSettings;
import com.cineorg.domain.match.ScoredCandidate;
import com.cineorg.domain.match.TitleNormalizer;
import com.cineorg.domain.model.identify.Identification.Method;
import com.cineorg.domain.model.identify.Identification.Outcome;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.library.NamingData;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.MovieDetails;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.model.metadata.SeriesDetails;
import com.cineorg.domain.port.in.IdentifyCommand;
import com.cineorg.domain.port.in.IdentifyMediaUseCase;
import com.cineorg.domain.port.in.IdentifyReport;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.out.IdentificationStorePort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import com.cineorg.domain.port.out.MetadataCachePort;
import com.cineorg.domain.port.out.MetadataProviderPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Identifies parsed files: one search per distinct (type, title, year), run in parallel under each provider's own
 * rate limiter, ranked by the domain matcher; series episodes resolved from one season call per (show, season).
 * Answers are cached in the database. Results are written from the calling thread only.
 */
public final class IdentifyMediaService implements IdentifyMediaUseCase {
    private static final int SAVE_BATCH = 500;
    private static final int DETAILS_FOR = 3;

    private final MediaCatalogPort catalog;
    private final IdentificationStorePort store;
    private final Map<Provider, MetadataProviderPort> providers;
    private final MetadataCachePort cache;
    private final IdentifySettings settings;
    private final Clock clock;
    private final MediaInfoStorePort mediaInfo;

    /** @param providers the providers that have an API key configured (others are absent) */
    public IdentifyMediaService(MediaCatalogPort catalog, IdentificationStorePort store,
            Map<Provider, MetadataProviderPort> providers, MetadataCachePort cache, IdentifySettings settings,
            Clock clock) {
        this(catalog, store, providers, cache, settings, clock, null);
    }

    /**
     * @param mediaInfo the recorded media info, whose running time is a tie-breaking signal for movies; null for none
     */
    public IdentifyMediaService(MediaCatalogPort catalog, IdentificationStorePort store,
            Map<Provider, MetadataProviderPort> providers, MetadataCachePort cache, IdentifySettings settings,
            Clock clock, MediaInfoStorePort mediaInfo) {
        this.mediaInfo = mediaInfo;
        this.catalog = Objects.requireNonNull(catalog);
        this.store = Objects.requireNonNull(store);
        this.providers = providers.isEmpty() ? Map.of() : new EnumMap<>(providers);
        this.cache = Objects.requireNonNull(cache);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public IdentifyReport identify(IdentifyCommand command) {
        Instant started = clock.instant();
        List<MediaFile> files = filesToIdentify(command);
        command.progress().phase("identify", files.size());
        Run run = new Run(command, files.size());
        if (command.offline()) {
            for (MediaFile f : files) {
                run.accept(f, offline(f));
            }
        } else if (!files.isEmpty()) {
            run.online(files);
        }
        run.flush();
        return new IdentifyReport(files.size(), run.identified, run.review, run.notAttempted, run.searches,
                run.unavailable.get(), run.failures, Duration.between(started, clock.instant()));
    }

    private List<MediaFile> filesToIdentify(IdentifyCommand command) {
        if (!command.mediaFileIds().isEmpty()) {
            return catalog.findAllById(command.mediaFileIds()).stream()
                    .filter(f -> f.status() != MediaStatus.MISSING)
                    .toList();
        }
        List<MediaFile> result = new ArrayList<>();
        CatalogPages.forEachPage(catalog, MediaStatus.PARSED, page -> {
            for (MediaFile f : page) {
                if (!f.isExtra()) {
                    result.add(f);
                }
            }
        });
        return result;
    }

    /** Title and year from the name alone: enough for organize to run without network. */
    private Identification offline(MediaFile f) {
        ParsedRelease p = f.parsed();
        if (!p.hasTitle()) {
            return review(f, List.of(), "no title in the file name");
        }
        List<EpisodeInfo> episodes = new ArrayList<>();
        if (p.type() == MediaType.EPISODE) {
            int season = p.season() == null ? 1 : p.season();
            for (Integer e : p.episodes()) {
                episodes.add(new EpisodeInfo(season, e, null, null, p.date()));
            }
        }
        return new Identification(f.requireId(), Outcome.IDENTIFIED, Method.OFFLINE, null, null,
                p.type() == MediaType.EPISODE ? MediaType.EPISODE : MediaType.MOVIE,
                p.type() == MediaType.EPISODE ? NamingData.showName(p.title(), p.country()) : p.title(), p.year(), 1.0,
                List.of("offline: from the file name"), episodes, null, List.of(), clock.instant());
    }

    private Identification review(MediaFile f, List<ScoredCandidate> ranked, String reason) {
        ParsedRelease p = f.parsed();
        return new Identification(f.requireId(), Outcome.NEEDS_REVIEW, Method.AUTO, null, null,
                p.type() == MediaType.EPISODE ? MediaType.EPISODE : MediaType.MOVIE, p.title(), p.year(), 
                ranked.isEmpty() ? 0 : ranked.get(0).score(), List.of(reason), List.of(), null, ranked,
                clock.instant());
    }

    MetadataProviderPort provider(Provider which, boolean refresh) {
        MetadataProviderPort p = providers.get(which);
        if (p == null) {
            throw new InvalidInputException("no " + which.displayName() + " API key configured: set "
                    + which.apiKeySetting() + " (or providers." + which.word() + "_api_key in the config file, "
                    + "see `cineorg config path`), or use --offline");
        }
        return new CachingMetadataProvider(p, cache, clock, settings.cacheTtl(), refresh);
    }

    /** One identify run. */
    private final class Run {
        private final IdentifyCommand command;
        private final CandidateMatcher matcher;
        private final List<Identification> pendingIdentifications = new ArrayList<>();
        private final List<MediaFile> pendingFiles = new ArrayList<>();
        private final List<ItemFailure> failures = new ArrayList<>();
        private final AtomicReference<String> unavailable = new AtomicReference<>();
        private long identified;
        private long review;
        private long notAttempted;
        private long searches;
        private long done;

        Run(IdentifyCommand command, int total) {
            this.command = command;
            MatchSettings m = settings.match();
            if (command.threshold() != null) {
                m = m.withThreshold(command.threshold());
            }
            if (command.margin() != null) {
                m = m.withMargin(command.margin());
            }
            this.matcher = new CandidateMatcher(m);
        }

        void online(List<MediaFile> files) {
            Map<QueryKey, List<MediaFile>> groups = new LinkedHashMap<>();
            for (MediaFile f : files) {
                ParsedRelease p = f.parsed();
                if (!p.hasTitle()) {
                    accept(f, review(f, List.of(), "no title in the file name"));
                    continue;
                }
                MediaType type = p.type() == MediaType.EPISODE ? MediaType.EPISODE : MediaType.MOVIE;
                groups.computeIfAbsent(new QueryKey(type, TitleNormalizer.normalize(p.title()), p.year()),
                        k -> new ArrayList<>()).add(f);
            }
            Provider seriesProvider = command.seriesProvider() != null ? command.seriesProvider()
                    : settings.seriesProvider();
            boolean needMovies = groups.keySet().stream().anyMatch(k -> k.type() == MediaType.MOVIE);
            boolean needSeries = groups.keySet().stream().anyMatch(k -> k.type() == MediaType.EPISODE);
            MetadataProviderPort movies = needMovies ? provider(Provider.TMDB, command.refresh()) : null;
            MetadataProviderPort series = needSeries ? provider(seriesProvider, command.refresh()) : null;
            EpisodeResolver resolver = series == null ? null : new EpisodeResolver(series);
            searches = groups.size();
            Map<Long, MediaInfo> infos = mediaInfo == null || !needMovies ? Map.of()
                    : mediaInfo.findAll(files.stream().map(MediaFile::requireId).toList());
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallelism(), groups.size()),
                    r -> {
                        Thread t = new Thread(r, "identify");
                        t.setDaemon(true);
                        return t;
                    });
            try {
                Map<QueryKey, Future<Map<Long, Identification>>> futures = new LinkedHashMap<>();
                for (Map.Entry<QueryKey, List<MediaFile>> g : groups.entrySet()) {
                    MetadataProviderPort provider = g.getKey().type() == MediaType.MOVIE ? movies : series;
                    Integer runtime = g.getKey().type() == MediaType.MOVIE ? runtimeMinutes(g.getValue(), infos) : null;
                    futures.put(g.getKey(), pool.submit(() -> lookUp(g.getValue(), provider, resolver, runtime)));
                }
                for (Map.Entry<QueryKey, Future<Map<Long, Identification>>> e : futures.entrySet()) {
                    List<MediaFile> group = groups.get(e.getKey());
                    Map<Long, Identification> results = await(e.getValue(), group);
                    for (MediaFile f : group) {
                        Identification id = results.get(f.requireId());
                        if (id == null) {
                            notAttempted++;
                            progress();
                        } else {
                            accept(f, id);
                        }
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }

        private Map<Long, Identification> await(Future<Map<Long, Identification>> future, List<MediaFile> group) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unavailable.compareAndSet(null, "interrupted");
                return Map.of();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ProviderAuthenticationException auth) {
                    throw auth;
                }
                String reason = cause instanceof CineOrgException ? cause.getMessage()
                        : "lookup failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
                for (MediaFile f : group) {
                    failures.add(new ItemFailure(f.path(), reason));
                }
                return Map.of();
            }
        }

        /** Runs on a pool thread: search once for the group, then resolve each file. */
        private Map<Long, Identification> lookUp(
                List<MediaFile> group, MetadataProviderPort provider, EpisodeResolver resolver, Integer runtime) {
            if (unavailable.get() != null || command.progress().cancelled()) {
                return Map.of();
            }
            try {
                ParsedRelease first = group.get(0).parsed();
                boolean movie = first.type() != MediaType.EPISODE;
                MatchQuery query = new MatchQuery(first.title(), first.alternativeTitles(), first.year(),
                        movie ? MediaType.MOVIE : MediaType.EPISODE).withRuntimeMinutes(runtime);
                List<Candidate> candidates = search(provider, movie, first.title(), first.year());
                if (candidates.isEmpty() && first.year() != null) {
                    // The year in a name is sometimes off by one or is the year of the episode, not the show.
                    candidates = search(provider, movie, first.title(), null);
                }
                MatchDecision decision = matcher.decide(query, candidates);
                if (!(decision instanceof MatchDecision.Identified) && !decision.ranked().isEmpty()) {
                    // Search results carry no alternative titles: a foreign or local title ("Wo Hu Cang Long",
                    // "The Office US") only matches once the details of the best few candidates are known.
                    // Details also carry the runtime, which the file's own running time is compared with.
                    Map<String, Integer> runtimes = new HashMap<>();
                    decision = matcher.decide(query,
                            withDetails(provider, movie, decision.ranked(), candidates, runtimes), runtimes);
                }
                Map<Long, Identification> out = new LinkedHashMap<>();
                for (MediaFile f : group) {
                    if (decision instanceof MatchDecision.Identified ok) {
                        out.put(f.requireId(), movie ? movieIdentification(f, ok)
                                : resolver.episodes(f, ok, clock.instant()));
                    } else {
                        out.put(f.requireId(), review(f, decision.ranked(), decision.reason()));
                    }
                }
                return out;
            } catch (ProviderUnavailableException e) {
                unavailable.compareAndSet(null, e.getMessage());
                return Map.of();
            }
        }

        /** The candidates, with the top {@value #DETAILS_FOR} replaced by their details (alternative titles). */
        private List<Candidate> withDetails(MetadataProviderPort provider, boolean movie, List<ScoredCandidate> ranked,
                List<Candidate> candidates, Map<String, Integer> runtimes) {
            Map<String, Candidate> detailed = new LinkedHashMap<>();
            for (ScoredCandidate sc : ranked.subList(0, Math.min(DETAILS_FOR, ranked.size()))) {
                String id = sc.candidate().id();
                Optional<Candidate> full;
                if (movie) {
                    Optional<MovieDetails> details = provider.movieDetails(id);
                    details.filter(d -> d.runtimeMinutes() != null).ifPresent(d -> runtimes.put(id, d.runtimeMinutes()));
                    full = details.map(MovieDetails::candidate);
                } else {
                    full = provider.seriesDetails(id).map(SeriesDetails::candidate);
                }
                full.ifPresent(c -> detailed.put(id, c));
            }
            List<Candidate> out = new ArrayList<>(candidates.size());
            for (Candidate c : candidates) {
                out.add(detailed.getOrDefault(c.id(), c));
            }
            return out;
        }

        private List<Candidate> search(MetadataProviderPort provider, boolean movie, String title, Integer year) {
            return movie ? provider.searchMovies(title, year, settings.language()) : provider.searchSeries(title, year);
        }

        private Identification movieIdentification(MediaFile f, MatchDecision.Identified ok) {
            Candidate c = ok.best().candidate();
            return new Identification(f.requireId(), Outcome.IDENTIFIED, Method.AUTO, c.provider(), c.id(),
                    MediaType.MOVIE, c.title(), c.year(), ok.best().score(), ok.best().reasons(), List.of(), null,
                    ok.ranked(), clock.instant());
        }

        void accept(MediaFile f, Identification id) {
            if (id.identified()) {
                identified++;
                f.advanceTo(MediaStatus.IDENTIFIED, null);
            } else {
                review++;
                f.advanceTo(MediaStatus.NEEDS_REVIEW, id.reasons().isEmpty() ? null : id.reasons().get(0));
            }
            pendingIdentifications.add(id);
            pendingFiles.add(f);
            progress();
            if (pendingFiles.size() >= SAVE_BATCH) {
                flush();
            }
        }

        private void progress() {
            command.progress().advance(++done);
        }

        void flush() {
            if (!pendingFiles.isEmpty()) {
                store.saveAll(pendingIdentifications);
                catalog.saveAll(pendingFiles);
                pendingIdentifications.clear();
                pendingFiles.clear();
            }
        }
    }

    /**
     * The running time of a movie group in whole minutes: that of its first file with a known duration that is not
     * one part of a split release (CD1 of 2 lasts half the film); null when none is known.
     */
    static Integer runtimeMinutes(List<MediaFile> group, Map<Long, MediaInfo> infos) {
        for (MediaFile f : group) {
            MediaInfo info = infos.get(f.requireId());
            if (info != null && info.duration() != null && f.parsed().part() == null) {
                long minutes = Math.round(info.duration().toSeconds() / 60.0);
                return minutes > 0 ? (int) minutes : null;
            }
        }
        return null;
    }

    record QueryKey(MediaType type, String normalizedTitle, Integer year) {}
}
