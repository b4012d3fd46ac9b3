package com.cineorg.application.organize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.domain.error.FileOperationException.Reason;
import com.cineorg.domain.error.NotFoundException;
import com.cineorg.domain.model.library.CollisionPolicy;
import com.cineorg.domain.model.library.FileMove;
import com.cineorg.domain.model.library.OperationKind;
import com.cineorg.domain.model.library.OperationState;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.library.OrganizePlan;
import com.cineorg.domain.model.library.PendingOperation;
import com.cineorg.domain.model.library.RunState;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.model.media.SidecarKind;
import com.cineorg.domain.port.in.ApplyOptions;
import com.cineorg.domain.port.in.ItemOutcome;
import com.cineorg.domain.port.in.OrganizeLibraryCommand;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.port.in.RecoveryReport;
import com.cineorg.domain.port.in.UndoReport;
import com.cineorg.domain.testing.InMemoryFileOperations;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import com.cineorg.domain.testing.InMemoryOrganizeJournal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OrganizeLibraryServiceTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final Path LIB = Path.of("/lib");

    private final InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();
    private final InMemoryFileOperations fs = new InMemoryFileOperations();
    private final InMemoryOrganizeJournal journal = new InMemoryOrganizeJournal();
    private final Clock clock = Clock.fixed(T, ZoneOffset.UTC);
    private final OrganizeLibraryService organize = new OrganizeLibraryService(catalog, fs, journal, clock);
    private final UndoRunService undo = new UndoRunService(catalog, fs, journal, clock);

    private MediaFile video(String path, ParsedRelease parsed, Sidecar... sidecars) {
        fs.file(path, "video:" + path);
        long size = ("video:" + path).length();
        MediaFile f = MediaFile.discovered(new FileEntry(Path.of(path), size, T, null), null, T);
        f.parsedAs(parsed);
        f.attach(List.of(sidecars));
        catalog.saveAll(List.of(f));
        return f;
    }

    private Sidecar subtitle(String path, String lang, String... flags) {
        fs.file(path, "sub:" + path);
        return new Sidecar(Path.of(path), SidecarKind.SUBTITLE, lang, List.of(flags));
    }

    private static ParsedRelease movie(String title, int year, String resolution) {
        return ParsedRelease.builder().type(MediaType.MOVIE).title(title).year(year).screenSize(resolution)
                .source("Blu-ray").build();
    }

    private static OrganizeLibraryCommand command(OrganizeMode mode, CollisionPolicy policy, boolean dryRun,
            boolean fallback, boolean nfo, boolean cleanEmpty) {
        return new OrganizeLibraryCommand(LIB, mode, null, null, policy, dryRun, fallback, false, nfo, cleanEmpty, null);
    }

    private static OrganizeLibraryCommand move() {
        return OrganizeLibraryCommand.defaults(LIB);
    }

    @Test
    void movesAMovieWithItsSubtitleAndUpdatesTheCatalog() {
        MediaFile f = video("/dl/Heat.1995.1080p/Heat.1995.1080p.mkv", movie("Heat", 1995, "1080p"),
                subtitle("/dl/Heat.1995.1080p/Heat.1995.1080p.en.forced.srt", "en", "forced"));

        OrganizeReport report = organize.organize(move());

        assertThat(report.count(ItemOutcome.Status.ORGANIZED)).isEqualTo(1);
        assertThat(report.failures()).isEmpty();
        assertThat(fs.content("/lib/Movies/Heat (1995)/Heat (1995).mkv")).isEqualTo("video:/dl/Heat.1995.1080p/Heat.1995.1080p.mkv");
        assertThat(fs.content("/lib/Movies/Heat (1995)/Heat (1995).en.forced.srt")).startsWith("sub:");
        assertThat(fs.exists(Path.of("/dl/Heat.1995.1080p/Heat.1995.1080p.mkv"))).isFalse();
        MediaFile stored = catalog.findById(f.requireId()).orElseThrow();
        assertThat(stored.path()).isEqualTo(Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"));
        assertThat(stored.status()).isEqualTo(MediaStatus.ORGANIZED);
        assertThat(stored.sidecars().get(0).path()).isEqualTo(Path.of("/lib/Movies/Heat (1995)/Heat (1995).en.forced.srt"));
        assertThat(journal.operations(report.runId())).allMatch(e -> e.state() == OperationState.DONE);
        assertThat(journal.findRun(report.runId()).orElseThrow().state()).isEqualTo(RunState.FINISHED);
    }

    @Test
    void aPassWithNothingToDoRecordsNoRun() {
        video("/dl/Heat.1995.1080p/Heat.1995.1080p.mkv", movie("Heat", 1995, "1080p"));
        assertThat(organize.organize(move()).runId()).isNotNull();
        // the next cron pass: the catalog has nothing left to organize
        OrganizeReport idle = organize.organize(move());
        assertThat(idle.runId()).isNull();
        assertThat(idle.outcomes()).isEmpty();
        // a file that is only skipped (its target is taken) moves nothing either
        video("/dl/Heat.1995.720p/Heat.1995.720p.mkv", movie("Heat", 1995, "720p"));
        OrganizeReport skipped = organize.organize(move());
        assertThat(skipped.runId()).isNull();
        assertThat(skipped.count(ItemOutcome.Status.SKIPPED)).isEqualTo(1);
        assertThat(journal.runs()).hasSize(1);
        assertThat(fs.exists(Path.of("/dl/Heat.1995.720p/Heat.1995.720p.mkv"))).isTrue();
    }

    @Test
    void dryRunPlansAndTouchesNothing() {
        video("/dl/Heat.1995.mkv", movie("Heat", 1995, "1080p"));
        video("/dl/noname.mkv", ParsedRelease.empty());
        TreeMap<String, String> before = fs.tree();

        OrganizeReport report = organize.organize(command(OrganizeMode.MOVE, null, true, false, false, false));

        assertThat(report.dryRun()).isTrue();
        assertThat(report.plan().toOrganize()).hasSize(1);
        assertThat(report.plan().skipped()).extracting(FileMove::reason).allMatch(r -> r.contains("no title"));
        assertThat(fs.tree()).isEqualTo(before);
        assertThat(journal.runs()).isEmpty();
    }

    @Test
    void oneFailingFileDoesNotStopTheOthersAndItsSourceStays() {
        video("/dl/Heat.1995.mkv", movie("Heat", 1995, "1080p"));
        video("/dl/Alien.1979.mkv", movie("Alien", 1979, "1080p"));
        fs.failOn("/lib/Movies/Alien (1979)/Alien (1979).mkv", Reason.PERMISSION_DENIED);

        OrganizeReport report = organize.organize(move());

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(Path.of("/dl/Alien.1979.mkv"));
            assertThat(f.reason()).contains("permission_denied");
        });
        assertThat(fs.exists(Path.of("/dl/Alien.1979.mkv"))).isTrue();
        assertThat(fs.exists(Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"))).isTrue();
        assertThat(catalog.findByPath(Path.of("/dl/Alien.1979.mkv")).orElseThrow().status()).isEqualTo(MediaStatus.PARSED);
        assertThat(journal.findRun(report.runId()).orElseThrow().state()).isEqualTo(RunState.FINISHED_WITH_FAILURES);
    }

    @Test
    void hardlinkAcrossDevicesIsAClearErrorUnlessFallbackCopyIsAsked() {
        fs.otherDevice("/lib");
        video("/dl/Heat.1995.mkv", movie("Heat", 1995, "1080p"));

        OrganizeReport refused = organize.organize(command(OrganizeMode.HARDLINK, null, false, false, false, false));
        assertThat(refused.failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("cannot hard-link", "--fallback copy"));
        assertThat(fs.exists(Path.of("/lib/Movies"))).isFalse();

        OrganizeReport copied = organize.organize(command(OrganizeMode.HARDLINK, null, false, true, false, false));
        assertThat(copied.failures()).isEmpty();
        assertThat(fs.content("/lib/Movies/Heat (1995)/Heat (1995).mkv")).isEqualTo("video:/dl/Heat.1995.mkv");
        assertThat(fs.exists(Path.of("/dl/Heat.1995.mkv"))).isTrue();
        assertThat(journal.operations(copied.runId())).extracting(e -> e.kind()).contains(OperationKind.COPY);
    }

    @Test
    void symlinksAreRelative() {
        video("/dl/Heat.1995.mkv", movie("Heat", 1995, "1080p"));
        organize.organize(command(OrganizeMode.SYMLINK, null, false, false, false, false));
        assertThat(fs.tree()).containsEntry("/lib/Movies/Heat (1995)/Heat (1995).mkv", "-> ../../../dl/Heat.1995.mkv");
        assertThat(fs.content("/lib/Movies/Heat (1995)/Heat (1995).mkv")).isEqualTo("video:/dl/Heat.1995.mkv");
    }

    @Test
    void undoRestoresTheOriginalTreeAndCatalog() {
        MediaFile f = video("/dl/Heat.1995/Heat.1995.mkv", movie("Heat", 1995, "1080p"),
                subtitle("/dl/Heat.1995/Heat.1995.en.srt", "en"));
        video("/dl/Show.S01E02.mkv", ParsedRelease.builder().type(MediaType.EPISODE).title("Show").season(1).episode(2)
                .build());
        TreeMap<String, String> before = fs.tree();
        OrganizeReport report = organize.organize(move());
        assertThat(fs.tree()).isNotEqualTo(before);

        UndoReport undone = undo.undo(null, null);

        assertThat(undone.runId()).isEqualTo(report.runId());
        assertThat(undone.failures()).isEmpty();
        assertThat(undone.restored()).isEqualTo(3);
        assertThat(fs.tree()).isEqualTo(before);
        MediaFile back = catalog.findById(f.requireId()).orElseThrow();
        assertThat(back.path()).isEqualTo(Path.of("/dl/Heat.1995/Heat.1995.mkv"));
        assertThat(back.status()).isEqualTo(MediaStatus.PARSED);
        assertThat(back.sidecars().get(0).path()).isEqualTo(Path.of("/dl/Heat.1995/Heat.1995.en.srt"));
        assertThat(undo.listRuns().get(0).state()).isEqualTo(RunState.UNDONE);
        assertThatThrownBy(() -> undo.undo(99L, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> undo.undo(report.runId(), null))
                .isInstanceOf(com.cineorg.domain.error.ConflictException.class).hasMessage("run 1 was undone already");
        assertThat(fs.tree()).isEqualTo(before);
    }

    @Test
    void undoNeverOverwritesAFileThatTookTheOldPlace() {
        video("/dl/Heat.1995.mkv", movie("Heat", 1995, "1080p"));
        organize.organize(move());
        fs.file("/dl/Heat.1995.mkv", "a new file");

        UndoReport undone = undo.undo(null, null);

        assertThat(undone.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("taken again"));
        assertThat(fs.content("/dl/Heat.1995.mkv")).isEqualTo("a new file");
        assertThat(fs.content("/lib/Movies/Heat (1995)/Heat (1995).mkv")).isEqualTo("video:/dl/Heat.1995.mkv");
    }

    @Test
    void replaceIfBetterSendsTheWorseFileToTheTrashAndUndoBringsItBack() {
        MediaFile old = video("/lib/Movies/Heat (1995)/Heat (1995).mkv", movie("Heat", 1995, "480p"));
        old.advanceTo(MediaStatus.ORGANIZED, null);
        catalog.saveAll(List.of(old));
        video("/dl/Heat.1995.2160p.mkv", movie("Heat", 1995, "2160p"));

        OrganizeReport report = organize.organize(command(OrganizeMode.MOVE, CollisionPolicy.REPLACE_IF_BETTER, false,
                false, false, false));

        assertThat(report.failures()).isEmpty();
        assertThat(fs.content("/lib/Movies/Heat (1995)/Heat (1995).mkv")).isEqualTo("video:/dl/Heat.1995.2160p.mkv");
        assertThat(fs.content("/lib/.cineorg-trash/Movies/Heat (1995)/Heat (1995).mkv"))
                .isEqualTo("video:/lib/Movies/Heat (1995)/Heat (1995).mkv");
        assertThat(catalog.findById(old.requireId()).orElseThrow().path())
                .isEqualTo(Path.of("/lib/.cineorg-trash/Movies/Heat (1995)/Heat (1995).mkv"));

        undo.undo(report.runId(), null);
        assertThat(fs.content("/lib/Movies/Heat (1995)/Heat (1995).mkv")).isEqualTo("video:/lib/Movies/Heat (1995)/Heat (1995).mkv");
        assertThat(fs.content("/dl/Heat.1995.2160p.mkv")).isEqualTo("video:/dl/Heat.1995.2160p.mkv");
        assertThat(fs.exists(Path.of("/lib/.cineorg-trash"))).isFalse();
    }

    @Test
    void keepBothNumbersAndSkipIsTheDefault() {
        fs.file("/lib/Movies/Heat (1995)/Heat (1995).mkv", "someone else's");
        video("/dl/Heat.1995.mkv", movie("Heat", 1995, "1080p"));

        OrganizeReport skipped = organize.organize(move());
        assertThat(skipped.count(ItemOutcome.Status.SKIPPED)).isEqualTo(1);
        assertThat(skipped.failures()).isEmpty();

        organize.organize(command(OrganizeMode.MOVE, CollisionPolicy.KEEP_BOTH, false, false, false, false));
        assertThat(fs.content("/lib/Movies/Heat (1995)/Heat (1995).mkv")).isEqualTo("someone else's");
        assertThat(fs.content("/lib/Movies/Heat (1995)/Heat (1995) (2).mkv")).isEqualTo("video:/dl/Heat.1995.mkv");
    }

    @Test
    void savedPlanRefusesASourceThatChanged() {
        video("/dl/Heat.1995.mkv", movie("Heat", 1995, "1080p"));
        video("/dl/Alien.1979.mkv", movie("Alien", 1979, "1080p"));
        OrganizePlan plan = organize.organize(command(OrganizeMode.MOVE, null, true, false, false, false)).plan();
        fs.file(Path.of("/dl/Alien.1979.mkv"), "changed content, longer", T.plusSeconds(5));

        OrganizeReport report = organize.apply(plan, ApplyOptions.defaults());

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(Path.of("/dl/Alien.1979.mkv"));
            assertThat(f.reason()).contains("changed since the plan");
        });
        assertThat(fs.content("/dl/Alien.1979.mkv")).isEqualTo("changed content, longer");
        assertThat(fs.exists(Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"))).isTrue();
    }

    @Test
    void aSavedPlanAppliedTwiceSaysTheFilesAreAlreadyThere() {
        video("/dl/Heat.1995.mkv", movie("Heat", 1995, "1080p"));
        video("/dl/Alien.1979.mkv", movie("Alien", 1979, "1080p"));
        OrganizePlan plan = organize.organize(command(OrganizeMode.MOVE, null, true, false, false, false)).plan();
        assertThat(organize.apply(plan, ApplyOptions.defaults()).count(ItemOutcome.Status.ORGANIZED)).isEqualTo(2);

        OrganizeReport again = organize.apply(plan, ApplyOptions.defaults());

        assertThat(again.failures()).isEmpty();
        assertThat(again.count(ItemOutcome.Status.IN_PLACE)).isEqualTo(2);
        assertThat(again.outcomes()).allSatisfy(o -> assertThat(o.detail()).contains("applied before"));
        assertThat(fs.exists(Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"))).isTrue();
        // a source that is gone while its target holds another file is still a failure
        fs.file(Path.of("/lib/Movies/Alien (1979)/Alien (1979).mkv"), "someone else's file", T.plusSeconds(9));
        assertThat(organize.apply(plan, ApplyOptions.defaults()).failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("the file is gone"));
    }

    @Test
    void nfoIsWrittenWhenAskedAndRemovedByUndo() {
        video("/dl/Heat.1995.mkv", movie("Heat", 1995, "1080p"));
        organize.organize(command(OrganizeMode.COPY, null, false, false, true, false));
        assertThat(fs.content("/lib/Movies/Heat (1995)/Heat (1995).nfo")).contains("<movie>", "<title>Heat</title>");
        undo.undo(null, null);
        assertThat(fs.exists(Path.of("/lib/Movies"))).isFalse();
        assertThat(fs.exists(Path.of("/dl/Heat.1995.mkv"))).isTrue();
    }

    @Test
    void cleanEmptyRemovesEmptiedReleaseFoldersWithJunkButKeepsTheirParent() {
        video("/dl/Heat.1995/Heat.1995.mkv", movie("Heat", 1995, "1080p"));
        fs.file("/dl/Heat.1995/Thumbs.db", "junk");
        video("/dl/Alien.1979/Alien.1979.mkv", movie("Alien", 1979, "1080p"));
        fs.file("/dl/Alien.1979/notes.txt", "keep me");

        organize.organize(command(OrganizeMode.MOVE, null, false, false, false, true));

        assertThat(fs.exists(Path.of("/dl/Heat.1995"))).isFalse();
        assertThat(fs.content("/dl/Alien.1979/notes.txt")).isEqualTo("keep me");
        assertThat(fs.exists(Path.of("/dl"))).isTrue();
        undo.undo(null, null);
        assertThat(fs.exists(Path.of("/dl/Heat.1995/Heat.1995.mkv"))).isTrue();
    }

    @Test
    void recoverySettlesEveryPendingStepFromWhatIsOnDisk() {
        MediaFile moved = video("/dl/a.mkv", movie("A", 2001, "1080p"));
        video("/dl/b.mkv", movie("B", 2002, "1080p"));
        fs.file("/dl/c.mkv", "same");
        fs.file("/lib/c.mkv", "same");
        fs.file("/dl/d.mkv", "one");
        fs.file("/lib/d.mkv", "two");
        long run = journal.startRun(LIB, OrganizeMode.MOVE, T).id();
        journal.recordPending(run, List.of(
                new PendingOperation(OperationKind.MOVE, Path.of("/dl/a.mkv"), Path.of("/lib/a.mkv"), moved.requireId(),
                        moved.size(), T, "PARSED"),
                new PendingOperation(OperationKind.MOVE, Path.of("/dl/b.mkv"), Path.of("/lib/b.mkv"), null, 1, T, null),
                new PendingOperation(OperationKind.MOVE, Path.of("/dl/c.mkv"), Path.of("/lib/c.mkv"), null, 4, T, null),
                new PendingOperation(OperationKind.MOVE, Path.of("/dl/d.mkv"), Path.of("/lib/d.mkv"), null, 3, T, null)));
        fs.move(Path.of("/dl/a.mkv"), Path.of("/lib/a.mkv"), Path.of("/lib/.tmp"), false); // done before the crash

        RecoveryReport r = organize.recover();

        assertThat(r.completed()).isEqualTo(2);
        assertThat(r.rolledBack()).isEqualTo(1);
        assertThat(r.unresolved()).singleElement().satisfies(f -> assertThat(f.reason()).contains("different content"));
        assertThat(fs.exists(Path.of("/dl/b.mkv"))).isTrue();
        assertThat(fs.exists(Path.of("/dl/c.mkv"))).isFalse();
        assertThat(fs.content("/lib/c.mkv")).isEqualTo("same");
        assertThat(fs.content("/dl/d.mkv")).isEqualTo("one");
        assertThat(fs.content("/lib/d.mkv")).isEqualTo("two");
        MediaFile a = catalog.findById(moved.requireId()).orElseThrow();
        assertThat(a.path()).isEqualTo(Path.of("/lib/a.mkv"));
        assertThat(a.status()).isEqualTo(MediaStatus.ORGANIZED);
        assertThat(journal.unfinished()).isEmpty();
        assertThat(journal.findRun(run).orElseThrow().state()).isEqualTo(RunState.INTERRUPTED);
    }

    @Test
    void recoveryFinishesTheSidecarsOfAVideoThatWasAlreadyMoved() {
        MediaFile f = video("/dl/a.mkv", movie("A", 2001, "1080p"), subtitle("/dl/a.en.srt", "en"));
        long run = journal.startRun(LIB, OrganizeMode.MOVE, T).id();
        journal.recordPending(run, List.of(
                new PendingOperation(OperationKind.MOVE, Path.of("/dl/a.mkv"), Path.of("/lib/a.mkv"), f.requireId(),
                        f.size(), T, "PARSED"),
                new PendingOperation(OperationKind.MOVE, Path.of("/dl/a.en.srt"), Path.of("/lib/a.en.srt"),
                        f.requireId(), 3, T, null)));
        fs.createDirectories(LIB);
        fs.move(Path.of("/dl/a.mkv"), Path.of("/lib/a.mkv"), Path.of("/lib/.tmp"), false);

        RecoveryReport r = organize.recover();

        assertThat(r.completed()).isEqualTo(2);
        assertThat(fs.exists(Path.of("/lib/a.en.srt"))).isTrue();
        assertThat(catalog.findById(f.requireId()).orElseThrow().sidecars().get(0).path())
                .isEqualTo(Path.of("/lib/a.en.srt"));
    }

    @Test
    void identifiedEpisodesAreNamedAfterTheProvider() {
        MediaFile f = video("/dl/office.s02e05-e06.mkv", ParsedRelease.builder().type(MediaType.EPISODE)
                .title("office").season(2).episodes(List.of(5, 6)).build());
        f.advanceTo(MediaStatus.IDENTIFIED, null);
        catalog.saveAll(List.of(f));
        com.cineorg.domain.testing.InMemoryIdentificationStore ids = new com.cineorg.domain.testing.InMemoryIdentificationStore();
        ids.saveAll(List.of(new com.cineorg.domain.model.identify.Identification(f.requireId(),
                com.cineorg.domain.model.identify.Identification.Outcome.IDENTIFIED,
                com.cineorg.domain.model.identify.Identification.Method.AUTO,
                com.cineorg.domain.model.metadata.Provider.TVDB, "73244", MediaType.EPISODE, "The Office", 2005, 0.97,
                List.of(), List.of(
                        new com.cineorg.domain.model.metadata.EpisodeInfo(2, 5, null, "Halloween", null),
                        new com.cineorg.domain.model.metadata.EpisodeInfo(2, 6, null, "The Fight", null)),
                new com.cineorg.domain.model.metadata.ExternalIds("tt0386676", "2316", null), List.of(), T)));
        OrganizeLibraryService service = OrganizeLibraryService.withIdentifications(catalog, fs, journal, ids, clock);

        OrganizeReport report = service.organize(command(OrganizeMode.MOVE, null, false, false, true, false));

        assertThat(report.failures()).isEmpty();
        String target = "/lib/TV Shows/The Office (2005)/Season 02/The Office (2005) - S02E05-E06 - Halloween & The Fight";
        assertThat(fs.exists(Path.of(target + ".mkv"))).isTrue();
        // one <episodedetails> per episode, as Kodi reads a multi-episode file; the show's ids go to tvshow.nfo
        String nfo = fs.content(target + ".nfo");
        assertThat(nfo).contains("<showtitle>The Office</showtitle>", "<episode>5</episode>", "<title>Halloween</title>",
                "<episode>6</episode>", "<title>The Fight</title>").doesNotContain("uniqueid");
        assertThat(nfo.split("<episodedetails>", -1)).hasSize(3);
        assertThat(fs.content("/lib/TV Shows/The Office (2005)/tvshow.nfo")).contains("<tvshow>",
                "<title>The Office</title>", "<year>2005</year>",
                "<uniqueid type=\"tmdb\" default=\"true\">2316</uniqueid>", "<uniqueid type=\"tvdb\">73244</uniqueid>",
                "<uniqueid type=\"imdb\">tt0386676</uniqueid>");
    }

    @Test
    void recoverySettlesAnInterruptedUndoBothWays() {
        video("/dl/a.mkv", movie("A", 2001, "1080p"));
        video("/dl/b.mkv", movie("B", 2002, "1080p"));
        OrganizeReport report = organize.organize(move());
        List<com.cineorg.domain.model.library.JournalEntry> moves = journal.operations(report.runId()).stream()
                .filter(e -> e.kind() == OperationKind.MOVE).toList();
        journal.mark(moves.stream().map(com.cineorg.domain.model.library.JournalEntry::id).toList(),
                OperationState.UNDOING, null);
        com.cineorg.domain.model.library.JournalEntry a = moves.get(0);
        fs.move(a.target(), a.source(), Path.of("/dl/.tmp"), false); // the undo of a was done before the crash

        RecoveryReport r = organize.recover();

        assertThat(r.unresolved()).isEmpty();
        assertThat(journal.operations(report.runId()).stream().filter(e -> e.kind() == OperationKind.MOVE)
                .map(e -> e.state()).toList()).containsExactly(OperationState.UNDONE, OperationState.DONE);
        assertThat(fs.exists(a.source())).isTrue();
        assertThat(fs.exists(moves.get(1).target())).isTrue();
        assertThat(catalog.findByPath(a.source()).orElseThrow().status()).isEqualTo(MediaStatus.PARSED);
    }

    @Test
    void noSpaceIsAClearPerFileError() {
        fs.otherDevice("/lib").usableSpace(3);
        video("/dl/Heat.1995.mkv", movie("Heat", 1995, "1080p"));
        OrganizeReport report = organize.organize(move());
        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("not enough space"));
        assertThat(fs.exists(Path.of("/dl/Heat.1995.mkv"))).isTrue();
        Map<String, String> tree = fs.tree();
        assertThat(tree.keySet()).noneMatch(k -> k.startsWith("/lib/Movies/Heat (1995)/"));
    }
}
