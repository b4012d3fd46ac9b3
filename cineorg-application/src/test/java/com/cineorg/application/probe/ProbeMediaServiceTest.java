package com.cineorg.application.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.application.run.RunPipelineService;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.port.in.IdentifyReport;
import com.cineorg.domain.port.in.ProbeMediaCommand;
import com.cineorg.domain.port.in.ProbeReport;
import com.cineorg.domain.port.in.RunPipelineCommand;
import com.cineorg.domain.port.in.RunReport;
import com.cineorg.domain.port.in.ScanReport;
import com.cineorg.domain.port.out.MediaInfoPort;
import com.cineorg.domain.port.out.RunLockPort;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import com.cineorg.domain.testing.InMemoryMediaInfoStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ProbeMediaServiceTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private final InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();
    private final InMemoryMediaInfoStore store = new InMemoryMediaInfoStore();
    private final Clock clock = Clock.fixed(T.plusSeconds(3600), ZoneOffset.UTC);

    /** A probe tool that answers from a table: a missing entry is unreadable, "boom" throws. */
    private static final class TableTool implements MediaInfoPort {
        final Map<String, MediaInfo> answers = new ConcurrentHashMap<>();
        final Set<String> probed = ConcurrentHashMap.newKeySet();
        final boolean installed;

        TableTool(boolean installed) {
            this.installed = installed;
        }

        @Override
        public boolean available() {
            return installed;
        }

        @Override
        public Optional<String> describe() {
            return installed ? Optional.of("table") : Optional.empty();
        }

        @Override
        public Optional<MediaInfo> probe(Path file) {
            String name = file.getFileName().toString();
            probed.add(name);
            if (name.startsWith("boom")) {
                throw new IllegalStateException("tool crashed");
            }
            return Optional.ofNullable(answers.get(name));
        }
    }

    private long add(String name, MediaStatus status) {
        MediaFile f = MediaFile.discovered(new FileEntry(Path.of("/dl/" + name), 1, T, null), null, T);
        f.parsedAs(ParsedRelease.builder().title(name).build());
        if (status != MediaStatus.PARSED) {
            f.advanceTo(status, null);
        }
        catalog.saveAll(List.of(f));
        return f.requireId();
    }

    private static MediaInfo info(int w, int h) {
        return new MediaInfo(Duration.ofSeconds(2), w, h, "Xvid", List.of("AAC"));
    }

    @Test
    void probesWhatIsMissingStoresUnreadablesAsEmptyAndGoesOnAfterABadFile() {
        TableTool tool = new TableTool(true);
        tool.answers.put("hd.mkv", info(1280, 720));
        tool.answers.put("sd.mkv", info(320, 240));
        long hd = add("hd.mkv", MediaStatus.PARSED);
        long sd = add("sd.mkv", MediaStatus.IDENTIFIED);
        long text = add("text.mkv", MediaStatus.PARSED);
        long boom = add("boom.mkv", MediaStatus.PARSED);
        ProbeMediaService service = new ProbeMediaService(catalog, store, tool, clock);

        ProbeReport report = service.probe(ProbeMediaCommand.missing(null));

        assertThat(report.toolAvailable()).isTrue();
        assertThat(report.notice()).isNull();
        assertThat(report.examined()).isEqualTo(4);
        assertThat(report.probed()).isEqualTo(2);
        assertThat(report.unreadable()).isEqualTo(1);
        assertThat(report.failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("tool crashed"));
        assertThat(service.mediaInfo(List.of(hd, sd, text, boom)))
                .containsOnly(Map.entry(hd, info(1280, 720)), Map.entry(sd, info(320, 240)),
                        Map.entry(text, new MediaInfo(null, null, null, null, List.of())));

        tool.probed.clear();
        ProbeReport again = service.probe(ProbeMediaCommand.missing(null));
        assertThat(again.known()).isEqualTo(3);
        assertThat(tool.probed).containsExactly("boom.mkv");

        ProbeReport forced = service.probe(new ProbeMediaCommand(List.of(hd), null, true, null));
        assertThat(forced.probed()).isEqualTo(1);
    }

    @Test
    void withoutAToolNothingIsProbedAndOneNoticeSaysSo() {
        TableTool none = new TableTool(false);
        add("hd.mkv", MediaStatus.PARSED);
        add("sd.mkv", MediaStatus.PARSED);

        ProbeReport report = new ProbeMediaService(catalog, store, none, clock).probe(ProbeMediaCommand.missing(null));

        assertThat(report.toolAvailable()).isFalse();
        assertThat(report.notice()).contains("neither ffprobe nor mediainfo");
        assertThat(report.probed()).isZero();
        assertThat(report.failures()).isEmpty();
        assertThat(none.probed).isEmpty();
    }

    @Test
    void thePipelineProbesTheNewFilesBetweenScanAndIdentify() {
        TableTool tool = new TableTool(true);
        tool.answers.put("new.mkv", info(1280, 720));
        tool.answers.put("old.mkv", info(320, 240));
        long fresh = add("new.mkv", MediaStatus.PARSED);
        long old = add("old.mkv", MediaStatus.ORGANIZED);
        List<Object> events = new ArrayList<>();
        List<Boolean> probedBeforeIdentify = new ArrayList<>();
        RunLockPort lock = new RunLockPort() {
            @Override
            public Optional<Held> tryAcquire() {
                return Optional.of(() -> { });
            }

            @Override
            public Held acquire() {
                return () -> { };
            }
        };
        RunPipelineService pipeline = new RunPipelineService(
                c -> new ScanReport(c.roots(), 2, 2, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), Duration.ZERO),
                c -> {
                    probedBeforeIdentify.add(store.findAll(List.of(fresh)).containsKey(fresh));
                    return new IdentifyReport(1, 1, 0, 0, 1, null, List.of(), Duration.ZERO);
                },
                c -> null, lock, clock, new ProbeMediaService(catalog, store, tool, clock));

        RunReport report = pipeline.run(new RunPipelineCommand(List.of(Path.of("/dl")), false, null, null, false,
                events::add));

        assertThat(report.outcome()).isEqualTo(RunReport.Outcome.DONE);
        assertThat(probedBeforeIdentify).containsExactly(true);
        assertThat(events).hasSize(3).element(1).isInstanceOf(ProbeReport.class);
        assertThat(store.findAll(List.of(fresh, old))).containsOnlyKeys(fresh);
    }
}
