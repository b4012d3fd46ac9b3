package com.cineorg.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.adapter.cli.error.CliErrorHandler;
import com.cineorg.adapter.cli.option.GlobalOptions;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.MediaDetails;
import com.cineorg.domain.port.in.MediaPage;
import com.cineorg.domain.port.in.ProbeMediaCommand;
import com.cineorg.domain.port.in.ProbeReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MediaInfoCommandsTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        CliErrorHandler errors = new CliErrorHandler(() -> false);
        cli.setExecutionExceptionHandler(errors);
        cli.setExitCodeExceptionMapper(errors);
        return cli.execute(args);
    }

    private static MediaFile file(long id) {
        MediaFile f = MediaFile.discovered(new FileEntry(Path.of("/dl/Heat.1995.mkv"), 10, T, null), null, T);
        f.parsedAs(ParsedRelease.builder().title("Heat").year(1995).build());
        f.assignId(id);
        return f;
    }

    private static final MediaInfo HD = new MediaInfo(Duration.ofMillis(6_125_500), 1920, 800, "H.264",
            List.of("DTS", "AAC"));

    @Test
    void probeReportsCountsAndFailuresWithExit8() {
        List<ProbeMediaCommand> seen = new ArrayList<>();
        int code = run(new ProbeCommand(c -> {
            seen.add(c);
            return new ProbeReport("ffprobe (/usr/bin/ffprobe)", 3, 1, 1, 0,
                    List.of(new ItemFailure(Path.of("/dl/x.mkv"), "probe failed: gone")), Duration.ofMillis(300));
        }, task -> null), "--force", "4", "5");

        assertThat(code).isEqualTo(8);
        assertThat(seen).singleElement().satisfies(c -> {
            assertThat(c.mediaFileIds()).containsExactly(4L, 5L);
            assertThat(c.force()).isTrue();
        });
        assertThat(out.toString()).contains("Probed 1 files with ffprobe (/usr/bin/ffprobe) (1 unreadable");
        assertThat(err.toString()).contains("failed: /dl/x.mkv: probe failed: gone");
    }

    @Test
    void withoutAToolProbeSaysSoOnceAndSucceeds() {
        int code = run(new ProbeCommand(c -> ProbeReport.noTool(0, Duration.ZERO), task -> null), "--json");

        assertThat(code).isZero();
        assertThat(out.toString().lines()).singleElement().satisfies(l -> {
            assertThat(l).contains("\"event\":\"probe_report\"").contains("neither ffprobe nor mediainfo");
        });
    }

    @Test
    void showAndListJsonCarryTheMediaInfoWhenKnown() {
        MediaFile f = file(7);
        int code = run(new ShowCommand(id -> f, id -> new MediaDetails(f, null, HD, List.of())), "7", "--json");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"media_info\":{\"duration_ms\":6125500,\"width\":1920,\"height\":800,"
                + "\"resolution\":\"1080p\",\"video_codec\":\"H.264\",\"audio_codecs\":[\"DTS\",\"AAC\"]}");

        out.getBuffer().setLength(0);
        run(new ShowCommand(id -> f, id -> new MediaDetails(f, null, HD, List.of())), "7");
        assertThat(out.toString()).contains("media:    1:42:05, 1920x800 (1080p), H.264, DTS + AAC");

        out.getBuffer().setLength(0);
        MediaFile other = file(8);
        run(new ListCommand(q -> new MediaPage(List.of(f, other), 2, 0, 1000), ids -> Map.of(), GlobalOptions::new,
                ids -> Map.of(7L, HD)), "--json");
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"media_info\"");
        assertThat(lines.get(1)).doesNotContain("media_info");
    }
}
