package com.cineorg.app.fs;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.application.scan.ScanMediaService;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.parse.ReleaseNameParser;
import com.cineorg.domain.port.in.ScanCommand;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan reads folder names at and below its root only: the folders that hold the root are the user's, not a release's. */
class ScanRootContextIT {
    @TempDir
    Path dir;

    private final InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();

    private Path touch(Path root, String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[16]);
        return p;
    }

    private ParsedRelease parsed(Path file) {
        return catalog.findByPath(file.toAbsolutePath().normalize()).orElseThrow().parsed();
    }

    @Test
    void aFileInTheRootTakesNothingFromTheFoldersAboveIt() throws IOException {
        Path root = dir.resolve("Heat.1995.1080p.BluRay.x264-GRP").resolve("downloads");
        Path blank = touch(root, "   .mkv");
        Path tagsOnly = touch(root, "1080p.BluRay.x264.mkv");
        Path below = touch(root, "Some.Show.S02E03.720p.WEB.h264-KOGi/kogi-ss-203.mkv");

        new ScanMediaService(new NioFileSystemAdapter(), catalog, new ReleaseNameParser(), Clock.systemUTC())
                .scan(new ScanCommand(List.of(root), false, null));

        for (Path file : List.of(blank, tagsOnly)) {
            ParsedRelease p = parsed(file);
            assertThat(p.title()).as(file.toString()).isNotEqualTo("Heat");
            assertThat(p.year()).as(file.toString()).isNull();
            assertThat(p.releaseGroup()).as(file.toString()).isNull();
        }
        assertThat(parsed(tagsOnly).screenSize()).isEqualTo("1080p");
        ParsedRelease show = parsed(below);
        assertThat(show.type()).isEqualTo(MediaType.EPISODE);
        assertThat(show.title()).isEqualTo("Some Show");
        assertThat(show.releaseGroup()).isEqualTo("KOGi");
    }

    @Test
    void aReleaseFolderScannedItselfLendsItsNameToAnObfuscatedFile() throws IOException {
        Path root = dir.resolve("Some.Show.S02E03.720p.WEB.h264-KOGi");
        Path file = touch(root, "kogi-ss-203.mkv");

        new ScanMediaService(new NioFileSystemAdapter(), catalog, new ReleaseNameParser(), Clock.systemUTC())
                .scan(new ScanCommand(List.of(root), false, null));

        ParsedRelease p = parsed(file);
        assertThat(p.type()).isEqualTo(MediaType.EPISODE);
        assertThat(p.title()).isEqualTo("Some Show");
        assertThat(p.season()).isEqualTo(2);
        assertThat(p.episode()).isEqualTo(3);
        assertThat(p.releaseGroup()).isEqualTo("KOGi");
    }
}
