package com.cineorg.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.parse.ReleaseNameParser;
import com.cineorg.domain.port.in.ParseNameUseCase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ParseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReleaseNameParser releaseNameParser = new ReleaseNameParser();
    private final ParseNameUseCase parser = releaseNameParser::parse;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(InputStream stdin, boolean terminal, String... args) {
        CommandLine cmd = new CommandLine(new ParseCommand(parser, stdin, () -> terminal));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesOnStdinGiveOneJsonObjectPerLineInOrder() throws Exception {
        String names = "Heat.1995.1080p.BluRay.x264-GRP.mkv\n"
                + "\n"
                + "Breaking.Bad.S05E14.Ozymandias.1080p.WEB-DL.DD5.1.H.264-BS.mkv\n"
                + "[Kaylith] Zankyou no Terror - 04 [480p][B4D4514E].mp4\n";
        int rc = run(stdin(names), true);

        assertThat(rc).isZero();
        assertThat(err.toString()).isEmpty();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        JsonNode heat = JSON.readTree(lines.get(0));
        assertThat(heat.get("type").asText()).isEqualTo("movie");
        assertThat(heat.get("title").asText()).isEqualTo("Heat");
        assertThat(heat.get("year").asInt()).isEqualTo(1995);
        assertThat(heat.get("screen_size").asText()).isEqualTo("1080p");
        assertThat(heat.get("release_group").asText()).isEqualTo("GRP");
        assertThat(JSON.readTree(lines.get(1)).has("title")).isFalse();
        JsonNode bb = JSON.readTree(lines.get(2));
        assertThat(bb.get("season").asInt()).isEqualTo(5);
        assertThat(bb.get("episode").asInt()).isEqualTo(14);
        assertThat(bb.get("episode_title").asText()).isEqualTo("Ozymandias");
        assertThat(JSON.readTree(lines.get(3)).get("crc32").asText()).isEqualTo("B4D4514E");
    }

    @Test
    void namesAsArgumentsPrintJsonWhenStdoutIsNotATerminal() throws Exception {
        int rc = run(stdin(""), false, "Wheels.S03E01E02.720p.HDTV.x264-IMMERSE.mkv", "Heat.1995.mkv");

        assertThat(rc).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode wheels = JSON.readTree(lines.get(0));
        assertThat(wheels.get("episode").isArray()).isTrue();
        assertThat(wheels.get("episode").get(1).asInt()).isEqualTo(2);
        assertThat(JSON.readTree(lines.get(1)).get("title").asText()).isEqualTo("Heat");
    }

    @Test
    void namesAsArgumentsPrintATextBlockOnATerminal() {
        int rc = run(stdin(""), true, "Heat.1995.1080p.BluRay.x264-GRP.mkv", "Friends.S01E01-E02.720p");

        assertThat(rc).isZero();
        String text = out.toString();
        assertThat(text).contains("input: Heat.1995.1080p.BluRay.x264-GRP.mkv", "title: Heat", "year: 1995",
                "type: movie", "input: Friends.S01E01-E02.720p", "episode: 1, 2");
        assertThat(text).doesNotContain("{");
    }

    @Test
    void jsonOptionForcesJsonOnATerminal() throws Exception {
        int rc = run(stdin(""), true, "--json", "Heat.1995.mkv");

        assertThat(rc).isZero();
        assertThat(JSON.readTree(out.toString().strip()).get("container").asText()).isEqualTo("mkv");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        int rc = run(stdin(""), true, "--nope");

        assertThat(rc).isEqualTo(2);
        assertThat(err.toString()).contains("--nope");
    }
}
