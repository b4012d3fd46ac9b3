package com.cineorg.bench;

import com.cineorg.domain.testing.TestFiles;
import com.cineorg.adapter.api.ApiDependencies;
import com.cineorg.adapter.api.ApiKeys;
import com.cineorg.adapter.api.ApiServer;
import com.cineorg.adapter.api.ApiSettings;
import com.cineorg.application.query.ComposedMediaDetailsReader;
import com.cineorg.application.query.ListMediaService;
import com.cineorg.application.query.MediaDetailsService;
import com.cineorg.domain.match.ScoredCandidate;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.library.OperationKind;
import com.cineorg.domain.model.library.OperationState;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.library.OrganizeRun;
import com.cineorg.domain.model.library.PendingOperation;
import com.cineorg.domain.model.library.RunState;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.model.media.SidecarKind;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.ExternalIds;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.parse.ReleaseNameParser;
import com.cineorg.domain.port.in.ScanMediaUseCase;
import com.cineorg.domain.port.out.IdentificationStorePort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaDetailsReadPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import com.cineorg.domain.testing.InMemoryIdentificationStore;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import com.cineorg.domain.testing.InMemoryMediaInfoStore;
import com.cineorg.domain.testing.InMemoryOrganizeJournal;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Load test of {@code GET /api/v1/media/{id}}: starts the API on a random loopback port with N media files and drives
 * it with wrk (when installed) or a Java HttpClient load generator, then prints requests/s, p99 latency and the
 * server's CPU time per request (which does not depend on what else runs on the machine). Bounded in time; loopback
 * only.
 *
 * <pre>
 * java -XX:+UseSerialGC -cp ... com.cineorg.bench.ApiBench [--files 10000] [--connections 50] [--seconds 10]
 *     [--warmup 30] [--threads 2] [--tool wrk|java] [--endpoint media|health] [--sqlite]
 * </pre>
 *
 * <p>Every file is seeded as after scan, identify, probe and organize (parse, a subtitle for half of them, an
 * identification with two candidates, media info, two journal steps), so each request reads a full detail view.
 * {@code --sqlite} serves them from a real SQLite file through the database's read model, as {@code cineorg serve}
 * does; without it, from the in-memory ports composed one after the other. {@code --endpoint health} measures the
 * bare server (no key check, no catalog) as a baseline. {@code -XX:+UseSerialGC} is the collector the
 * {@code cineorg} launcher runs the server with; the warm-up must cover C2's compilation of the request path
 * (10 s left a fifth of the measured CPU time in the JIT compiler on 2 cores).
 */
public final class ApiBench {
    private static final String WRK = "/usr/bin/wrk";

    private ApiBench() {}

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "apibench-logback.xml"); // no DEBUG logging under load
        }
        int files = intArg(args, "--files", 10_000);
        int connections = intArg(args, "--connections", 50);
        int seconds = Math.min(intArg(args, "--seconds", 10), 120);
        int warmup = Math.min(intArg(args, "--warmup", 30), 60);
        int threads = intArg(args, "--threads", 2);
        String tool = stringArg(args, "--tool", Files.isExecutable(Path.of(WRK)) ? "wrk" : "java");
        boolean baseline = stringArg(args, "--endpoint", "media").equals("health");

        String key = ApiKeys.generate();
        boolean sqlite = java.util.Arrays.asList(args).contains("--sqlite");
        Path dbDir = sqlite ? Files.createTempDirectory("cineorg-apibench") : null;
        com.cineorg.adapter.persistence.Database db = sqlite
                ? com.cineorg.adapter.persistence.PersistenceFactory.open(dbDir.resolve("bench.db").toString()) : null;
        MediaCatalogPort catalog = sqlite ? db.mediaCatalog() : new InMemoryMediaCatalog();
        IdentificationStorePort identifications = sqlite ? db.identifications() : new InMemoryIdentificationStore();
        MediaInfoStorePort mediaInfo = sqlite ? db.mediaInfo() : new InMemoryMediaInfoStore();
        OrganizeJournalPort journal = sqlite ? db.organizeJournal() : new InMemoryOrganizeJournal();
        seed(catalog, identifications, mediaInfo, journal, files);
        // as `cineorg serve` wires it: the database's read model, or the four ports one after the other in memory
        MediaDetailsReadPort details = sqlite ? db.mediaDetails()
                : new ComposedMediaDetailsReader(catalog, identifications, mediaInfo, journal);
        ScanMediaUseCase noScan = command -> {
            throw new IllegalStateException("the benchmark does not scan");
        };
        ApiDependencies deps = ApiDependencies.builder().scanMedia(noScan).listMedia(new ListMediaService(catalog))
                .mediaDetails(new MediaDetailsService(details))
                .identifyMedia(command -> {
                    throw new IllegalStateException("the benchmark does not identify");
                })
                .reviewQueue((offset, limit) -> List.of())
                .matchMedia(command -> {
                    throw new IllegalStateException("the benchmark does not match");
                })
                .organizeLibrary(command -> {
                    throw new IllegalStateException("the benchmark does not organize");
                })
                .listRuns(List::of)
                .undoRun((runId, progress) -> {
                    throw new IllegalStateException("the benchmark does not organize");
                })
                .build();
        ApiServer server = new ApiServer(deps, ApiSettings.defaults(key, List.of()).withPort(0));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.port();
            System.out.printf(Locale.ROOT, "ApiBench: %d media files (%s), GET /api/v1/media/{random id}, %d connections,"
                    + " %d s (+%d s warm-up), tool %s, %d cores%n", files, sqlite ? "SQLite catalog" : "in-memory catalog",
                    connections, seconds, warmup, tool, Runtime.getRuntime().availableProcessors());
            if (tool.equals("wrk")) {
                runWrk(base, key, files, connections, threads, warmup, seconds, baseline);
            } else {
                runJava(base, key, files, connections, warmup, seconds);
            }
        } finally {
            server.stop();
            if (db != null) {
                db.close();
                TestFiles.deleteTree(dbDir);
            }
        }
    }

    /**
     * Seeds a library as a user's looks after scan, identify, probe and organize: every file parsed, every other one
     * with a subtitle, identified (with candidates), probed, and moved by an organize run (two journal steps each:
     * the video and, for half, its subtitle), so that each lookup reads a full detail view.
     */
    private static void seed(MediaCatalogPort catalog, IdentificationStorePort identifications,
            MediaInfoStorePort mediaInfo, OrganizeJournalPort journal, int files) {
        ReleaseNameParser parser = new ReleaseNameParser();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        List<MediaFile> batch = new ArrayList<>(files);
        for (int i = 0; i < files; i++) {
            String name = i % 3 == 0
                    ? String.format(Locale.ROOT, "/media/downloads/Show.%d.S%02dE%02d.1080p.WEB-DL.x264-GRP.mkv",
                            i / 100, 1 + i % 9, 1 + i % 20)
                    : String.format(Locale.ROOT, "/media/downloads/Movie.Title.%d.%d.1080p.BluRay.x264-GRP.mkv",
                            i, 1950 + i % 70);
            Path path = Path.of(name);
            MediaFile file = MediaFile.discovered(new FileEntry(path, 1_000_000_000L + i, now, "1:" + i), null, now);
            file.parsedAs(parser.parse(name));
            if (i % 2 == 0) {
                file.attach(List.of(new Sidecar(Path.of(name.replace(".mkv", ".en.srt")), SidecarKind.SUBTITLE, "en",
                        List.of())));
            }
            batch.add(file);
        }
        catalog.saveAll(batch);
        List<Identification> found = new ArrayList<>(files);
        Map<Long, MediaInfo> probed = new java.util.HashMap<>();
        List<PendingOperation> moves = new ArrayList<>();
        for (MediaFile f : batch) {
            long id = f.requireId();
            String title = f.parsed().title() == null ? "Title " + id : f.parsed().title();
            Candidate best = Candidate.movie(Provider.TMDB, Long.toString(1000 + id), title, 1990);
            Candidate other = Candidate.movie(Provider.TMDB, Long.toString(900_000 + id), title + " II", 1994);
            found.add(new Identification(id, Identification.Outcome.IDENTIFIED, Identification.Method.AUTO,
                    Provider.TMDB, Long.toString(1000 + id), MediaType.MOVIE, title, 1990, 0.97,
                    List.of("title 1.00", "year exact"), List.of(), new ExternalIds("tt" + (1_000_000 + id),
                            Long.toString(1000 + id), null),
                    List.of(new ScoredCandidate(best, 0.97, List.of("title 1.00")),
                            new ScoredCandidate(other, 0.71, List.of("title 0.80"))), now));
            probed.put(id, new MediaInfo(Duration.ofMinutes(95), 1920, 1080, "h264", List.of("aac", "ac3")));
            Path target = Path.of("/media/library/Movies/" + title + " (1990)/" + title + " (1990).mkv");
            moves.add(new PendingOperation(OperationKind.MOVE, f.path(), target, id, f.size(), now, "PARSED"));
            for (Sidecar s : f.sidecars()) {
                moves.add(new PendingOperation(OperationKind.MOVE, s.path(),
                        target.resolveSibling(title + " (1990).en.srt"), id, 1000, now, "PARSED"));
            }
        }
        identifications.saveAll(found);
        mediaInfo.saveAll(probed, now);
        OrganizeRun run = journal.startRun(Path.of("/media/library"), OrganizeMode.MOVE, now);
        List<JournalEntry> recorded = journal.recordPending(run.id(), moves);
        journal.mark(recorded.stream().map(JournalEntry::id).toList(), OperationState.DONE, null);
        journal.finishRun(run.id(), RunState.FINISHED, files + " files moved", now);
    }

    private static void runWrk(String base, String key, int files, int connections, int threads, int warmup,
            int seconds, boolean baseline) throws IOException, InterruptedException {
        String path = baseline ? "\"/api/v1/health\"" : "\"/api/v1/media/\" .. math.random(1, " + files + ")";
        Path script = Files.createTempFile("cineorg-apibench", ".lua");
        try {
            Files.writeString(script, "math.randomseed(42)\n"
                    + "wrk.headers[\"X-Api-Key\"] = \"" + key + "\"\n"
                    + "request = function()\n"
                    + "  return wrk.format(\"GET\", " + path + ")\n"
                    + "end\n"
                    + "done = function(summary, latency, requests)\n"
                    + "  io.write(string.format(\"non2xx=%d errors=%d\\n\", summary.errors.status, "
                    + "summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))\n"
                    + "end\n");
            if (warmup > 0) {
                wrk(base, script, connections, threads, warmup, false);
            }
            long cpuBefore = processCpuNanos();
            long served = wrk(base, script, connections, threads, seconds, true);
            printCpu(cpuBefore, served);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** Runs wrk and returns the number of requests it completed. */
    private static long wrk(String base, Path script, int connections, int threads, int seconds, boolean print)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(WRK, "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency",
                "--timeout", "5s", "-s", script.toString(), base + "/api/v1/media/1")
                .redirectErrorStream(true).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("wrk did not finish");
        }
        long requests = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) requests in").matcher(output);
        if (m.find()) {
            requests = Long.parseLong(m.group(1));
        }
        if (!print) {
            return requests;
        }
        System.out.print(output);
        String rps = "?";
        String p99 = "?";
        for (String line : output.split("\n")) {
            String t = line.trim();
            if (t.startsWith("Requests/sec:")) {
                rps = t.substring("Requests/sec:".length()).trim();
            } else if (t.startsWith("99%")) {
                p99 = t.substring(3).trim();
            }
        }
        System.out.printf(Locale.ROOT, "RESULT tool=wrk requests/s=%s p99=%s%n", rps, p99);
        return requests;
    }

    /** CPU time of this JVM (the server; wrk is another process). */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }

    /** Server CPU per request: a figure that does not depend on what else runs on the machine. */
    private static void printCpu(long cpuBefore, long requests) {
        long cpuAfter = processCpuNanos();
        if (cpuBefore < 0 || cpuAfter < 0 || requests == 0) {
            return;
        }
        double micros = (cpuAfter - cpuBefore) / 1e3 / requests;
        System.out.printf(Locale.ROOT, "SERVER CPU %.1f us/request (about %.0f requests/s per fully free core)%n",
                micros, 1e6 / micros);
    }

    private static void runJava(String base, String key, int files, int connections, int warmup, int seconds)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        if (warmup > 0) {
            drive(client, base, key, files, connections, warmup);
        }
        long started = System.nanoTime();
        long[][] samples = drive(client, base, key, files, connections, seconds);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long count = Arrays.stream(samples).mapToLong(s -> s.length).sum();
        long[] all = new long[(int) count];
        int at = 0;
        long errors = 0;
        for (long[] s : samples) {
            for (long v : s) {
                if (v < 0) {
                    errors++;
                    v = -v;
                }
                all[at++] = v;
            }
        }
        Arrays.sort(all);
        double p50 = all.length == 0 ? 0 : all[(int) (all.length * 0.50)] / 1e6;
        double p99 = all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6;
        System.out.printf(Locale.ROOT, "RESULT tool=java requests=%d errors=%d requests/s=%.0f p50=%.2fms p99=%.2fms%n",
                count, errors, count / elapsed, p50, p99);
    }

    /** Each connection is one thread sending requests back to back; returns latencies in ns (negative: not 200). */
    private static long[][] drive(HttpClient client, String base, String key, int files, int connections,
            int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long[][] results = new long[connections][];
        CountDownLatch done = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            int slot = c;
            Thread t = new Thread(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                ThreadLocalRandom random = ThreadLocalRandom.current();
                try {
                    while (System.nanoTime() < deadline && n < 4_000_000) {
                        HttpRequest request = HttpRequest.newBuilder(
                                URI.create(base + "/api/v1/media/" + random.nextInt(1, files + 1)))
                                .header("X-Api-Key", key).timeout(Duration.ofSeconds(5)).build();
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (IOException e) {
                            status = -1;
                        }
                        long took = System.nanoTime() - t0;
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, lat.length * 2);
                        }
                        lat[n++] = status == 200 ? took : -took;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    results[slot] = Arrays.copyOf(lat, n);
                    done.countDown();
                }
            }, "load-" + c);
            t.setDaemon(true);
            t.start();
        }
        done.await(seconds + 60L, TimeUnit.SECONDS);
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                results[i] = new long[0];
            }
        }
        return results;
    }

    private static int intArg(String[] args, String name, int fallback) {
        String v = stringArg(args, name, null);
        return v == null ? fallback : Integer.parseInt(v);
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
