package com.cineorg.app.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.cineorg.application.organize.OrganizeLibraryService;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.port.in.ItemOutcome;
import com.cineorg.domain.port.in.OrganizeLibraryCommand;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import com.cineorg.domain.testing.InMemoryOrganizeJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Organize on real folders when the target fills up or is read-only: one clear line per file, the rest goes on. */
class OrganizeFailuresIT {
    @TempDir
    Path dir;

    private final List<Path> mounts = new ArrayList<>();
    private final InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();
    private final NioFileOperationsAdapter fs = new NioFileOperationsAdapter();
    private final OrganizeLibraryService service =
            new OrganizeLibraryService(catalog, fs, new InMemoryOrganizeJournal(), Clock.systemUTC());

    @AfterEach
    void unmount() {
        for (Path m : mounts) {
            FsFixtures.run("umount", m.toString());
        }
    }

    private Path mount(String options) throws IOException {
        Path m = Files.createDirectories(dir.resolve("mnt-" + mounts.size()));
        int rc = FsFixtures.run("mount", "-t", "tmpfs", "-o", options, "tmpfs", m.toString());
        if (rc != 0) {
            System.out.println("SKIPPED: cannot mount a tmpfs here (mount exit " + rc + "; needs root)");
        }
        assumeThat(rc).as("mount -t tmpfs (needs root)").isZero();
        mounts.add(m);
        return m;
    }

    private void video(String title, int year, int bytes) throws IOException {
        Path p = Files.createDirectories(dir.resolve("downloads")).resolve(title + "." + year + ".mkv");
        Files.write(p, new byte[bytes]);
        MediaFile f = MediaFile.discovered(new FileEntry(p, bytes, Files.getLastModifiedTime(p).toInstant(), null),
                null, Instant.now());
        f.parsedAs(ParsedRelease.builder().type(MediaType.MOVIE).title(title).year(year).build());
        catalog.saveAll(List.of(f));
    }

    @Test
    void diskFullFailsThatFileOnlyAndKeepsItsSource() throws IOException {
        Path library = mount("size=1m");
        video("Alien", 1979, 100_000);
        video("Big", 2000, 3_000_000);
        video("Heat", 1995, 100_000);

        OrganizeReport report = service.organize(OrganizeLibraryCommand.defaults(library));

        assertThat(report.count(ItemOutcome.Status.ORGANIZED)).isEqualTo(2);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.path().getFileName().toString()).isEqualTo("Big.2000.mkv");
            assertThat(f.reason()).containsAnyOf("not enough space", "no space left").doesNotContain("\n");
        });
        assertThat(Files.size(dir.resolve("downloads/Big.2000.mkv"))).isEqualTo(3_000_000);
        assertThat(library.resolve("Movies/Heat (1995)/Heat (1995).mkv")).exists();
        try (var s = Files.walk(library)) {
            assertThat(s.map(Path::toString).toList()).noneMatch(p -> p.contains(".cineorg-"));
        }
    }

    @Test
    void spaceRunningOutInTheMiddleOfACopyIsCaughtAndCleanedUp() throws IOException {
        Path library = mount("size=1m");
        video("Alien", 1979, 600_000);
        video("Heat", 1995, 600_000);

        OrganizeReport report = service.organize(OrganizeLibraryCommand.defaults(library));

        assertThat(report.count(ItemOutcome.Status.ORGANIZED)).isEqualTo(1);
        assertThat(report.failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("no space left on the device"));
        Path failed = report.failures().get(0).path();
        assertThat(Files.size(failed)).isEqualTo(600_000);
        try (var s = Files.walk(library)) {
            assertThat(s.map(Path::toString).toList()).noneMatch(p -> p.contains(".cineorg-"));
        }
    }

    @Test
    void readOnlyLibraryIsOneClearLinePerFile() throws IOException {
        Path library = mount("ro,size=1m");
        video("Alien", 1979, 1_000);
        video("Heat", 1995, 1_000);

        OrganizeReport report = service.organize(OrganizeLibraryCommand.defaults(library));

        assertThat(report.failures()).hasSize(2).allSatisfy(f -> assertThat(f.reason()).contains("read-only file system"));
        assertThat(dir.resolve("downloads/Alien.1979.mkv")).exists();
        assertThat(dir.resolve("downloads/Heat.1995.mkv")).exists();
    }
}
