package com.cineorg.application.organize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.domain.error.FileOperationException.Reason;
import com.cineorg.domain.model.library.CollisionPolicy;
import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.library.NamingData;
import com.cineorg.domain.model.library.OperationKind;
import com.cineorg.domain.model.library.OperationState;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.library.PendingOperation;
import com.cineorg.domain.model.library.RunState;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.port.in.ItemOutcome;
import com.cineorg.domain.port.in.MediaQuery;
import com.cineorg.domain.port.in.OrganizeLibraryCommand;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.port.in.ProgressListener;
import com.cineorg.domain.port.out.FileOperationsPort;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import com.cineorg.domain.testing.InMemoryFileOperations;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import com.cineorg.domain.testing.InMemoryOrganizeJournal;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Runs of several batches, where one batch's file operations run while the journal and catalog record the batches
 * around it: the order the journal promises (PENDING before the file is touched, one final state after) holds, a
 * failure stays with its file, a cancel finishes the batch in flight, and an unexpected error leaves nothing that
 * recovery cannot settle.
 */
class PipelinedBatchesTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final Path LIB = Path.of("/lib");
    private static final int BATCH = 3;

    private final InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();
    private final InMemoryFileOperations fs = new InMemoryFileOperations();
    private final InMemoryOrganizeJournal journal = new InMemoryOrganizeJournal();
    private final Clock clock = Clock.fixed(T, ZoneOffset.UTC);

    private MediaFile video(String path, ParsedRelease parsed) {
        fs.file(path, "video:" + path);
        MediaFile f = MediaFile.discovered(new FileEntry(Path.of(path), ("video:" + path).length(), T, null), null, T);
        f.parsedAs(parsed);
        catalog.saveAll(List.of(f));
        return f;
    }

    private static ParsedRelease movie(String title, int year, String resolution) {
        return ParsedRelease.builder().type(MediaType.MOVIE).title(title).year(year).screenSize(resolution)
                .source("Blu-ray").build();
    }

    /** {@code n} movies named so that the plan keeps their order: Movie 00 (1990), Movie 01 (1991)... */
    private List<MediaFile> movies(int n) {
        List<MediaFile> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(video(String.format("/dl/Movie.%02d.%d.1080p.mkv", i, 1990 + i), movie(String.format("Movie %02d", i),
                    1990 + i, "1080p")));
        }
        return out;
    }

    private static String target(int i) {
        String name = String.format("Movie %02d (%d)", i, 1990 + i);
        return "/lib/Movies/" + name + "/" + name + ".mkv";
    }

    private OrganizeLibraryService service(FileOperationsPort files, OrganizeJournalPort journalPort) {
        return new OrganizeLibraryService(catalog, files, journalPort, clock, BATCH, f -> NamingData.fromParsed(f.parsed()));
    }

    private static OrganizeLibraryCommand command(CollisionPolicy policy, ProgressListener progress) {
        return new OrganizeLibraryCommand(LIB, OrganizeMode.MOVE, null, null, policy, false, false, false, false, false,
                progress);
    }

    /** The file system, seen through a proxy that calls {@code before} ahead of each of its operations. */
    private FileOperationsPort watched(java.util.function.BiConsumer<String, Object[]> before) {
        return (FileOperationsPort) Proxy.newProxyInstance(FileOperationsPort.class.getClassLoader(),
                new Class<?>[] {FileOperationsPort.class}, (p, m, a) -> {
                    before.accept(m.getName(), a);
                    try {
                        return m.invoke(fs, a);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The path a file system operation changes, or null for an operation that only reads. */
    private static Path changedPath(String operation, Object[] args) {
        return switch (operation) {
            case "move", "copy", "hardlink", "symlink" -> (Path) args[1];
            case "createDirectories", "writeNew", "deleteIfExists", "deleteEmptyDirectory" -> (Path) args[0];
            default -> null;
        };
    }

    /** The journal, seen through a proxy that calls {@code then} with the steps of each recordPending it made. */
    @SuppressWarnings("unchecked")
    private OrganizeJournalPort afterPending(java.util.function.Consumer<List<PendingOperation>> then) {
        return (OrganizeJournalPort) Proxy.newProxyInstance(OrganizeJournalPort.class.getClassLoader(),
                new Class<?>[] {OrganizeJournalPort.class}, (p, m, a) -> {
                    Object result;
                    try {
                        result = m.invoke(journal, a);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (m.getName().equals("recordPending")) {
                        then.accept((List<PendingOperation>) a[1]);
                    }
                    return result;
                });
    }

    /** The journal, seen through a proxy that calls {@code onMark} with the ids and state of each mark, first. */
    @SuppressWarnings("unchecked")
    private OrganizeJournalPort beforeMark(java.util.function.BiConsumer<java.util.Collection<Long>, OperationState> onMark) {
        return (OrganizeJournalPort) Proxy.newProxyInstance(OrganizeJournalPort.class.getClassLoader(),
                new Class<?>[] {OrganizeJournalPort.class}, (p, m, a) -> {
                    if (m.getName().equals("mark")) {
                        onMark.accept((java.util.Collection<Long>) a[0], (OperationState) a[1]);
                    }
                    try {
                        return m.invoke(journal, a);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void everyFileOperationRunsOnlyAfterItsStepIsJournaledPendingAndEveryStepEndsDone() {
        movies(10);
        // the paths of every step journaled so far, written by the journal's thread, read by the file lane's
        Set<Path> journaled = ConcurrentHashMap.newKeySet();
        List<String> unjournaled = new java.util.concurrent.CopyOnWriteArrayList<>();
        OrganizeJournalPort recording = afterPending(ops -> {
            for (PendingOperation op : ops) {
                journaled.add(op.target());
            }
        });
        FileOperationsPort files = watched((name, args) -> {
            Path target = changedPath(name, args);
            if (target != null && !journaled.contains(target)) {
                unjournaled.add(name + " " + target);
            }
        });

        OrganizeReport report = service(files, recording).organize(command(null, null));

        assertThat(unjournaled).as("file operations without a PENDING step before them").isEmpty();
        assertThat(report.count(ItemOutcome.Status.ORGANIZED)).isEqualTo(10);
        for (int i = 0; i < 10; i++) {
            assertThat(fs.content(target(i))).isEqualTo(String.format("video:/dl/Movie.%02d.%d.1080p.mkv", i, 1990 + i));
        }
        List<JournalEntry> steps = journal.operations(report.runId());
        // a MKDIR for /lib, /lib/Movies and each movie's folder, and a MOVE per movie
        assertThat(steps).hasSize(22).allMatch(e -> e.state() == OperationState.DONE);
        assertThat(steps).filteredOn(e -> e.kind() == OperationKind.MOVE).hasSize(10);
        assertThat(catalog.list(new MediaQuery(MediaStatus.ORGANIZED, null, null, 0, 100)).items()).hasSize(10)
                .allMatch(f -> f.path().startsWith(LIB));
        assertThat(journal.findRun(report.runId()).orElseThrow().state()).isEqualTo(RunState.FINISHED);
    }

    @Test
    void aFailureInALaterBatchStaysWithItsFileAndIsJournaledFailed() {
        movies(8);
        fs.failOn(target(4), Reason.PERMISSION_DENIED); // second batch

        OrganizeReport report = service(fs, journal).organize(command(null, null));

        assertThat(report.count(ItemOutcome.Status.ORGANIZED)).isEqualTo(7);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(Path.of("/dl/Movie.04.1994.1080p.mkv"));
            assertThat(f.reason()).contains("permission_denied");
        });
        assertThat(fs.content("/dl/Movie.04.1994.1080p.mkv")).isEqualTo("video:/dl/Movie.04.1994.1080p.mkv");
        assertThat(journal.operations(report.runId()))
                .filteredOn(e -> e.kind() == OperationKind.MOVE && e.target().equals(Path.of(target(4))))
                .singleElement().satisfies(e -> {
                    assertThat(e.state()).isEqualTo(OperationState.FAILED);
                    assertThat(e.note()).contains("permission_denied");
                });
        assertThat(journal.operations(report.runId()))
                .filteredOn(e -> !e.target().startsWith(Path.of("/lib/Movies/Movie 04 (1994)")))
                .allMatch(e -> e.state() == OperationState.DONE);
        assertThat(journal.unfinished()).isEmpty();
        assertThat(catalog.findByPath(Path.of("/dl/Movie.04.1994.1080p.mkv")).orElseThrow().status())
                .isEqualTo(MediaStatus.PARSED);
        assertThat(journal.findRun(report.runId()).orElseThrow().state()).isEqualTo(RunState.FINISHED_WITH_FAILURES);
    }

    @Test
    void aCancelFinishesTheBatchInFlightAndSkipsTheRest() {
        movies(12);
        AtomicInteger advances = new AtomicInteger();
        ProgressListener cancelAfterFirstBatch = new ProgressListener() {
            @Override
            public void advance(long done) {
                advances.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return advances.get() > 0;
            }
        };

        OrganizeReport report = service(fs, journal).organize(command(null, cancelAfterFirstBatch));

        // batch 1 is recorded while batch 2 runs; the cancel is seen before batch 3, and batch 2 still finishes
        assertThat(report.count(ItemOutcome.Status.ORGANIZED)).isEqualTo(2 * BATCH);
        assertThat(report.outcomes()).filteredOn(o -> o.status() == ItemOutcome.Status.SKIPPED)
                .hasSize(12 - 2 * BATCH).allMatch(o -> o.detail().equals("cancelled"));
        for (int i = 0; i < 12; i++) {
            String source = String.format("/dl/Movie.%02d.%d.1080p.mkv", i, 1990 + i);
            assertThat(fs.exists(Path.of(i < 2 * BATCH ? target(i) : source))).as("file %d in one place", i).isTrue();
            assertThat(fs.exists(Path.of(i < 2 * BATCH ? source : target(i)))).isFalse();
        }
        assertThat(journal.unfinished()).isEmpty();
        assertThat(catalog.list(new MediaQuery(MediaStatus.ORGANIZED, null, null, 0, 100)).items()).hasSize(2 * BATCH);
    }

    @Test
    void anUnexpectedErrorOnTheFileLaneStopsTheRunAndRecoveryLeavesEveryFileInOnePlace() {
        movies(9);
        AtomicInteger moves = new AtomicInteger();
        FileOperationsPort breaking = watched((name, args) -> {
            if (name.equals("move") && moves.incrementAndGet() == 5) {
                throw new IllegalStateException("bug in a file adapter");
            }
        });
        OrganizeLibraryService service = service(breaking, journal);

        assertThatThrownBy(() -> service.organize(command(null, null))).isInstanceOf(IllegalStateException.class)
                .hasMessage("bug in a file adapter");
        int movesBeforeRecovery = moves.get();
        assertThat(journal.unfinished()).as("the broken batch is left for recovery").isNotEmpty();

        service.recover();

        assertThat(journal.unfinished()).isEmpty();
        for (int i = 0; i < 9; i++) {
            String source = String.format("/dl/Movie.%02d.%d.1080p.mkv", i, 1990 + i);
            boolean atSource = fs.exists(Path.of(source));
            boolean atTarget = fs.exists(Path.of(target(i)));
            assertThat(atSource ^ atTarget).as("file %d exists exactly once", i).isTrue();
            Path where = Path.of(atSource ? source : target(i));
            MediaFile f = catalog.list(MediaQuery.all()).items().stream()
                    .filter(m -> m.path().equals(where)).findFirst().orElse(null);
            assertThat(f).as("the catalog knows file %d where it is", i).isNotNull();
        }
        assertThat(movesBeforeRecovery).as("no move after the error").isEqualTo(5);
    }

    @Test
    void aReplacedFileGoesBackFromTheTrashWhenItsReplacementFails() {
        MediaFile old = video("/lib/Movies/Heat (1995)/Heat (1995).mkv", movie("Heat", 1995, "480p"));
        old.advanceTo(MediaStatus.ORGANIZED, null);
        catalog.saveAll(List.of(old));
        movies(4);
        video("/dl/Heat.1995.2160p.mkv", movie("Heat", 1995, "2160p"));
        fs.failOn("/dl/Heat.1995.2160p.mkv", Reason.PERMISSION_DENIED);

        OrganizeReport report = service(fs, journal).organize(command(CollisionPolicy.REPLACE_IF_BETTER, null));

        assertThat(fs.content("/lib/Movies/Heat (1995)/Heat (1995).mkv"))
                .isEqualTo("video:/lib/Movies/Heat (1995)/Heat (1995).mkv");
        assertThat(report.failures()).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo(Path.of("/dl/Heat.1995.2160p.mkv")));
        List<JournalEntry> steps = journal.operations(report.runId());
        assertThat(steps).filteredOn(e -> e.kind() == OperationKind.TRASH).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(OperationState.ROLLED_BACK);
            assertThat(e.note()).contains("put back");
        });
        assertThat(steps).filteredOn(e -> e.kind() == OperationKind.MOVE && e.source().toString().contains("Heat"))
                .singleElement().satisfies(e -> assertThat(e.state()).isEqualTo(OperationState.FAILED));
        assertThat(catalog.findById(old.requireId()).orElseThrow().path())
                .isEqualTo(Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"));
        assertThat(report.count(ItemOutcome.Status.ORGANIZED)).isEqualTo(4);
        assertThat(journal.unfinished()).isEmpty();
    }

    @Test
    void crossDeviceMovesDeleteTheirSourcesBesideTheNextCopiesAndAreDoneOnlyOnceTheSourceIsGone() {
        fs.otherDevice("/lib");
        movies(7);
        // every source deletion is checked: its file is whole at the target by then
        List<String> early = new java.util.concurrent.CopyOnWriteArrayList<>();
        FileOperationsPort files = watched((name, args) -> {
            if (name.equals("deleteIfExists")) {
                Path source = (Path) args[0];
                int i = Integer.parseInt(source.getFileName().toString().substring(6, 8));
                if (!fs.exists(Path.of(target(i))) || !fs.content(target(i)).equals(fs.content(source.toString()))) {
                    early.add(source.toString());
                }
            }
        });

        List<String> doneTooSoon = new java.util.concurrent.CopyOnWriteArrayList<>();
        OrganizeJournalPort checking = beforeMark((ids, state) -> {
            if (state == OperationState.DONE) {
                for (JournalEntry e : journal.unfinished()) {
                    if (ids.contains(e.id()) && e.kind() == OperationKind.MOVE && fs.exists(e.source())) {
                        doneTooSoon.add(e.source().toString());
                    }
                }
            }
        });

        OrganizeReport report = service(files, checking).organize(command(null, null));

        assertThat(early).as("sources deleted before their copy was in place").isEmpty();
        assertThat(doneTooSoon).as("moves marked DONE while their source was still there").isEmpty();
        assertThat(report.count(ItemOutcome.Status.ORGANIZED)).isEqualTo(7);
        for (int i = 0; i < 7; i++) {
            String source = String.format("/dl/Movie.%02d.%d.1080p.mkv", i, 1990 + i);
            assertThat(fs.content(target(i))).isEqualTo("video:" + source);
            assertThat(fs.exists(Path.of(source))).isFalse();
        }
        assertThat(journal.operations(report.runId())).allMatch(e -> e.state() == OperationState.DONE);
        assertThat(catalog.list(new MediaQuery(MediaStatus.ORGANIZED, null, null, 0, 100)).items()).hasSize(7)
                .allMatch(f -> f.path().startsWith(LIB));
    }

    @Test
    void aCrossDeviceSourceThatCannotBeDeletedFailsItsFileAsAMoveWouldAndItsCopyIsRemoved() {
        fs.otherDevice("/lib");
        movies(5);
        String stuck = "/dl/Movie.03.1993.1080p.mkv";
        FileOperationsPort files = watched((name, args) -> {
            if (name.equals("deleteIfExists") && args[0].equals(Path.of(stuck))) {
                throw new com.cineorg.domain.error.FileOperationException(Reason.PERMISSION_DENIED, Path.of(stuck),
                        stuck + ": cannot delete: permission denied");
            }
        });

        Set<Long> markedDone = ConcurrentHashMap.newKeySet();
        OrganizeJournalPort recording = beforeMark((ids, state) -> {
            if (state == OperationState.DONE) {
                markedDone.addAll(ids);
            }
        });

        OrganizeReport report = service(files, recording).organize(command(null, null));

        assertThat(journal.operations(report.runId()))
                .filteredOn(e -> e.kind() == OperationKind.MOVE && e.source().equals(Path.of(stuck)))
                .singleElement().satisfies(e -> assertThat(markedDone).doesNotContain(e.id()));
        assertThat(report.count(ItemOutcome.Status.ORGANIZED)).isEqualTo(4);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(Path.of(stuck));
            assertThat(f.reason()).contains("not moved: the source cannot be deleted").contains("permission denied");
        });
        assertThat(fs.content(stuck)).isEqualTo("video:" + stuck);
        assertThat(fs.exists(Path.of(target(3)))).as("no untracked copy is left in the library").isFalse();
        assertThat(journal.operations(report.runId()))
                .filteredOn(e -> e.kind() == OperationKind.MOVE && e.source().equals(Path.of(stuck)))
                .singleElement().satisfies(e -> assertThat(e.state()).isEqualTo(OperationState.FAILED));
        assertThat(catalog.findByPath(Path.of(stuck)).orElseThrow().status()).isEqualTo(MediaStatus.PARSED);
        assertThat(journal.unfinished()).isEmpty();
    }

    @Test
    void aFolderThatAppearsAfterItsMkdirWasJournaledIsUsedButNotClaimedSoUndoLeavesIt() {
        movies(2);
        Path appearing = Path.of(target(1)).getParent();
        boolean[] made = {false};
        // the steps are journaled; another program creates the folder before this run gets to it
        OrganizeJournalPort racing = afterPending(ops -> {
            if (!made[0]) {
                made[0] = true;
                fs.createDirectories(appearing);
            }
        });

        OrganizeReport report = service(fs, racing).organize(command(null, null));

        assertThat(made[0]).isTrue();
        assertThat(report.count(ItemOutcome.Status.ORGANIZED)).isEqualTo(2);
        assertThat(journal.operations(report.runId()))
                .filteredOn(e -> e.kind() == OperationKind.MKDIR && e.target().equals(appearing))
                .singleElement().satisfies(e -> {
                    assertThat(e.state()).isEqualTo(OperationState.ROLLED_BACK);
                    assertThat(e.note()).isEqualTo("the folder was there already");
                });

        new UndoRunService(catalog, fs, journal, clock).undo(report.runId(), null);

        assertThat(fs.exists(Path.of("/dl/Movie.01.1991.1080p.mkv"))).isTrue();
        assertThat(fs.exists(appearing)).as("a folder this run did not make stays").isTrue();
        assertThat(fs.exists(Path.of(target(0)).getParent())).as("a folder this run made goes").isFalse();
    }

    @Test
    void aFolderThatAppearsBetweenPlanAndApplyIsUsedButNotClaimed() {
        movies(2);
        Path appearing = Path.of(target(1)).getParent();
        boolean[] made = {false};
        FileOperationsPort files = (FileOperationsPort) Proxy.newProxyInstance(FileOperationsPort.class.getClassLoader(),
                new Class<?>[] {FileOperationsPort.class}, (p, m, a) -> {
                    // the plan is made (it found the folder missing); another program creates it before the apply
                    if (m.getName().equals("stat") && !made[0] && a[0].toString().startsWith("/dl/")) {
                        made[0] = true;
                        fs.createDirectories(appearing);
                    }
                    try {
                        return m.invoke(fs, a);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        OrganizeReport report = service(files, journal).organize(command(null, null));

        assertThat(made[0]).isTrue();
        assertThat(report.count(ItemOutcome.Status.ORGANIZED)).isEqualTo(2);
        assertThat(fs.content(target(1))).isEqualTo("video:/dl/Movie.01.1991.1080p.mkv");
        assertThat(journal.operations(report.runId()))
                .filteredOn(e -> e.kind() == OperationKind.MKDIR && e.target().equals(appearing))
                .singleElement().satisfies(e -> assertThat(e.state()).isEqualTo(OperationState.ROLLED_BACK));
        new UndoRunService(catalog, fs, journal, clock).undo(report.runId(), null);
        assertThat(fs.exists(appearing)).as("a folder this run did not make stays").isTrue();
    }

    @Test
    void aCrossDeviceVideoWhoseSourceCannotBeDeletedKeepsItsSubtitleInPlace() {
        fs.otherDevice("/lib");
        fs.file("/dl/Heat.1995.en.srt", "sub");
        MediaFile heat = video("/dl/Heat.1995.mkv", movie("Heat", 1995, "1080p"));
        heat.attach(List.of(new com.cineorg.domain.model.media.Sidecar(Path.of("/dl/Heat.1995.en.srt"),
                com.cineorg.domain.model.media.SidecarKind.SUBTITLE, "en", List.of())));
        catalog.saveAll(List.of(heat));
        Path heatTarget = Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv");
        FileOperationsPort files = watched((name, args) -> {
            Path source = Path.of("/dl/Heat.1995.mkv");
            if (args.length > 0 && source.equals(args[0]) && (name.equals("deleteIfExists") || name.equals("move"))) {
                if (name.equals("move")) { // as the real adapter does: the synced copy is in place, the delete fails
                    fs.copy(source, heatTarget, (Path) args[2], false);
                }
                throw new com.cineorg.domain.error.FileOperationException(Reason.PERMISSION_DENIED, source,
                        source + ": copied, but cannot delete the source: permission denied");
            }
        });

        OrganizeReport report = service(files, journal).organize(command(null, null));

        assertThat(report.failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("cannot delete the source"));
        assertThat(fs.content("/dl/Heat.1995.mkv")).isEqualTo("video:/dl/Heat.1995.mkv");
        assertThat(fs.content("/dl/Heat.1995.en.srt")).as("the subtitle stays with its video").isEqualTo("sub");
        assertThat(fs.exists(Path.of("/lib/Movies/Heat (1995)/Heat (1995).en.srt"))).isFalse();
        MediaFile stored = catalog.findById(heat.requireId()).orElseThrow();
        assertThat(stored.path()).isEqualTo(Path.of("/dl/Heat.1995.mkv"));
        assertThat(stored.sidecars()).singleElement()
                .satisfies(sc -> assertThat(sc.path()).isEqualTo(Path.of("/dl/Heat.1995.en.srt")));
        assertThat(journal.unfinished()).isEmpty();
    }

    @Test
    void aCrossDeviceSourceThatChangesAfterItsCopyIsNotDeleted() {
        fs.otherDevice("/lib");
        movies(3);
        String changing = "/dl/Movie.01.1991.1080p.mkv";
        FileOperationsPort files = watched((name, args) -> {
            // the deletion's own look at the source: someone has written a new file there since the copy
            if (name.equals("stat") && args[0].equals(Path.of(changing))
                    && Thread.currentThread().getName().startsWith("cineorg-organize-delete")) {
                fs.file(Path.of(changing), "a new, longer file written after the copy", T.plusSeconds(60));
            }
        });

        OrganizeReport report = service(files, journal).organize(command(null, null));

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(Path.of(changing));
            assertThat(f.reason()).contains("changed after it was copied; both are kept");
        });
        assertThat(fs.content(changing)).isEqualTo("a new, longer file written after the copy");
        assertThat(fs.content(target(1))).isEqualTo("video:" + changing);
        assertThat(report.count(ItemOutcome.Status.ORGANIZED)).isEqualTo(2);
    }

    @Test
    void aBatchsFileOperationsRunOnAnotherThreadWhileTheNextBatchIsJournaled() throws Exception {
        movies(2 * BATCH);
        java.util.concurrent.CountDownLatch secondBatchJournaled = new java.util.concurrent.CountDownLatch(1);
        int[] pendingCalls = {0};
        OrganizeJournalPort signalling = afterPending(ops -> {
            if (++pendingCalls[0] == 2) {
                secondBatchJournaled.countDown();
            }
        });
        Set<String> threads = ConcurrentHashMap.newKeySet();
        boolean[] overlapped = {false};
        FileOperationsPort files = watched((name, args) -> {
            if (name.equals("move")) {
                threads.add(Thread.currentThread().getName());
                if (args[0].toString().contains("Movie.00.")) {
                    // the first batch's first move waits until the caller has journaled the second batch: only a
                    // pipelined run gets there (a serial one would wait for the timeout and fail below)
                    try {
                        overlapped[0] = secondBatchJournaled.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });

        OrganizeReport report = service(files, signalling).organize(command(null, null));

        assertThat(overlapped[0]).as("batch 2 journaled while batch 1's files were being moved").isTrue();
        assertThat(threads).containsExactly("cineorg-organize-files");
        assertThat(report.count(ItemOutcome.Status.ORGANIZED)).isEqualTo(2 * BATCH);
        assertThat(journal.unfinished()).isEmpty();
    }
}
