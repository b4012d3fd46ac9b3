package com.cineorg.bench;

import com.cineorg.domain.testing.TestFiles;
import com.cineorg.adapter.metadata.http.ResilienceSettings;
import com.cineorg.adapter.metadata.http.SharedHttpClient;
import com.cineorg.adapter.metadata.tmdb.TmdbMetadataAdapter;
import com.cineorg.adapter.metadata.tmdb.TmdbSettings;
import com.cineorg.adapter.persistence.Database;
import com.cineorg.adapter.persistence.PersistenceFactory;
import com.cineorg.application.identify.IdentifyMediaService;
import com.cineorg.application.identify.IdentifySettings;
import com.cineorg.domain.match.MatchSettings;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.port.in.IdentifyCommand;
import com.cineorg.domain.port.in.IdentifyReport;
import com.cineorg.fake.FakeCatalog;
import com.cineorg.fake.FakeProviderServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * Issue 4's benchmark through the real identify use case: N distinct movie titles stored in a SQLite catalog,
 * identified against the fake TMDB limited to R requests/s (real HTTP, shared rate limiter, database cache), then
 * identified again. Prints wall time, requests per title and the requests of the second run.
 * Arguments: {@code [N=1000] [R=40]}. Targets: <= 30 s, <= 1.1 requests/title, 0 requests the second time.
 */
public final class IdentifyBench {
    private IdentifyBench() {}

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "metadata-bench-logback.xml");
        }
        int titles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        FakeCatalog catalog = FakeCatalog.synthetic(titles, 42);
        Path work = Files.createTempDirectory("cineorg-identifybench");
        OkHttpClient http = SharedHttpClient.create();
        try (FakeProviderServer fake = new FakeProviderServer(catalog).rateLimit(rate).start();
                Database db = PersistenceFactory.open(work.resolve("bench.db").toString())) {
            Instant now = Instant.now();
            List<MediaFile> files = new ArrayList<>();
            for (FakeCatalog.Movie movie : catalog.movies()) {
                MediaFile f = MediaFile.discovered(new FileEntry(work.resolve(movie.title() + ".mkv"), 1, now, null),
                        null, now);
                f.parsedAs(ParsedRelease.builder().type(MediaType.MOVIE).title(movie.title())
                        .year(movie.year().orElse(null)).build());
                files.add(f);
            }
            db.mediaCatalog().saveAll(files);
            List<Long> ids = files.stream().map(MediaFile::requireId).toList();
            TmdbMetadataAdapter tmdb = new TmdbMetadataAdapter(TmdbSettings.of(FakeProviderServer.DEFAULT_TMDB_API_KEY)
                    .withBaseUrl(fake.tmdbBaseUrl()).withResilience(ResilienceSettings.defaults(rate)), http);
            IdentifyMediaService service = new IdentifyMediaService(db.mediaCatalog(), db.identifications(),
                    Map.of(Provider.TMDB, tmdb), db.metadataCache(),
                    new IdentifySettings(Provider.TMDB, MatchSettings.defaults(), null, Duration.ofDays(30), 32),
                    Clock.systemUTC());

            IdentifyReport first = timed("first run ", titles, fake, () -> service.identify(IdentifyCommand.all()));
            fake.resetRequests();
            timed("second run", titles, fake, () -> service.identify(
                    new IdentifyCommand(ids, null, null, null, false, false, null)));
            System.out.printf(Locale.ROOT, "auto-identified %d of %d, %d sent to review, 429 answers %d%n",
                    first.identified(), titles, first.needsReview(), fake.rateLimitedRequests());
        } finally {
            SharedHttpClient.shutdown(http);
            TestFiles.deleteTree(work);
        }
    }

    private interface Identify {
        IdentifyReport run();
    }

    private static IdentifyReport timed(String label, int titles, FakeProviderServer fake, Identify identify) {
        long start = System.nanoTime();
        IdentifyReport report = identify.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        int requests = fake.totalRequests();
        System.out.printf(Locale.ROOT, "%s: %d files in %.2f s, %d requests = %.3f per title (identified %d)%n",
                label, titles, seconds, requests, (double) requests / titles, report.identified());
        return report;
    }
}
