package com.cineorg.adapter.api;

import com.cineorg.application.identify.IdentifyMediaService;
import com.cineorg.application.identify.IdentifySettings;
import com.cineorg.application.identify.MatchMediaService;
import com.cineorg.application.identify.ReviewQueueService;
import com.cineorg.application.organize.OrganizeLibraryService;
import com.cineorg.application.organize.UndoRunService;
import com.cineorg.application.query.ListMediaService;
import com.cineorg.application.query.ComposedMediaDetailsReader;
import com.cineorg.application.query.MediaDetailsService;
import com.cineorg.application.scan.ScanMediaService;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.parse.ReleaseNameParser;
import com.cineorg.domain.port.in.ListMediaUseCase;
import com.cineorg.domain.port.in.ScanMediaUseCase;
import com.cineorg.domain.port.in.MediaDetailsUseCase;
import com.cineorg.domain.testing.InMemoryMetadataProvider;
import com.cineorg.domain.testing.InMemoryIdentificationStore;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import com.cineorg.domain.testing.InMemoryMediaInfoStore;
import com.cineorg.domain.testing.InMemoryFileOperations;
import com.cineorg.domain.testing.InMemoryMetadataCache;
import com.cineorg.domain.testing.InMemoryOrganizeJournal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A real server on a random loopback port over real application services, a temp folder tree and a key. */
final class ApiFixture implements AutoCloseable {
    static final String KEY = "test-key-0123456789abcdef";
    static final ObjectMapper JSON = new ObjectMapper();

    final Path downloads;
    final Path library;
    final InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();
    final ApiServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    final InMemoryIdentificationStore identifications = new InMemoryIdentificationStore();
    final InMemoryMetadataProvider tmdb = new InMemoryMetadataProvider(Provider.TMDB)
            .add(InMemoryMetadataProvider.movie(Provider.TMDB, "949", "Heat", 1995, 0))
            .add(InMemoryMetadataProvider.movie(Provider.TMDB, "348", "Alien", 1979, 0))
            .add(InMemoryMetadataProvider.movie(Provider.TMDB, "8487", "Heat", 1986, 0))
            .add(InMemoryMetadataProvider.series(Provider.TMDB, "1438", "The Wire", 2002, 0), java.util.List.of());
    final InMemoryMetadataProvider tvdb = new InMemoryMetadataProvider(Provider.TVDB)
            .add(InMemoryMetadataProvider.series(Provider.TVDB, "79126", "The Wire", 2002, 0), java.util.List.of());

    /** File operations of organize and undo: in memory, seeded from the real tree with {@link #mirrorCatalog()}. */
    final InMemoryFileOperations files = new InMemoryFileOperations();
    final InMemoryOrganizeJournal journal = new InMemoryOrganizeJournal();
    final InMemoryMediaInfoStore mediaInfo = new InMemoryMediaInfoStore();

    ApiFixture(Path tmp) {
        this(tmp, null, null, null, s -> s);
    }

    ApiFixture(Path tmp, ScanMediaUseCase scan, ListMediaUseCase list, MediaDetailsUseCase show,
            UnaryOperator<ApiSettings> settings) {
        this(tmp, b -> {
            if (scan != null) {
                b.scanMedia(scan);
            }
            if (list != null) {
                b.listMedia(list);
            }
            if (show != null) {
                b.mediaDetails(show);
            }
            return b;
        }, settings);
    }

    ApiFixture(Path tmp, UnaryOperator<ApiDependencies.Builder> customize, UnaryOperator<ApiSettings> settings) {
        try {
            downloads = Files.createDirectories(tmp.resolve("downloads")).toRealPath();
            library = Files.createDirectories(tmp.resolve("lib")).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Clock clock = Clock.systemUTC();
        IdentifyMediaService identify = new IdentifyMediaService(catalog, identifications,
                Map.of(Provider.TMDB, tmdb, Provider.TVDB, tvdb), new InMemoryMetadataCache(),
                IdentifySettings.defaults(), clock);
        ReviewQueueService reviews = new ReviewQueueService(catalog, identifications);
        UndoRunService undo = new UndoRunService(catalog, files, journal, clock);
        ApiDependencies deps = customize.apply(ApiDependencies.builder()
                .scanMedia(new ScanMediaService(new WalkingFileSystem(), catalog, new ReleaseNameParser(), clock))
                .listMedia(new ListMediaService(catalog))
                .mediaDetails(new MediaDetailsService(
                        new ComposedMediaDetailsReader(catalog, identifications, mediaInfo, journal)))
                .identifyMedia(identify)
                .reviewQueue(reviews)
                .matchMedia(new MatchMediaService(catalog, identifications, identify, clock))
                .organizeLibrary(new OrganizeLibraryService(catalog, files, journal, clock))
                .listRuns(undo)
                .undoRun(undo)).build();
        ApiSettings base = ApiSettings.defaults(KEY, List.of(downloads, library)).withPort(0)
                .withShutdownGrace(Duration.ofSeconds(10));
        server = new ApiServer(deps, settings.apply(base)).start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).header("X-Api-Key", KEY);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request line and headers exactly as written, for what HttpClient refuses to send. */
    String raw(String requestHead) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls the job (one HTTP GET at a time, no sleeping) until it has finished, within ten seconds. */
    JsonNode awaitJob(String location) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = json(get(location));
            String state = job.path("state").asText();
            if (state.equals("succeeded") || state.equals("failed") || state.equals("cancelled")) {
                return job;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("job " + location + " did not finish within 10 s");
    }

    /** Puts every catalogued file (same path, size and mtime) and the library folder into {@link #files}. */
    void mirrorCatalog() {
        files.createDirectories(library);
        for (MediaFile f : catalog.all()) {
            files.file(f.path(), "x".repeat((int) f.size()), f.mtime());
            for (Sidecar s : f.sidecars()) {
                files.file(s.path(), "s", f.mtime());
            }
        }
    }

    static Path touch(Path file, int bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[bytes]);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
