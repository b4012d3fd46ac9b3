package com.cineorg.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.match.ScoredCandidate;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.identify.Identification.Method;
import com.cineorg.domain.model.identify.Identification.Outcome;
import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.library.OperationKind;
import com.cineorg.domain.model.library.OperationState;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.library.PendingOperation;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.model.media.SidecarKind;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.ExternalIds;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.parse.ReleaseNameParser;
import com.cineorg.domain.port.in.MediaDetails;
import com.cineorg.domain.port.out.IdentificationStorePort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaDetailsReadPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a detail-view reader must give: exactly what the four ports hold for the file, nothing of other files, and
 * every write seen by the next read. Run on the in-memory ports and on real databases.
 */
public abstract class MediaDetailsReadContract {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Path DOWNLOADS = Path.of("/downloads");

    /** The four write-side ports and the reader under test, all on one store. */
    public record Stores(MediaCatalogPort catalog, IdentificationStorePort identifications,
            MediaInfoStorePort mediaInfo, OrganizeJournalPort journal, MediaDetailsReadPort reader) {}

    private Stores stores;

    /** Empties the store and returns its ports. */
    protected abstract Stores emptyStores();

    @BeforeEach
    void empty() {
        stores = emptyStores();
    }

    private MediaCatalogPort catalog() {
        return stores.catalog();
    }

    private IdentificationStorePort identifications() {
        return stores.identifications();
    }

    private MediaInfoStorePort mediaInfo() {
        return stores.mediaInfo();
    }

    private OrganizeJournalPort journal() {
        return stores.journal();
    }

    private MediaDetailsReadPort reader() {
        return stores.reader();
    }

    private MediaFile file(String name, Sidecar... sidecars) {
        Path path = DOWNLOADS.resolve(name);
        MediaFile f = MediaFile.discovered(new FileEntry(path, 734_003_200L, T0, "2049:" + name.length()), null, T0);
        f.parsedAs(new ReleaseNameParser().parse(path.toString()));
        f.attach(List.of(sidecars));
        catalog().saveAll(List.of(f));
        return f;
    }

    private static Identification identified(long id, Instant at) {
        Candidate show = Candidate.series(Provider.TVDB, "81189", "Breaking Bad", 2008).withPopularity(12.5)
                .withAlternativeTitles(List.of("Breaking Bad (2008)", "Ruptura total"));
        return new Identification(id, Outcome.IDENTIFIED, Method.AUTO, Provider.TVDB, "81189", MediaType.EPISODE,
                "Breaking Bad", 2008, 0.97, List.of("title 1.00", "year exact"),
                List.of(new EpisodeInfo(1, 1, 1, "Pilot", LocalDate.of(2008, 1, 20))),
                new ExternalIds("tt0903747", "1396", "81189"),
                List.of(new ScoredCandidate(show, 0.97, List.of("title 1.00"))), at);
    }

    private List<JournalEntry> organized(MediaFile f, Path library) {
        var run = journal().startRun(library, OrganizeMode.MOVE, T0);
        List<PendingOperation> ops = new java.util.ArrayList<>();
        ops.add(new PendingOperation(OperationKind.MOVE, f.path(), library.resolve("Show/Season 01/" + f.path()
                .getFileName()), f.requireId(), f.size(), f.mtime(), "PARSED"));
        for (Sidecar s : f.sidecars()) {
            ops.add(new PendingOperation(OperationKind.MOVE, s.path(), library.resolve("Show/Season 01/"
                    + s.path().getFileName()), f.requireId(), 100, T0, null));
        }
        List<JournalEntry> recorded = journal().recordPending(run.id(), ops);
        journal().mark(recorded.stream().map(JournalEntry::id).toList(), OperationState.DONE, null);
        return journal().operations(run.id());
    }

    @Test
    void anUnknownIdHasNoDetails() {
        file("Heat.1995.1080p.BluRay.x264-GRP.mkv");
        assertThat(reader().details(987_654_321L)).isEmpty();
    }

    @Test
    void aFileOnlyScannedHasNoIdentificationMediaInfoOrHistory() {
        MediaFile f = file("Heat.1995.1080p.BluRay.x264-GRP.mkv");
        MediaDetails d = reader().details(f.requireId()).orElseThrow();
        MediaCatalogContract.assertSameContent(d.file(), f);
        assertThat(d.file().parsed().title()).isEqualTo("Heat");
        assertThat(d.identification()).isNull();
        assertThat(d.mediaInfo()).isNull();
        assertThat(d.history()).isEmpty();
    }

    @Test
    void readsEverythingTheFourPortsHoldForTheFileAndNothingOfOthers() {
        MediaFile f = file("Breaking.Bad.S01E01.720p.HDTV.x264-GRP.mkv",
                new Sidecar(DOWNLOADS.resolve("Breaking.Bad.S01E01.en.forced.srt"), SidecarKind.SUBTITLE, "en",
                        List.of("forced")),
                new Sidecar(DOWNLOADS.resolve("Breaking.Bad.S01E01.nfo"), SidecarKind.NFO, null, List.of()));
        MediaFile other = file("Breaking.Bad.S01E02.720p.HDTV.x264-GRP.mkv");
        long id = f.requireId();
        Instant decided = Instant.parse("2026-03-04T05:06:07.123456789Z");
        identifications().saveAll(List.of(identified(id, decided), identified(other.requireId(), T0)));
        MediaInfo info = new MediaInfo(Duration.ofMillis(3_480_125), 1280, 720, "H.264", List.of("AC3", "AAC"));
        mediaInfo().saveAll(Map.of(id, info, other.requireId(), new MediaInfo(null, null, null, null, List.of())),
                T0);
        List<JournalEntry> first = organized(f, Path.of("/library"));
        organized(other, Path.of("/library"));
        List<JournalEntry> second = organized(f, Path.of("/library2"));

        MediaDetails d = reader().details(id).orElseThrow();

        MediaCatalogContract.assertSameContent(d.file(), catalog().findById(id).orElseThrow());
        assertThat(d.file().sidecars()).extracting(Sidecar::flags).containsExactly(List.of("forced"), List.of());
        assertThat(d.identification()).isEqualTo(identifications().find(id).orElseThrow());
        assertThat(d.identification().decidedAt()).isEqualTo(decided);
        assertThat(d.mediaInfo()).isEqualTo(info);
        assertThat(d.history()).isEqualTo(journal().operationsOf(id));
        List<JournalEntry> expected = new java.util.ArrayList<>(first);
        expected.addAll(second);
        assertThat(d.history()).isEqualTo(expected).hasSize(6)
                .allSatisfy(e -> assertThat(e.mediaId()).isEqualTo(id));
    }

    @Test
    void eachReadSeesTheWritesBeforeIt() {
        MediaFile f = file("Heat.1995.1080p.BluRay.x264-GRP.mkv");
        long id = f.requireId();
        assertThat(reader().details(id).orElseThrow().identification()).isNull();

        identifications().saveAll(List.of(identified(id, T0)));
        mediaInfo().saveAll(Map.of(id, new MediaInfo(Duration.ofSeconds(5), 640, 480, "Xvid", List.of())), T0);
        f.parsedAs(ParsedRelease.builder().title("Heat (renamed)").build());
        catalog().saveAll(List.of(f));
        List<JournalEntry> moved = organized(f, Path.of("/library"));

        MediaDetails d = reader().details(id).orElseThrow();
        assertThat(d.identification().title()).isEqualTo("Breaking Bad");
        assertThat(d.mediaInfo().width()).isEqualTo(640);
        assertThat(d.file().parsed().title()).isEqualTo("Heat (renamed)");
        assertThat(d.history()).isEqualTo(moved);

        journal().mark(List.of(moved.get(0).id()), OperationState.UNDONE, "undone by test");
        assertThat(reader().details(id).orElseThrow().history().get(0).state()).isEqualTo(OperationState.UNDONE);
    }
}
