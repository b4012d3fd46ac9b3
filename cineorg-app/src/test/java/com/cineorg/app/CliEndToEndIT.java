package com.cineorg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.fake.FakeCatalog;
import com.cineorg.fake.FakeProviderServer;
import com.cineorg.fake.Fault;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real program (Main.run): real folders, a real SQLite file, real HTTP against the local fake TMDB/TVDB. */
class CliEndToEndIT {
    private static FakeProviderServer fake;

    @TempDir
    Path dir;

    private Path downloads;
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
        fake.resetRequests();
        downloads = Files.createDirectories(dir.resolve("downloads"));
        env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("CINEORG_TMDB_API_KEY", FakeProviderServer.DEFAULT_TMDB_API_KEY);
        env.put("CINEORG_TMDB_BASE_URL", fake.tmdbBaseUrl());
        env.put("CINEORG_TVDB_BASE_URL", fake.tvdbBaseUrl());
    }

    private CliResult run(String... args) {
        return CliResult.of(env, args);
    }

    private void touch(String relative) throws Exception {
        Path p = downloads.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[] {1, 2, 3});
    }

    @Test
    void scanIdentifyListShowOnTheDefaultDatabase() throws Exception {
        touch("Heat.1995.1080p.BluRay.x264-GRP/Heat.1995.1080p.BluRay.x264-GRP.mkv");
        touch("Heat.1995.1080p.BluRay.x264-GRP/Heat.1995.1080p.BluRay.x264-GRP.en.srt");
        touch("Breaking.Bad.S01E02.720p.HDTV.x264-LOL.mkv");
        touch("Totally.Unknown.Picture.2013.mkv");

        CliResult scan = run("scan", downloads.toString(), "--json");
        assertThat(scan.code()).isZero();
        JsonNode report = scan.jsonLines().get(0);
        assertThat(report.get("videos").asInt()).isEqualTo(3);
        assertThat(report.get("sidecars").asInt()).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("data/cineorg/cineorg.db"))).isTrue();

        CliResult identify = run("identify", "--json");
        assertThat(identify.code()).as(identify.err()).isEqualTo(9); // one file needs review
        JsonNode summary = identify.jsonLines().get(0);
        assertThat(summary.get("identified").asInt()).isEqualTo(2);
        assertThat(summary.get("needs_review").asInt()).isEqualTo(1);

        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode row : run("list", "--json").jsonLines()) {
            byName.put(Path.of(row.get("path").asText()).getFileName().toString(), row);
        }
        JsonNode heat = byName.get("Heat.1995.1080p.BluRay.x264-GRP.mkv");
        assertThat(heat.get("status").asText()).isEqualTo("identified");
        assertThat(heat.at("/identification/tmdb_id").asText()).isEqualTo("949");
        assertThat(heat.at("/identification/year").asInt()).isEqualTo(1995);
        JsonNode bb = byName.get("Breaking.Bad.S01E02.720p.HDTV.x264-LOL.mkv");
        assertThat(bb.at("/identification/episodes/0/title").asText()).isNotBlank();
        assertThat(byName.get("Totally.Unknown.Picture.2013.mkv").get("status").asText()).isEqualTo("needs_review");

        // a second identify of the same files asks the provider nothing
        fake.resetRequests();
        CliResult again = run("identify", "--json", heat.get("id").asText());
        assertThat(again.code()).isZero();
        assertThat(fake.totalRequests()).isZero();

        CliResult show = run("show", heat.get("id").asText());
        assertThat(show.out()).contains("tmdb:949").contains("Heat");

        Path library = dir.resolve("library");
        CliResult organize = run("organize", "--target", library.toString(), "--mode", "copy");
        assertThat(organize.code()).as(organize.err()).isZero();
        assertThat(library.resolve("Movies/Heat (1995)/Heat (1995).mkv")).isRegularFile();
        assertThat(library.resolve("Movies/Heat (1995)/Heat (1995).en.srt")).isRegularFile();
        JsonNode history = run("show", heat.get("id").asText(), "--json").jsonLines().get(0).get("history");
        assertThat(history).hasSize(2); // the video and its subtitle
        assertThat(history.get(0).get("operation").asText()).isEqualTo("copy");
        assertThat(history.get(0).get("target").asText()).endsWith("Heat (1995).mkv");
        assertThat(history.get(1).get("target").asText()).endsWith("Heat (1995).en.srt");
    }

    @Test
    void badInputGetsOneLineAndTheDocumentedExitCode() throws Exception {
        CliResult missing = run("scan", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).startsWith("cineorg: no such folder").doesNotContain("\n").doesNotContain("Exception");

        assertThat(run("show", "12345").code()).isEqualTo(3);
        assertThat(run("--verbose", "list").err()).contains("detailed log in");
        assertThat(run("list", "--status", "bogus").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);

        Path notADb = Files.writeString(dir.resolve("notes.db"), "these are my notes, not a database");
        CliResult foreign = run("--db", notADb.toString(), "list");
        assertThat(foreign.code()).isEqualTo(7);
        assertThat(foreign.err()).contains("not a CineOrg database").doesNotContain("Exception");
        assertThat(Files.readString(notADb)).isEqualTo("these are my notes, not a database");

        env.remove("CINEORG_TMDB_API_KEY");
        touch("Heat.1995.mkv");
        run("scan", downloads.toString());
        CliResult noKey = run("identify");
        assertThat(noKey.code()).isEqualTo(2);
        assertThat(noKey.err()).contains("CINEORG_TMDB_API_KEY").doesNotContain("Exception");

        CliResult offline = run("identify", "--offline");
        assertThat(offline.code()).isZero();
    }

    @Test
    void aDeadProviderIsExitSixAndTheFilesWaitForTheNextRun() throws Exception {
        touch("Heat.1995.mkv");
        run("scan", downloads.toString());
        fake.failAlways(Fault.status(503));

        CliResult down = run("identify");

        assertThat(down.code()).as(down.err()).isEqualTo(6);
        assertThat(down.err()).contains("TMDB").doesNotContain("Exception");
        assertThat(run("list", "--status", "parsed", "--json").jsonLines()).hasSize(1);
    }

    @Test
    void namesWithInvalidUtf8BytesAreScannedAndReopened() throws Exception {
        Path odd = Path.of(URI.create(downloads.toUri() + "Caf%E9.2001.mkv"));
        Files.write(odd, new byte[] {1});
        CliResult scan = run("scan", downloads.toString(), "--json");
        assertThat(scan.code()).isZero();
        assertThat(scan.jsonLines().get(0).get("added").asInt()).isEqualTo(1);
        CliResult rescan = run("scan", downloads.toString(), "--json");
        assertThat(rescan.jsonLines().get(0).get("unchanged").asInt()).isEqualTo(1);
        // the Latin-1 byte is read as Windows-1252 for the parse, and the library gets a proper UTF-8 name
        assertThat(run("list", "--json").jsonLines().get(0).get("parsed").get("title").asText()).isEqualTo("Café");
        Path library = downloads.resolveSibling("library");
        assertThat(run("organize", "--target", library.toString()).code()).isZero();
        assertThat(library.resolve("Movies").resolve("Café (2001)").resolve("Café (2001).mkv")).exists();
        assertThat(odd).doesNotExist();
    }
}
