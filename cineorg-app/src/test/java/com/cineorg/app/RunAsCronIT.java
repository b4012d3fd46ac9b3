package com.cineorg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.app.fs.FileRunLock;
import com.cineorg.domain.port.out.RunLockPort;
import com.cineorg.fake.FakeCatalog;
import com.cineorg.fake.FakeProviderServer;
import com.cineorg.fake.Fault;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cineorg run` as cron runs it: no terminal, configuration from the environment only, the fake TMDB. */
class RunAsCronIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeProviderServer fake;

    @TempDir
    Path dir;

    private Path downloads;
    private Path library;
    private Map<String, String> env;

    @BeforeAll
    static void startFake() {
        fake = new FakeProviderServer(FakeCatalog.builtIn()).start();
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        fake.clearFaults();
        downloads = Files.createDirectories(dir.resolve("downloads"));
        library = dir.resolve("library");
        env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("no-config").toString());
        env.put("CINEORG_TMDB_API_KEY", FakeProviderServer.DEFAULT_TMDB_API_KEY);
        env.put("CINEORG_TMDB_BASE_URL", fake.tmdbBaseUrl());
        env.put("CINEORG_LIBRARY", library.toString());
    }

    private record Run(int code, List<JsonNode> events, String err) {
        JsonNode summary() {
            return events.get(events.size() - 1);
        }
    }

    private Run run() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"run", downloads.toString(), "--json"}, new PrintWriter(out, true),
                new PrintWriter(err, true), env);
        List<JsonNode> events = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                events.add(JSON.readTree(line));
            }
        }
        return new Run(code, events, err.toString());
    }

    private void video(String name) throws Exception {
        Files.write(downloads.resolve(name), new byte[] {1, 2, 3});
    }

    @Test
    void allDoneIsZeroAndTheFilesAreInTheLibrary() throws Exception {
        video("Heat.1995.1080p.BluRay.x264-GRP.mkv");
        video("Breaking.Bad.S01E01.720p.HDTV.x264-LOL.mkv");

        Run r = run();

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.events()).extracting(e -> e.get("event").asText())
                .containsExactly("scan_report", "probe_report", "identify_report", "organize_report", "summary");
        assertThat(r.summary().get("outcome").asText()).isEqualTo("done");
        assertThat(r.summary().get("organized").asInt()).isEqualTo(2);
        assertThat(library.resolve("Movies/Heat (1995)/Heat (1995).mkv")).isRegularFile();
        assertThat(downloads.resolve("Heat.1995.1080p.BluRay.x264-GRP.mkv")).doesNotExist();
    }

    @Test
    void someToReviewIsNineAndThoseFilesStayWhereTheyAre() throws Exception {
        video("Heat.1995.mkv");
        video("A.Film.Nobody.Ever.Made.2013.mkv");

        Run r = run();

        assertThat(r.code()).as(r.err()).isEqualTo(9);
        assertThat(r.summary().get("outcome").asText()).isEqualTo("needs_review");
        assertThat(r.summary().get("needs_review").asInt()).isEqualTo(1);
        assertThat(downloads.resolve("A.Film.Nobody.Ever.Made.2013.mkv")).isRegularFile();
    }

    @Test
    void providerDownIsSixAndNothingIsOrganizedFromAGuess() throws Exception {
        video("Heat.1995.mkv");
        fake.failAlways(Fault.status(503));

        Run r = run();

        assertThat(r.code()).as(r.err()).isEqualTo(6);
        assertThat(r.summary().get("outcome").asText()).isEqualTo("provider_unavailable");
        assertThat(r.events()).extracting(e -> e.get("event").asText()).doesNotContain("organize_report");
        assertThat(downloads.resolve("Heat.1995.mkv")).isRegularFile();
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void aHeldLockIsTenAndTouchesNothing() throws Exception {
        video("Heat.1995.mkv");
        FileRunLock lock = new FileRunLock(dir.resolve("data/cineorg/run.lock"));
        try (RunLockPort.Held held = lock.tryAcquire().orElseThrow()) {
            Run r = run();
            assertThat(r.code()).isEqualTo(10);
            assertThat(r.summary().get("outcome").asText()).isEqualTo("locked");
        }
        assertThat(downloads.resolve("Heat.1995.mkv")).isRegularFile();
        assertThat(run().code()).isZero();
    }

    /**
     * Organize, apply, resume and undo settle the journal's steps in flight first: beside a live run they would take
     * its steps for a crash's leftovers, so they wait their turn behind the same lock as `run` (exit 10, one line).
     */
    @Test
    void organizeApplyResumeAndUndoAreRefusedWhileAnotherRunHoldsTheLock() throws Exception {
        video("Heat.1995.mkv");
        assertThat(cli("scan", downloads.toString()).code()).isZero();
        Path plan = dir.resolve("plan.json");
        assertThat(cli("organize", "--target", library.toString(), "--dry-run", "--plan-out", plan.toString()).code())
                .isZero();
        FileRunLock lock = new FileRunLock(dir.resolve("data/cineorg/run.lock"));
        try (RunLockPort.Held held = lock.tryAcquire().orElseThrow()) {
            for (String[] args : List.of(new String[] {"organize", "--target", library.toString()},
                    new String[] {"organize", "--target", library.toString(), "--resume"},
                    new String[] {"apply", plan.toString()},
                    new String[] {"undo"})) {
                Run r = cli(args);
                assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(10);
                assertThat(r.err().strip()).startsWith("cineorg: another cineorg run is organizing or undoing")
                        .doesNotContain("Exception").doesNotContain("\n");
            }
            // a dry run reads only: no lock needed
            assertThat(cli("organize", "--target", library.toString(), "--dry-run").code()).isZero();
        }
        assertThat(downloads.resolve("Heat.1995.mkv")).isRegularFile();
        assertThat(library).doesNotExist();
        assertThat(cli("organize", "--target", library.toString()).code()).isZero();
        assertThat(downloads.resolve("Heat.1995.mkv")).doesNotExist();
        assertThat(cli("undo").code()).isZero();
        assertThat(downloads.resolve("Heat.1995.mkv")).isRegularFile();
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new Run(code, List.of(), err.toString());
    }
}
