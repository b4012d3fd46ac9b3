package com.cineorg.application.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.model.media.SidecarKind;
import com.cineorg.domain.parse.ReleaseNameParser;
import com.cineorg.domain.port.in.ScanCommand;
import com.cineorg.domain.port.in.ScanReport;
import com.cineorg.domain.port.out.FileNameParser;
import com.cineorg.domain.testing.InMemoryFileTree;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanMediaServiceTest {
    private static final long MB = 1024 * 1024;
    private final InMemoryFileTree tree = new InMemoryFileTree();
    private final InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private ScanReport scan(FileNameParser parser) {
        return new ScanMediaService(tree, catalog, parser, clock, 3)
                .scan(new ScanCommand(List.of(Path.of("/dl")), false, null));
    }

    private ScanReport scan() {
        return scan(new ReleaseNameParser());
    }

    private MediaFile file(String path) {
        return catalog.findByPath(Path.of(path)).orElseThrow();
    }

    @Test
    void findsVideosParsesThemAndLeavesJunkSamplesAndHiddenFilesOut() {
        tree.add("/dl/Heat.1995.1080p.BluRay.x264-GRP/Heat.1995.1080p.BluRay.x264-GRP.mkv", 8000 * MB)
                .add("/dl/Heat.1995.1080p.BluRay.x264-GRP/Sample/heat-sample.mkv", 20 * MB)
                .add("/dl/Show.S01E02.720p.HDTV.x264-LOL.mp4", 300 * MB)
                .add("/dl/Show.S01E02.720p.HDTV.x264-LOL.mp4.part", 3 * MB)
                .add("/dl/.DS_Store", 1)
                .add("/dl/@eaDir/thumb.mkv", 1)
                .add("/dl/.hidden/x.mkv", 1)
                .add("/dl/notes.txt", 1);

        ScanReport report = scan();

        assertThat(report.videos()).isEqualTo(2);
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.samples()).isEqualTo(1);
        assertThat(catalog.all()).extracting(f -> f.path().getFileName().toString())
                .containsExactlyInAnyOrder("Heat.1995.1080p.BluRay.x264-GRP.mkv", "Show.S01E02.720p.HDTV.x264-LOL.mp4");
        MediaFile heat = file("/dl/Heat.1995.1080p.BluRay.x264-GRP/Heat.1995.1080p.BluRay.x264-GRP.mkv");
        assertThat(heat.status()).isEqualTo(MediaStatus.PARSED);
        assertThat(heat.parsed().title()).isEqualTo("Heat");
        assertThat(heat.parsed().year()).isEqualTo(1995);
        ParsedRelease show = file("/dl/Show.S01E02.720p.HDTV.x264-LOL.mp4").parsed();
        assertThat(show.type()).isEqualTo(MediaType.EPISODE);
        assertThat(show.seasons()).containsExactly(1);
        assertThat(show.episodes()).containsExactly(2);
    }

    @Test
    void aBigFileNamedSampleIsNotASample() {
        tree.add("/dl/Sample.People.2000.1080p.BluRay.mkv", 5000 * MB);
        assertThat(scan().samples()).isZero();
        assertThat(catalog.all()).hasSize(1);
    }

    @Test
    void recordsExtrasFromPlexFoldersAndSuffixes() {
        tree.add("/dl/Inception (2010)/Inception (2010).mkv", 9000 * MB)
                .add("/dl/Inception (2010)/Featurettes/Dreams.mkv", 400 * MB)
                .add("/dl/Inception (2010)/Inception (2010)-trailer.mp4", 400 * MB);

        ScanReport report = scan();

        assertThat(report.extras()).isEqualTo(2);
        assertThat(file("/dl/Inception (2010)/Featurettes/Dreams.mkv").extraKind()).contains("featurette");
        assertThat(file("/dl/Inception (2010)/Inception (2010)-trailer.mp4").extraKind()).contains("trailer");
        assertThat(file("/dl/Inception (2010)/Inception (2010).mkv").isExtra()).isFalse();
    }

    @Test
    void attachesSubtitlesWithLanguageAndFlagsNfoAndArtwork() {
        tree.add("/dl/Movie (1999)/Movie.1999.mkv", 4000 * MB)
                .add("/dl/Movie (1999)/Movie.1999.en.srt", 1)
                .add("/dl/Movie (1999)/Movie.1999.fr.forced.srt", 1)
                .add("/dl/Movie (1999)/Movie.1999.nfo", 1)
                .add("/dl/Movie (1999)/poster.jpg", 1)
                .add("/dl/Movie (1999)/Subs/2_English.srt", 1)
                .add("/dl/Season 1/Show.S01E01.mkv", 500 * MB)
                .add("/dl/Season 1/Show.S01E02.mkv", 500 * MB)
                .add("/dl/Season 1/Show.S01E02.eng.sdh.srt", 1)
                .add("/dl/Season 1/Subs/Show.S01E01/3_Spanish.srt", 1);

        ScanReport report = scan();

        List<Sidecar> movie = file("/dl/Movie (1999)/Movie.1999.mkv").sidecars();
        assertThat(movie).hasSize(5);
        assertThat(movie).filteredOn(s -> s.kind() == SidecarKind.SUBTITLE)
                .extracting(Sidecar::language).containsExactlyInAnyOrder("en", "fr", "en");
        assertThat(movie).filteredOn(s -> s.path().toString().endsWith(".fr.forced.srt"))
                .singleElement().extracting(Sidecar::flags).isEqualTo(List.of("forced"));
        assertThat(movie).extracting(Sidecar::kind).contains(SidecarKind.NFO, SidecarKind.IMAGE);
        Sidecar sdh = file("/dl/Season 1/Show.S01E02.mkv").sidecars().get(0);
        assertThat(sdh.language()).isEqualTo("en");
        assertThat(sdh.flags()).containsExactly("sdh");
        assertThat(file("/dl/Season 1/Show.S01E01.mkv").sidecars()).singleElement()
                .extracting(Sidecar::language).isEqualTo("es");
        assertThat(report.sidecars()).isEqualTo(7);
    }

    @Test
    void aRescanOfAnUnchangedTreeWritesNothing() {
        tree.add("/dl/A.2001.mkv", 10).add("/dl/B.2002.mkv", 10).add("/dl/C.2003.mkv", 10).add("/dl/D.2004.mkv", 10);
        scan();
        int writes = catalog.saveCalls;

        ScanReport again = scan();

        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.added() + again.updated() + again.moved() + again.missing()).isZero();
        assertThat(catalog.saveCalls).isEqualTo(writes);
        assertThat(catalog.all()).hasSize(4);
    }

    @Test
    void reparseReadsKnownNamesAgainWritesOnlyNewParsesAndKeepsLaterStatuses() {
        tree.add("/dl/A.2001.mkv", 10).add("/dl/B.2002.mkv", 10).add("/dl/C.2003.mkv", 10);
        FileNameParser old = name -> name.endsWith("B.2002.mkv")
                ? ParsedRelease.builder().type(MediaType.MOVIE).title("Old B").build()
                : new ReleaseNameParser().parse(name);
        scan(old);
        MediaFile identified = file("/dl/B.2002.mkv");
        identified.advanceTo(MediaStatus.IDENTIFIED, null);
        catalog.saveAll(List.of(identified));
        long bId = identified.requireId();
        int writes = catalog.saveCalls;

        ScanReport plain = scan();
        assertThat(plain.unchanged()).isEqualTo(3);
        assertThat(file("/dl/B.2002.mkv").parsed().title()).isEqualTo("Old B");

        ScanReport again = new ScanMediaService(tree, catalog, new ReleaseNameParser(), clock, 3)
                .scan(new ScanCommand(List.of(Path.of("/dl")), false, true, null));

        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.added() + again.moved() + again.missing()).isZero();
        MediaFile b = file("/dl/B.2002.mkv");
        assertThat(b.requireId()).isEqualTo(bId);
        assertThat(b.parsed().title()).isEqualTo("B");
        assertThat(b.parsed().year()).isEqualTo(2002);
        assertThat(b.status()).isEqualTo(MediaStatus.IDENTIFIED);
        assertThat(catalog.saveCalls).isEqualTo(writes + 1);
    }

    @Test
    void aChangedFileIsReparsedInPlaceAndAMovedFileKeepsItsId() {
        tree.add("/dl/A.2001.mkv", 10).add("/dl/B.2002.mkv", 10);
        scan();
        long aId = file("/dl/A.2001.mkv").requireId();
        long bId = file("/dl/B.2002.mkv").requireId();
        var a = tree.get("/dl/A.2001.mkv");
        tree.put(new com.cineorg.domain.model.media.FileEntry(a.path(), 99, a.mtime().plusSeconds(5), a.fileKey()));
        tree.move("/dl/B.2002.mkv", "/dl/sub/Bee.2002.mkv");

        ScanReport report = scan();

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.moved()).isEqualTo(1);
        assertThat(report.added()).isZero();
        assertThat(catalog.all()).hasSize(2);
        assertThat(file("/dl/A.2001.mkv").requireId()).isEqualTo(aId);
        assertThat(file("/dl/A.2001.mkv").size()).isEqualTo(99);
        MediaFile bee = file("/dl/sub/Bee.2002.mkv");
        assertThat(bee.requireId()).isEqualTo(bId);
        assertThat(bee.parsed().title()).isEqualTo("Bee");
    }

    @Test
    void aHardLinkAtASecondPathIsASecondFileNotAMove() {
        tree.add("/dl/A.2001.mkv", 10);
        scan();
        var a = tree.get("/dl/A.2001.mkv");
        tree.put(new com.cineorg.domain.model.media.FileEntry(
                Path.of("/dl/copy/A.2001.mkv"), a.size(), a.mtime(), a.fileKey()));

        ScanReport report = scan();

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.moved()).isZero();
        assertThat(catalog.all()).hasSize(2);
    }

    @Test
    void vanishedFilesAreMarkedMissingAndComeBack() {
        tree.add("/dl/A.2001.mkv", 10).add("/dl/B.2002.mkv", 10);
        scan();
        tree.remove("/dl/B.2002.mkv");

        assertThat(scan().missing()).isEqualTo(1);
        assertThat(file("/dl/B.2002.mkv").status()).isEqualTo(MediaStatus.MISSING);

        tree.add("/dl/B.2002.mkv", 10);
        scan();
        assertThat(file("/dl/B.2002.mkv").status()).isEqualTo(MediaStatus.PARSED);
    }

    @Test
    void oneFileThatBreaksTheParserDoesNotStopTheScan() {
        tree.add("/dl/Good.2001.mkv", 10).add("/dl/Bad.2002.mkv", 10);
        FileNameParser fragile = path -> {
            if (path.contains("Bad")) {
                throw new IllegalStateException("boom");
            }
            return new ReleaseNameParser().parse(path);
        };

        ScanReport report = scan(fragile);

        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("boom"));
        assertThat(file("/dl/Bad.2002.mkv").status()).isEqualTo(MediaStatus.FAILED);
        assertThat(file("/dl/Good.2001.mkv").status()).isEqualTo(MediaStatus.PARSED);
    }

    @Test
    void theParserSeesThePathFromTheScanRootNotTheFoldersAboveIt() {
        String root = "/srv/Heat.1995.1080p.BluRay.x264-GRP/downloads";
        tree.add(root + "/   .mkv", 10).add(root + "/Some.Show.S02E03.720p.WEB.h264-KOGi/kogi-ss-203.mkv", 10);
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        FileNameParser recording = path -> {
            seen.add(path);
            return new ReleaseNameParser().parse(path);
        };

        new ScanMediaService(tree, catalog, recording, clock, 3)
                .scan(new ScanCommand(List.of(Path.of(root)), false, null));

        assertThat(seen).containsExactlyInAnyOrder(Path.of("downloads", "   .mkv").toString(),
                Path.of("downloads", "Some.Show.S02E03.720p.WEB.h264-KOGi", "kogi-ss-203.mkv").toString());
        ParsedRelease blank = file(root + "/   .mkv").parsed();
        assertThat(blank.title()).isNotEqualTo("Heat");
        assertThat(blank.releaseGroup()).isNull();
        assertThat(blank.year()).isNull();
        ParsedRelease show = file(root + "/Some.Show.S02E03.720p.WEB.h264-KOGi/kogi-ss-203.mkv").parsed();
        assertThat(show.title()).isEqualTo("Some Show");
        assertThat(show.releaseGroup()).isEqualTo("KOGi");
    }

    @Test
    void nameUnderRootPicksTheOutermostRootAndFallsBackToTheFileName() {
        List<Path> roots = List.of(Path.of("/a/b"), Path.of("/a"));
        assertThat(ScanMediaService.nameUnderRoot(Path.of("/a/b/c/x.mkv"), roots))
                .isEqualTo(Path.of("a", "b", "c", "x.mkv").toString());
        assertThat(ScanMediaService.nameUnderRoot(Path.of("/top/Heat.1995-GRP/x.mkv"), List.of(Path.of("/top/Heat.1995-GRP"))))
                .isEqualTo(Path.of("Heat.1995-GRP", "x.mkv").toString());
        assertThat(ScanMediaService.nameUnderRoot(Path.of("/Show/x.mkv"), List.of(Path.of("/"))))
                .isEqualTo(Path.of("Show", "x.mkv").toString());
        assertThat(ScanMediaService.nameUnderRoot(Path.of("/elsewhere/Show/x.mkv"), roots)).isEqualTo("x.mkv");
    }

    @Test
    void aMissingRootIsInvalidInput() {
        assertThatThrownBy(() -> new ScanMediaService(tree, catalog, new ReleaseNameParser(), clock)
                        .scan(new ScanCommand(List.of(Path.of("/nope")), false, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("/nope");
    }
}
