package com.cineorg.application.organize;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.library.CollisionPolicy;
import com.cineorg.domain.model.library.FileMove;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.port.in.OrganizeLibraryCommand;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.testing.InMemoryFileOperations;
import com.cineorg.domain.testing.InMemoryIdentificationStore;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import com.cineorg.domain.testing.InMemoryMediaInfoStore;
import com.cineorg.domain.testing.InMemoryOrganizeJournal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** replace-if-better judges by the real resolution where a probe recorded it, by the name otherwise. */
class OrganizeMediaInfoTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final Path LIB = Path.of("/lib");

    private final InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();
    private final InMemoryFileOperations fs = new InMemoryFileOperations();
    private final InMemoryMediaInfoStore infos = new InMemoryMediaInfoStore();
    private final Clock clock = Clock.fixed(T, ZoneOffset.UTC);
    private final OrganizeLibraryService organize = OrganizeLibraryService.withIdentifications(catalog, fs,
            new InMemoryOrganizeJournal(), new InMemoryIdentificationStore(), infos, clock);

    private MediaFile video(String path, String claimed, Integer realWidth, Integer realHeight) {
        fs.file(path, "video:" + path);
        MediaFile f = MediaFile.discovered(new FileEntry(Path.of(path), ("video:" + path).length(), T, null), null, T);
        f.parsedAs(ParsedRelease.builder().type(MediaType.MOVIE).title("Heat").year(1995).screenSize(claimed)
                .source("Blu-ray").build());
        catalog.saveAll(List.of(f));
        if (realWidth != null) {
            infos.saveAll(Map.of(f.requireId(),
                    new MediaInfo(Duration.ofMinutes(170), realWidth, realHeight, null, List.of())), T);
        }
        return f;
    }

    private OrganizeReport replaceIfBetter() {
        return organize.organize(new OrganizeLibraryCommand(LIB, OrganizeMode.MOVE, null, null,
                CollisionPolicy.REPLACE_IF_BETTER, false, false, false, false, false, null));
    }

    @Test
    void anIncomingFileThatOnlyClaimsABetterResolutionDoesNotReplaceTheRealOne() {
        MediaFile old = video("/lib/Movies/Heat (1995)/Heat (1995).mkv", null, 1920, 800);
        old.advanceTo(MediaStatus.ORGANIZED, null);
        catalog.saveAll(List.of(old));
        video("/dl/Heat.1995.2160p.mkv", "2160p", 1280, 720);

        OrganizeReport report = replaceIfBetter();

        assertThat(report.plan().moves()).filteredOn(m -> m.source().toString().startsWith("/dl"))
                .singleElement().satisfies(m -> {
                    assertThat(m.action()).isEqualTo(FileMove.Action.SKIP);
                    assertThat(m.reason()).contains("not worse");
                });
        assertThat(fs.content("/lib/Movies/Heat (1995)/Heat (1995).mkv"))
                .isEqualTo("video:/lib/Movies/Heat (1995)/Heat (1995).mkv");
    }

    @Test
    void withinOnePlanTheRealHigherResolutionWinsOverTheNames() {
        video("/dl/a/Heat.1995.1080p.mkv", "1080p", 320, 240);
        video("/dl/b/Heat.1995.720p.mkv", "720p", 1280, 720);

        OrganizeReport report = replaceIfBetter();

        assertThat(report.failures()).isEmpty();
        assertThat(fs.content("/lib/Movies/Heat (1995)/Heat (1995).mkv")).isEqualTo("video:/dl/b/Heat.1995.720p.mkv");
    }

    @Test
    void withoutMediaInfoTheNamesStillDecide() {
        video("/dl/a/Heat.1995.1080p.mkv", "1080p", null, null);
        video("/dl/b/Heat.1995.720p.mkv", "720p", null, null);

        replaceIfBetter();

        assertThat(fs.content("/lib/Movies/Heat (1995)/Heat (1995).mkv")).isEqualTo("video:/dl/a/Heat.1995.1080p.mkv");
    }
}
