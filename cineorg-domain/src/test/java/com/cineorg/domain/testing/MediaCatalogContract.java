package com.cineorg.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.model.media.SidecarKind;
import com.cineorg.domain.port.in.MediaPage;
import com.cineorg.domain.port.in.MediaQuery;
import com.cineorg.domain.port.out.IndexedFile;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.scan.SidecarMatcher;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MediaCatalogPort} must do. Subclasses hand out an empty catalog per test: the in-memory fake
 * and the database adapters (SQLite, PostgreSQL) run the same checks. Instants have millisecond precision, as the
 * catalog stores them.
 */
public abstract class MediaCatalogContract {
    protected static final Instant MTIME = Instant.ofEpochMilli(1_700_000_000_123L);
    protected static final Instant SEEN = Instant.ofEpochMilli(1_700_000_500_456L);

    protected MediaCatalogPort catalog;

    /** A catalog holding no file. Called before every test. */
    protected abstract MediaCatalogPort emptyCatalog();

    @BeforeEach
    void freshCatalog() {
        catalog = emptyCatalog();
    }

    // ---- fixtures ----

    protected static MediaFile file(String path) {
        return file(Path.of(path));
    }

    protected static MediaFile file(Path path) {
        MediaFile f = MediaFile.discovered(new FileEntry(path, 1_234_567_890L, MTIME, "2049:" + path.hashCode()), null,
                SEEN);
        f.parsedAs(ParsedRelease.builder().type(MediaType.MOVIE).title("Title of " + path.getFileName()).build());
        return f;
    }

    protected static ParsedRelease everyField() {
        return ParsedRelease.builder()
                .type(MediaType.EPISODE)
                .title("Doctor Who")
                .alternativeTitles(List.of("Dr Who", "Docteur Qui"))
                .year(2005)
                .seasons(List.of(1, 2))
                .episodes(List.of(3, 4))
                .absoluteEpisodes(List.of(15, 16))
                .date(LocalDate.of(2005, 3, 26))
                .episodeTitle("Rose & the \"Nestene\" – ünïcode")
                .part(2)
                .screenSize("1080p")
                .source("Blu-ray")
                .videoCodec("H.264")
                .audioCodec("DTS-HD")
                .audioChannels("5.1")
                .editions(List.of("Director's Cut", "Remastered"))
                .other(List.of("Proper", "Rip"))
                .properCount(2)
                .releaseGroup("GRP")
                .languages(List.of("en", "fr"))
                .subtitleLanguages(List.of("de", "pt-BR"))
                .container("mkv")
                .crc32("ABCDEF12")
                .website("example.org")
                .streamingService("Netflix")
                .country("GB")
                .build();
    }

    protected List<MediaFile> saved(MediaFile... files) {
        catalog.saveAll(List.of(files));
        return List.of(files);
    }

    private MediaFile reload(MediaFile f) {
        return catalog.findById(f.requireId()).orElseThrow();
    }

    static void assertSameContent(MediaFile actual, MediaFile expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.path()).isEqualTo(expected.path());
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.mtime()).isEqualTo(expected.mtime());
        assertThat(actual.fileKey()).isEqualTo(expected.fileKey());
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.statusReason()).isEqualTo(expected.statusReason());
        assertThat(actual.parsed()).isEqualTo(expected.parsed());
        assertThat(actual.sidecars()).isEqualTo(expected.sidecars());
        assertThat(actual.extraKind()).isEqualTo(expected.extraKind());
        assertThat(actual.lastSeen()).isEqualTo(expected.lastSeen());
    }

    // ---- saveAll / findById ----

    @Test
    void saveAllAssignsIdsToNewFiles() {
        MediaFile a = file("/lib/a.mkv");
        MediaFile b = file("/lib/b.mkv");
        saved(a, b);
        assertThat(a.id()).isPresent();
        assertThat(b.id()).isPresent();
        assertThat(a.requireId()).isNotEqualTo(b.requireId());
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        MediaFile f = MediaFile.discovered(new FileEntry(Path.of("/lib/Show/Doctor.Who.S01E03.mkv"), 42L, MTIME, "64769:123"),
                "featurette", SEEN);
        f.parsedAs(everyField());
        f.advanceTo(MediaStatus.NEEDS_REVIEW, "two candidates, 0.81 and 0.80");
        f.attach(List.of(
                new Sidecar(Path.of("/lib/Show/Doctor.Who.S01E03.en.forced.srt"), SidecarKind.SUBTITLE, "en", List.of("forced", "sdh")),
                new Sidecar(Path.of("/lib/Show/Doctor.Who.S01E03.nfo"), SidecarKind.NFO, null, List.of()),
                new Sidecar(Path.of("/lib/Show/poster.jpg"), SidecarKind.IMAGE, null, List.of()),
                new Sidecar(Path.of("/lib/Show/Subs/2_English.srt"), SidecarKind.SUBTITLE, "en", List.of())));
        saved(f);

        assertSameContent(reload(f), f);
    }

    @Test
    void emptyAndAbsentFieldsSurviveARoundTrip() {
        MediaFile fresh = MediaFile.discovered(new FileEntry(Path.of("/lib/x"), 0, MTIME, null), null, null);
        saved(fresh);

        MediaFile back = reload(fresh);
        assertThat(back.parsed()).isEqualTo(ParsedRelease.empty());
        assertThat(back.sidecars()).isEmpty();
        assertThat(back.fileKey()).isNull();
        assertThat(back.lastSeen()).isNull();
        assertThat(back.statusReason()).isEmpty();
        assertThat(back.extraKind()).isEmpty();
        assertThat(back.status()).isEqualTo(MediaStatus.NEW);
    }

    @Test
    void savingAStoredFileUpdatesItInPlaceAndReplacesItsSidecars() {
        MediaFile f = file("/lib/old/Heat.1995.mkv");
        f.attach(List.of(new Sidecar(Path.of("/lib/old/Heat.1995.srt"), SidecarKind.SUBTITLE, null, List.of()),
                new Sidecar(Path.of("/lib/old/Heat.1995.nfo"), SidecarKind.NFO, null, List.of())));
        saved(f);
        long id = f.requireId();

        f.movedTo(new FileEntry(Path.of("/lib/new/Heat.1995.mkv"), 99L, MTIME.plusSeconds(60), "2049:7"), SEEN.plusSeconds(60));
        f.parsedAs(ParsedRelease.builder().type(MediaType.MOVIE).title("Heat").year(1995).build());
        f.advanceTo(MediaStatus.IDENTIFIED, null);
        f.attach(List.of(new Sidecar(Path.of("/lib/new/Heat.1995.fr.srt"), SidecarKind.SUBTITLE, "fr", List.of())));
        saved(f);

        assertThat(f.requireId()).isEqualTo(id);
        assertSameContent(reload(f), f);
        assertThat(catalog.findByPath(Path.of("/lib/old/Heat.1995.mkv"))).isEmpty();
        assertThat(catalog.list(MediaQuery.all()).total()).isEqualTo(1);
    }

    @Test
    void saveLocationsStoresWhereTheFileWentAndItsStatusAndSidecars() {
        MediaFile f = file("/dl/Heat.1995.1080p/Heat.1995.1080p.mkv");
        f.attach(List.of(new Sidecar(Path.of("/dl/Heat.1995.1080p/Heat.1995.1080p.srt"), SidecarKind.SUBTITLE, null,
                List.of())));
        MediaFile other = file("/dl/Other.2001.mkv");
        saved(f, other);
        ParsedRelease stored = f.parsed();

        f.relocate(Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"));
        f.attach(List.of(new Sidecar(Path.of("/lib/Movies/Heat (1995)/Heat (1995).en.srt"), SidecarKind.SUBTITLE,
                "en", List.of())));
        f.advanceTo(MediaStatus.ORGANIZED, "copied at /lib/Movies/Heat (1995)/Heat (1995).mkv");
        catalog.saveLocations(List.of(f));

        MediaFile back = reload(f);
        assertSameContent(back, f);
        assertThat(back.parsed()).isEqualTo(stored);
        assertThat(catalog.findByPath(Path.of("/dl/Heat.1995.1080p/Heat.1995.1080p.mkv"))).isEmpty();
        assertThat(catalog.findByPath(Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"))).isPresent();
        assertThat(catalog.list(new MediaQuery(null, null, "movies/heat (1995)", 0, 10)).items())
                .extracting(m -> m.requireId()).containsExactly(f.requireId());
        assertSameContent(reload(other), other);
    }

    @Test
    void oneBatchMixesUpdatesAndInserts() {
        MediaFile moved = file("/lib/a.mkv");
        saved(moved);
        moved.movedTo(new FileEntry(Path.of("/lib/b.mkv"), 1, MTIME, "k"), SEEN);
        MediaFile takesOldPlace = file("/lib/a.mkv");
        MediaFile brandNew = file("/lib/c.mkv");
        saved(moved, takesOldPlace, brandNew);

        assertThat(catalog.findByPath(Path.of("/lib/a.mkv")).orElseThrow().id()).isEqualTo(takesOldPlace.id());
        assertThat(catalog.findByPath(Path.of("/lib/b.mkv")).orElseThrow().id()).isEqualTo(moved.id());
        assertThat(catalog.findByPath(Path.of("/lib/c.mkv")).orElseThrow().id()).isEqualTo(brandNew.id());
    }

    @Test
    void aLargeBatchIsStoredWhole() {
        List<MediaFile> files = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            MediaFile f = file("/big/file-" + i + ".mkv");
            if (i % 3 == 0) {
                f.attach(List.of(new Sidecar(Path.of("/big/file-" + i + ".en.srt"), SidecarKind.SUBTITLE, "en", List.of())));
            }
            files.add(f);
        }
        catalog.saveAll(files);

        assertThat(files).allMatch(f -> f.id().isPresent());
        assertThat(files.stream().map(MediaFile::requireId).distinct()).hasSize(files.size());
        assertThat(catalog.index(List.of(Path.of("/big")))).hasSize(2_500);
        assertSameContent(reload(files.get(2_499)), files.get(2_499));
        assertSameContent(reload(files.get(1_500)), files.get(1_500));
    }

    @Test
    void instantsAreKeptToTheMillisecond() {
        Instant fine = Instant.ofEpochSecond(1_700_000_000L, 123_456_789L);
        MediaFile f = MediaFile.discovered(new FileEntry(Path.of("/lib/nanos.mkv"), 1, fine, null), null, fine);
        saved(f);

        Instant millis = Instant.ofEpochSecond(1_700_000_000L, 123_000_000L);
        assertThat(reload(f).mtime()).isEqualTo(millis);
        assertThat(reload(f).lastSeen()).isEqualTo(millis);
        assertThat(catalog.index(List.of(Path.of("/lib"))).get(0).mtime()).isEqualTo(millis);
    }

    @Test
    void findByIdOfAnUnknownIdIsEmpty() {
        assertThat(catalog.findById(987_654_321L)).isEmpty();
    }

    @Test
    void savingNothingDoesNothing() {
        catalog.saveAll(List.of());
        assertThat(catalog.list(MediaQuery.all()).total()).isZero();
    }

    // ---- index ----

    @Test
    void indexReturnsTheLightRowsOfFilesUnderTheRoots() {
        MediaFile a = file("/lib/a.mkv");
        a.attach(List.of(new Sidecar(Path.of("/lib/a.en.srt"), SidecarKind.SUBTITLE, "en", List.of())));
        saved(a);

        List<IndexedFile> index = catalog.index(List.of(Path.of("/lib")));

        assertThat(index).containsExactly(new IndexedFile(a.requireId(), a.path(), a.size(), a.mtime(), a.fileKey(),
                a.status(), SidecarMatcher.signature(a.sidecars())));
    }

    @Test
    void indexSelectsByPathPrefixOnWholeNames() {
        saved(file("/lib/a.mkv"), file("/lib/sub/deep/b.mkv"), file("/lib-evil/c.mkv"), file("/library/d.mkv"),
                file("/li/e.mkv"), file("/other/f.mkv"));

        assertThat(catalog.index(List.of(Path.of("/lib"))))
                .extracting(IndexedFile::path)
                .containsExactlyInAnyOrder(Path.of("/lib/a.mkv"), Path.of("/lib/sub/deep/b.mkv"));
        assertThat(catalog.index(List.of(Path.of("/lib/sub"), Path.of("/other"))))
                .extracting(IndexedFile::path)
                .containsExactlyInAnyOrder(Path.of("/lib/sub/deep/b.mkv"), Path.of("/other/f.mkv"));
        assertThat(catalog.index(List.of(Path.of("/lib/a.mkv"))))
                .extracting(IndexedFile::path)
                .containsExactly(Path.of("/lib/a.mkv"));
        assertThat(catalog.index(List.of(Path.of("/nowhere")))).isEmpty();
        assertThat(catalog.index(List.of())).isEmpty();
    }

    @Test
    void indexOfTheFileSystemRootHoldsEverything() {
        saved(file("/lib/a.mkv"), file("/x/b.mkv"));
        assertThat(catalog.index(List.of(Path.of("/")))).hasSize(2);
    }

    @Test
    void indexTreatsLikeWildcardsLiterally() {
        saved(file("/a_b/x.mkv"), file("/aXb/y.mkv"), file("/a%b/z.mkv"), file("/a%bc/w.mkv"));
        assertThat(catalog.index(List.of(Path.of("/a_b")))).extracting(IndexedFile::path)
                .containsExactly(Path.of("/a_b/x.mkv"));
        assertThat(catalog.index(List.of(Path.of("/a%b")))).extracting(IndexedFile::path)
                .containsExactly(Path.of("/a%b/z.mkv"));
    }

    @Test
    void indexIncludesFilesOfEveryStatus() {
        MediaFile missing = file("/lib/gone.mkv");
        MediaFile failed = file("/lib/bad.mkv");
        failed.fail("could not parse");
        saved(missing, failed);
        catalog.markMissing(List.of(missing.requireId()));

        assertThat(catalog.index(List.of(Path.of("/lib")))).extracting(IndexedFile::status)
                .containsExactlyInAnyOrder(MediaStatus.MISSING, MediaStatus.FAILED);
    }

    // ---- markMissing ----

    @Test
    void markMissingSetsTheStatusOfTheseFilesOnly() {
        MediaFile a = file("/lib/a.mkv");
        MediaFile b = file("/lib/b.mkv");
        saved(a, b);

        catalog.markMissing(List.of(a.requireId(), 987_654_321L));

        assertThat(reload(a).status()).isEqualTo(MediaStatus.MISSING);
        assertThat(reload(b).status()).isEqualTo(MediaStatus.PARSED);
        assertThat(reload(a).parsed()).isEqualTo(a.parsed());
        catalog.markMissing(List.of());
    }

    // ---- findByPath ----

    @Test
    void findByPathFindsTheExactPath() {
        saved(file("/lib/a.mkv"), file("/lib/a.mkv.part"));
        assertThat(catalog.findByPath(Path.of("/lib/a.mkv"))).map(MediaFile::path).contains(Path.of("/lib/a.mkv"));
        assertThat(catalog.findByPath(Path.of("/lib/A.mkv"))).isEmpty();
        assertThat(catalog.findByPath(Path.of("/lib"))).isEmpty();
    }

    @Test
    void aNameThatIsNotUtf8IsStoredAndFoundByItsExactBytes() {
        Path bad = Path.of(URI.create("file:///lib/bad%FF%FEname.mkv"));
        Path otherBad = Path.of(URI.create("file:///lib/bad%FE%FFname.mkv"));
        MediaFile f = file(bad);
        f.attach(List.of(new Sidecar(Path.of(URI.create("file:///lib/bad%FF%FEname.en.srt")), SidecarKind.SUBTITLE, "en",
                List.of())));
        MediaFile g = file(otherBad);
        saved(f, g);

        Optional<MediaFile> found = catalog.findByPath(bad);
        assertThat(found).isPresent();
        assertThat(found.get().id()).isEqualTo(f.id());
        assertThat(found.get().path()).isEqualTo(bad);
        assertThat(found.get().path().toUri()).isEqualTo(bad.toUri());
        assertThat(found.get().sidecars().get(0).path().toUri()).isEqualTo(f.sidecars().get(0).path().toUri());
        assertThat(catalog.findByPath(otherBad).orElseThrow().id()).isEqualTo(g.id());
        assertThat(catalog.index(List.of(Path.of("/lib")))).extracting(IndexedFile::path)
                .containsExactlyInAnyOrder(bad, otherBad);
    }

    @Test
    void nfcAndNfdNamesAreDifferentFiles() {
        // built from bytes, so that the test means the same under LANG=C
        Path nfc = Path.of(URI.create("file:///lib/Am%C3%A9lie%20(2001).mkv"));
        Path nfd = Path.of(URI.create("file:///lib/Ame%CC%81lie%20(2001).mkv"));
        MediaFile a = file(nfc);
        MediaFile b = file(nfd);
        saved(a, b);

        assertThat(catalog.findByPath(nfc).orElseThrow().id()).isEqualTo(a.id());
        assertThat(catalog.findByPath(nfd).orElseThrow().id()).isEqualTo(b.id());
        assertThat(catalog.findByPath(nfd).orElseThrow().path()).isEqualTo(nfd);
    }

    @Test
    void aVeryLongPathIsStored() {
        Path longPath = Path.of("/lib/" + "very long folder name ".repeat(40).replace(' ', '_') + "/"
                + "x".repeat(250) + ".mkv");
        MediaFile f = file(longPath);
        saved(f);
        assertThat(catalog.findByPath(longPath).orElseThrow().path()).isEqualTo(longPath);
    }

    // ---- findAllById ----

    @Test
    void findAllByIdReturnsKnownFilesInTheOrderAsked() {
        MediaFile a = file("/lib/a.mkv");
        MediaFile b = file("/lib/b.mkv");
        MediaFile c = file("/lib/c.mkv");
        c.attach(List.of(new Sidecar(Path.of("/lib/c.nfo"), SidecarKind.NFO, null, List.of())));
        saved(a, b, c);

        List<MediaFile> found = catalog.findAllById(List.of(c.requireId(), 987_654_321L, a.requireId()));

        assertThat(found).extracting(MediaFile::id).containsExactly(c.id(), a.id());
        assertSameContent(found.get(0), c);
        assertThat(catalog.findAllById(List.of())).isEmpty();
    }

    // ---- list ----

    @Test
    void listFiltersByStatusTypeAndText() {
        MediaFile heat = file("/lib/Heat.1995.mkv");
        heat.parsedAs(ParsedRelease.builder().type(MediaType.MOVIE).title("Heat").year(1995).build());
        MediaFile who = file("/lib/tv/dw.s01e01.mkv");
        who.parsedAs(ParsedRelease.builder().type(MediaType.EPISODE).title("Doctor Who").season(1).episode(1).build());
        MediaFile junk = file("/lib/junk.mkv");
        junk.parsedAs(ParsedRelease.builder().build());
        junk.fail("no title");
        MediaFile amelie = file(Path.of(URI.create("file:///lib/Am%C3%A9lie.2001.mkv")));
        amelie.parsedAs(ParsedRelease.builder().type(MediaType.MOVIE).title("Le Fabuleux Destin d'Am\u00e9lie").build());
        saved(heat, who, junk, amelie);

        assertThat(ids(new MediaQuery(MediaStatus.FAILED, null, null, 0, 10))).containsExactly(junk.requireId());
        assertThat(ids(new MediaQuery(null, MediaType.EPISODE, null, 0, 10))).containsExactly(who.requireId());
        assertThat(ids(new MediaQuery(MediaStatus.PARSED, MediaType.MOVIE, null, 0, 10)))
                .containsExactly(heat.requireId(), amelie.requireId());
        assertThat(ids(new MediaQuery(null, null, "DOCTOR", 0, 10))).containsExactly(who.requireId()); // title
        assertThat(ids(new MediaQuery(null, null, "heat.1995", 0, 10))).containsExactly(heat.requireId()); // path
        assertThat(ids(new MediaQuery(null, null, "D'AM\u00c9LIE", 0, 10))).containsExactly(amelie.requireId());
        assertThat(ids(new MediaQuery(null, null, "/lib/", 0, 10))).hasSize(4);
        assertThat(ids(new MediaQuery(null, null, "%", 0, 10))).isEmpty();
        assertThat(ids(new MediaQuery(null, null, "h_at", 0, 10))).isEmpty();
        assertThat(ids(new MediaQuery(MediaStatus.MISSING, null, null, 0, 10))).isEmpty();
    }

    @Test
    void listPagesInIdOrderWithTheTotal() {
        List<MediaFile> files = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            files.add(file("/lib/" + (char) ('z' - i) + ".mkv"));
        }
        catalog.saveAll(files);
        List<Long> all = files.stream().map(MediaFile::requireId).sorted().toList();

        MediaPage first = catalog.list(new MediaQuery(null, null, null, 0, 10));
        MediaPage last = catalog.list(new MediaQuery(null, null, null, 20, 10));
        MediaPage beyond = catalog.list(new MediaQuery(null, null, null, 30, 10));

        assertThat(first.total()).isEqualTo(25);
        assertThat(first.items()).extracting(MediaFile::requireId).containsExactlyElementsOf(all.subList(0, 10));
        assertThat(last.items()).extracting(MediaFile::requireId).containsExactlyElementsOf(all.subList(20, 25));
        assertThat(last.offset()).isEqualTo(20);
        assertThat(last.limit()).isEqualTo(10);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(25);
    }

    @Test
    void listedFilesCarryTheirSidecars() {
        MediaFile f = file("/lib/a.mkv");
        f.attach(List.of(new Sidecar(Path.of("/lib/a.fr.srt"), SidecarKind.SUBTITLE, "fr", List.of("sdh")),
                new Sidecar(Path.of("/lib/a.en.srt"), SidecarKind.SUBTITLE, "en", List.of())));
        saved(f);
        assertSameContent(catalog.list(MediaQuery.all()).items().get(0), f);
    }

    private List<Long> ids(MediaQuery q) {
        return catalog.list(q).items().stream().map(MediaFile::requireId).toList();
    }
}
