package com.cineorg.bench;

import com.cineorg.adapter.metadata.http.ResilienceSettings;
import com.cineorg.adapter.metadata.http.SharedHttpClient;
import com.cineorg.adapter.metadata.tmdb.TmdbMetadataAdapter;
import com.cineorg.adapter.metadata.tmdb.TmdbSettings;
import com.cineorg.domain.error.CineOrgException;
import com.cineorg.domain.match.CandidateMatcher;
import com.cineorg.domain.match.MatchDecision;
import com.cineorg.domain.match.MatchQuery;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.fake.FakeCatalog;
import com.cineorg.fake.FakeProviderServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/**
 * Searches N distinct synthetic movie titles on the fake TMDB, limited to R requests/s, through
 * {@link TmdbMetadataAdapter} with its shared rate limiter, P searches at a time; prints wall time, requests per
 * title, 429s and how many searches identified the right movie. Arguments: {@code [N=1000] [R=40] [P=32]}.
 * Targets (issue 4): at most 30 s and 1.1 requests per title for 1,000 titles at 40 requests/s.
 */
public final class MetadataBench {

    private MetadataBench() {}

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "metadata-bench-logback.xml");
        }
        int titles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        FakeCatalog catalog = FakeCatalog.synthetic(titles, 42);
        OkHttpClient http = SharedHttpClient.create();
        try (FakeProviderServer fake = new FakeProviderServer(catalog).rateLimit(rate).start()) {
            TmdbMetadataAdapter tmdb = new TmdbMetadataAdapter(
                    TmdbSettings.of(FakeProviderServer.DEFAULT_TMDB_API_KEY).withBaseUrl(fake.tmdbBaseUrl())
                            .withResilience(ResilienceSettings.defaults(rate)),
                    http);
            CandidateMatcher matcher = new CandidateMatcher();
            AtomicInteger identified = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(parallelism);
            long start = System.nanoTime();
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (FakeCatalog.Movie movie : catalog.movies()) {
                    futures.add(pool.submit(() -> {
                        Integer year = movie.year().orElse(null);
                        try {
                            List<Candidate> found = tmdb.searchMovies(movie.title(), year, null);
                            MatchDecision d = matcher.decide(MatchQuery.movie(movie.title(), year), found);
                            if (d instanceof MatchDecision.Identified i
                                    && i.best().candidate().id().equals(String.valueOf(movie.tmdbId()))) {
                                identified.incrementAndGet();
                            }
                        } catch (CineOrgException e) {
                            failed.incrementAndGet();
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            int requests = fake.totalRequests();
            System.out.printf(Locale.ROOT,
                    "MetadataBench: %d titles, fake limited to %d req/s, %d in parallel%n"
                            + "  wall time        %.2f s (target <= 30 s)%n"
                            + "  requests         %d = %.3f per title (target <= 1.1)%n"
                            + "  429 answers      %d%n"
                            + "  auto-identified  %d of %d (correct id)%n"
                            + "  failed           %d%n",
                    titles, rate, parallelism, wall.toMillis() / 1000.0, requests, (double) requests / titles,
                    fake.rateLimitedRequests(), identified.get(), titles, failed.get());
        } finally {
            SharedHttpClient.shutdown(http);
        }
    }
}
