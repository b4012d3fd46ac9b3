package com.cineorg.app.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cineorg.app.MainAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real program on tiny real videos that ffmpeg makes on the spot (.ci/run installs ffmpeg): probe records
 * duration and resolution, list/show print them, replace-if-better trusts them over the names; and without any
 * tool, one notice and everything else works.
 */
class MediaInfoEndToEndIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path downloads;
    private Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        downloads = Files.createDirectories(dir.resolve("downloads"));
        env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("PATH", System.getenv("PATH") == null ? "" : System.getenv("PATH"));
    }

    private Path makeVideo(String relative, String size) throws Exception {
        Path ffmpeg = ProbeMediaInfoAdapter.find("ffmpeg", System.getenv("PATH"));
        assumeTrue(ffmpeg != null, "ffmpeg is not installed (apt-get install ffmpeg): media-info test skipped");
        Path out = downloads.resolve(relative);
        Files.createDirectories(out.getParent());
        Process p = new ProcessBuilder(ffmpeg.toString(), "-v", "error", "-f", "lavfi", "-i",
                "testsrc=size=" + size + ":rate=5", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=8000",
                "-t", "2", "-c:v", "mpeg4", "-c:a", "aac", "-shortest", out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        return out;
    }

    private MainAccess.Result run(String... args) {
        return MainAccess.run(env, args);
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void probeRecordsTheRealResolutionAndReplaceIfBetterTrustsItOverTheName() throws Exception {
        // the name claims 1080p but the picture is 320x240; the "720p" one really is 1280x720
        Path liar = makeVideo("a/Heat.1995.1080p.BluRay.x264-GRP.mkv", "320x240");
        Path honest = makeVideo("b/Heat.1995.720p.BluRay.x264-GRP.mkv", "1280x720");
        assumeTrue(ProbeMediaInfoAdapter.fromPath(env.get("PATH")).available(), "no ffprobe or mediainfo");
        long honestSize = Files.size(honest);

        assertThat(run("scan", downloads.toString()).code()).isZero();
        MainAccess.Result probe = run("probe", "--json");
        assertThat(probe.code()).as(probe.err()).isZero();
        JsonNode report = lines(probe.out()).get(0);
        assertThat(report.get("probed").asInt()).isEqualTo(2);
        assertThat(report.get("failures")).isEmpty();

        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode row : lines(run("list", "--json").out())) {
            byName.put(Path.of(row.get("path").asText()).getFileName().toString(), row);
        }
        JsonNode hd = byName.get(honest.getFileName().toString()).get("media_info");
        assertThat(hd.get("width").asInt()).isEqualTo(1280);
        assertThat(hd.get("height").asInt()).isEqualTo(720);
        assertThat(hd.get("resolution").asText()).isEqualTo("720p");
        assertThat(hd.get("duration_ms").asLong()).isBetween(1500L, 2600L);
        assertThat(hd.get("audio_codecs")).extracting(JsonNode::asText).containsExactly("AAC");
        JsonNode sd = byName.get(liar.getFileName().toString()).get("media_info");
        assertThat(sd.get("resolution").asText()).isEqualTo("240p");

        String id = byName.get(liar.getFileName().toString()).get("id").asText();
        MainAccess.Result show = run("show", id);
        assertThat(show.out()).contains("media:").contains("320x240 (240p)");

        // a second probe finds everything known
        assertThat(lines(run("probe", "--json").out()).get(0).get("known").asInt()).isEqualTo(2);

        Path library = dir.resolve("library");
        MainAccess.Result organize = run("organize", "--target", library.toString(), "--on-conflict",
                "replace-if-better");
        assertThat(organize.code()).as(organize.out() + organize.err()).isZero();
        Path placed = library.resolve("Movies/Heat (1995)/Heat (1995).mkv");
        assertThat(placed).isRegularFile();
        assertThat(Files.size(placed)).isEqualTo(honestSize);
        assertThat(liar).exists();
    }

    @Test
    void withoutAnyToolOneNoticeAndEverythingElseWorks() throws Exception {
        Files.write(downloads.resolve("Heat.1995.1080p.BluRay.x264-GRP.mkv"), new byte[] {1, 2, 3});
        env.put("PATH", Files.createDirectories(dir.resolve("empty-bin")).toString());

        assertThat(run("scan", downloads.toString()).code()).isZero();
        MainAccess.Result probe = run("probe");
        assertThat(probe.code()).isZero();
        assertThat(probe.out().lines()).singleElement().satisfies(l -> assertThat(l)
                .contains("neither ffprobe nor mediainfo is installed"));
        assertThat(probe.err()).isEmpty();

        MainAccess.Result run = run("run", downloads.toString(), "--offline", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        List<JsonNode> events = lines(run.out());
        assertThat(events).filteredOn(e -> e.has("notice")).singleElement()
                .satisfies(e -> assertThat(e.get("event").asText()).isEqualTo("probe_report"));
        assertThat(events.get(events.size() - 1).get("outcome").asText()).isEqualTo("done");
        assertThat(lines(run("list", "--json").out())).singleElement()
                .satisfies(row -> assertThat(row.has("media_info")).isFalse());
    }
}
