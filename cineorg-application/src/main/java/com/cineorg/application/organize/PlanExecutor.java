package com.cineorg.application.organize;

import com.cineorg.domain.error.CineOrgException;
import com.cineorg.domain.error.ConflictException;
import com.cineorg.domain.error.FileOperationException;
import com.cineorg.domain.model.library.FileMove;
import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.library.NamingData;
import com.cineorg.domain.model.library.NfoDocument;
import com.cineorg.domain.model.library.OperationKind;
import com.cineorg.domain.model.library.OperationState;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.library.OrganizePlan;
import com.cineorg.domain.model.library.OrganizeRun;
import com.cineorg.domain.model.library.PendingOperation;
import com.cineorg.domain.model.library.RunState;
import com.cineorg.domain.model.library.SidecarMove;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.SidecarKind;
import com.cineorg.domain.port.in.ApplyOptions;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.ItemOutcome;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.port.in.RecoveryReport;
import com.cineorg.domain.port.out.FileOperationsPort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import com.cineorg.domain.scan.MediaFileClassifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Applies a plan in batches: each batch's steps are journaled PENDING (one durable write) before any of them
 * starts, then done in order, the catalog updated, and the steps marked DONE (a second write). Folders are not
 * synced per step: a cross-device copy syncs its data and its new name before the source is deleted (in the file
 * adapter), and every other state a power cut could leave (a rename not yet on disk, two names of one inode) is one
 * that recovery settles. A failed step fails its file only; the source stays intact and the next file goes on.
 */
final class PlanExecutor {
    /**
     * Files per batch. Each batch is three transactions (steps PENDING, catalog, steps DONE), and each rewrites
     * every database page it touches: catalog rows of a batch are spread over the table (ids follow the scan order,
     * plans follow the names), so 1,024 files write about half the WAL that 256 do (10,000 files: 103 MiB instead
     * of 190 MiB), which a busy disk feels. Cancelling waits for the batch in progress.
     */
    static final int DEFAULT_BATCH = 1024;

    /** The first batch of a run; each next one is twice as large, up to the batch size. */
    static final int FIRST_BATCH = 128;

    private enum Role { DIR, TRASH, MAIN, SIDECAR, NFO }

    private static final class Item {
        final FileMove move;
        final List<PendingOperation> ops = new ArrayList<>();
        final List<Role> roles = new ArrayList<>();
        final Map<Integer, byte[]> contents = new HashMap<>();
        final List<String> notes = new ArrayList<>();
        List<JournalEntry> entries = List.of();
        /** Steps that failed, with their error, and a trashed file put back: journaled when the batch finishes. */
        final Map<Long, String> failedSteps = new LinkedHashMap<>();
        /** Indexes of the cross-device MOVE steps: copied in turn, their sources deleted beside the next copies. */
        final Set<Integer> crossDeviceMoves = new HashSet<>();
        /** MKDIR steps whose folder was there already (made by someone else since it was journaled). */
        final List<Long> alreadyThere = new ArrayList<>();
        Long putBack;
        String failure;
        /** A saved plan applied again: the source is gone and the target is this file (same size and time). */
        boolean alreadyApplied;
        boolean mainDone;

        Item(FileMove move) {
            this.move = move;
        }

        void add(Role role, PendingOperation op) {
            roles.add(role);
            ops.add(op);
        }
    }

    /**
     * What one run learned about the target side: folders that exist or that a journaled MKDIR of this run creates,
     * and the device of folders (a folder still to be created is on the device of the folder it goes into).
     */
    private static final class Folders {
        final Set<Path> known = new HashSet<>();
        final Map<Path, String> devices = new HashMap<>();
        /**
         * Folders the plan, made a moment before, found missing: journaled MKDIR without another look. In a new
         * library that look is a slow lookup in a folder where the file lane's mkdirs hold the lock (organize of
         * 10,000 files through the launcher: 4.08 s against 4.31 s on average, 7 of 8 interleaved pairs faster).
         * Should one have appeared since, its MKDIR creates nothing and is not claimed (see {@code alreadyThere}).
         */
        final Set<Path> missingAtPlan;
        /** The tvshow.nfo files this run writes (one per show, by the first of its episodes that needs one). */
        final Set<Path> showNfos = new HashSet<>();

        Folders(Set<Path> missingAtPlan) {
            this.missingAtPlan = missingAtPlan;
        }
    }

    /** One batch on its way: planned steps journaled PENDING, then performed, then finished in the database. */
    private static final class Batch {
        final List<Item> items;
        final Map<Long, MediaFile> media;
        final Set<Long> doneIds = new LinkedHashSet<>();
        final List<Long> notStarted = new ArrayList<>();

        Batch(List<Item> items, Map<Long, MediaFile> media) {
            this.items = items;
            this.media = media;
        }
    }

    /**
     * Where a batch's file operations run: a second thread when the plan has more than one batch (so that the
     * database work of the batches before and after overlaps them), else the caller's thread. Closing waits for the
     * batch in flight, so that no file is touched after the run returns or fails.
     */
    private final class FileLane implements AutoCloseable {
        private final ExecutorService executor;
        private final SourceDeleter deleter = new SourceDeleter();
        /** Folders of this run that could not be created, with why: later files for them fail with that reason. */
        private final Map<Path, String> failedDirs = new ConcurrentHashMap<>();
        private Future<?> last;

        FileLane(boolean threaded) {
            this.executor = threaded ? Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "cineorg-organize-files");
                t.setDaemon(true);
                return t;
            }) : null;
        }

        Future<?> start(Batch batch, ApplyOptions options) {
            if (executor == null) {
                performBatch(batch, options, deleter, failedDirs);
                return CompletableFuture.completedFuture(null);
            }
            last = executor.submit(() -> performBatch(batch, options, deleter, failedDirs));
            return last;
        }

        /** Waits for a batch's file operations; an unexpected error there is rethrown here. */
        void await(Future<?> batch) {
            try {
                waitUninterruptibly(batch);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            if (executor == null) {
                deleter.close();
                return;
            }
            try {
                if (last != null) {
                    waitUninterruptibly(last);
                }
            } catch (ExecutionException e) {
                // the run is already failing with the error that stopped it; this batch's steps stay PENDING
            } finally {
                executor.shutdown();
                deleter.close();
            }
        }

        static void waitUninterruptibly(Future<?> f) throws ExecutionException {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        f.get();
                        return;
                    } catch (InterruptedException e) {
                        interrupted = true; // the files of a started batch are always seen through
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private final MediaCatalogPort catalog;
    private final FileOperationsPort files;
    private final OrganizeJournalPort journal;
    private final Clock clock;
    private final int batchSize;
    private final Function<MediaFile, NamingData> naming;

    PlanExecutor(MediaCatalogPort catalog, FileOperationsPort files, OrganizeJournalPort journal, Clock clock,
            int batchSize, Function<MediaFile, NamingData> naming) {
        this.catalog = catalog;
        this.files = files;
        this.journal = journal;
        this.clock = clock;
        this.batchSize = batchSize;
        this.naming = naming;
    }

    /**
     * @param known catalog files already loaded by the caller, by id (others are loaded per batch)
     * @param missingAtPlan target folders the plan just found missing (empty for a saved plan)
     */
    OrganizeReport execute(OrganizePlan plan, ApplyOptions options, RecoveryReport recovery, Instant started,
            Map<Long, MediaFile> known, Set<Path> missingAtPlan) {
        if (plan.moves().stream().allMatch(m -> m.action() == FileMove.Action.SKIP)) {
            // nothing to move, link or write: no run in the history (a cron pass every half hour that finds nothing
            // new would fill it with empty runs, and `undo` would have nothing to put back)
            List<ItemOutcome> skipped = new ArrayList<>();
            for (FileMove m : plan.moves()) {
                skipped.add(new ItemOutcome(m.source(), null, ItemOutcome.Status.SKIPPED, m.reason()));
            }
            return new OrganizeReport(plan, null, false, skipped, List.of(), recovery,
                    Duration.between(started, clock.instant()));
        }
        OrganizeRun run = journal.startRun(plan.library(), plan.mode(), clock.instant());
        List<ItemOutcome> outcomes = new ArrayList<>();
        List<ItemFailure> failures = new ArrayList<>();
        Folders knownDirs = new Folders(missingAtPlan);
        Set<Path> emptiedCandidates = new LinkedHashSet<>();
        Set<Path> sources = new LinkedHashSet<>();
        options.progress().phase("organize", plan.moves().size());
        long done = 0;
        List<FileMove> moves = plan.moves();
        // Batch N's file operations run on a second thread while this one journals batch N+1 PENDING and then
        // records batch N-1 in the catalog and marks its steps DONE: the database and the disk work at the same
        // time. A batch's steps are still durable PENDING before any of its files is touched; at most two batches
        // are ever between PENDING and DONE, which is what recovery settles after a crash.
        // the first batches are smaller, so that the disk starts working after a short first write, not a full one
        int size = Math.min(batchSize, FIRST_BATCH);
        List<ItemOutcome> cancelled = new ArrayList<>();
        try (FileLane lane = new FileLane(moves.size() > size)) {
            Batch performing = null;
            Future<?> inFlight = null;
            int from = 0;
            while (true) {
                Batch next = null;
                if (from < moves.size()) {
                    if (options.progress().cancelled()) {
                        for (FileMove m : moves.subList(from, moves.size())) {
                            cancelled.add(new ItemOutcome(m.source(), m.target(), ItemOutcome.Status.SKIPPED, "cancelled"));
                        }
                        from = moves.size(); // the batch in flight still finishes, and reports before these
                    } else {
                        int to = Math.min(moves.size(), from + size);
                        size = Math.min(batchSize, 2 * size);
                        next = prepareBatch(run, plan, moves.subList(from, to), options, knownDirs, known);
                        from = to;
                    }
                }
                if (inFlight != null) {
                    lane.await(inFlight);
                }
                Future<?> launched = next == null ? null : lane.start(next, options);
                if (performing != null) {
                    finishBatch(performing, plan);
                    collect(performing, plan, outcomes, failures, sources, emptiedCandidates);
                    done += performing.items.size();
                    options.progress().advance(done);
                }
                performing = next;
                inFlight = launched;
                if (performing == null && from >= moves.size()) {
                    break;
                }
            }
        }
        outcomes.addAll(cancelled);
        if (options.cleanEmpty() && plan.mode() == OrganizeMode.MOVE && !emptiedCandidates.isEmpty()) {
            cleanEmpty(run, plan.library(), emptiedCandidates, sources, failures);
        }
        long failed = outcomes.stream().filter(o -> o.status() == ItemOutcome.Status.FAILED).count();
        long organized = outcomes.stream().filter(o -> o.status() == ItemOutcome.Status.ORGANIZED).count();
        journal.finishRun(run.id(), failures.isEmpty() ? RunState.FINISHED : RunState.FINISHED_WITH_FAILURES,
                organized + " organized, " + failed + " failed, "
                        + outcomes.stream().filter(o -> o.status() == ItemOutcome.Status.SKIPPED).count() + " skipped",
                clock.instant());
        return new OrganizeReport(plan, run.id(), false, outcomes, failures, recovery,
                Duration.between(started, clock.instant()));
    }

    private static ItemOutcome outcome(Item item) {
        FileMove m = item.move;
        if (m.action() == FileMove.Action.SKIP) {
            return new ItemOutcome(m.source(), null, ItemOutcome.Status.SKIPPED, m.reason());
        }
        if (item.failure != null) {
            return new ItemOutcome(m.source(), m.target(), ItemOutcome.Status.FAILED, item.failure);
        }
        if (item.alreadyApplied) {
            return new ItemOutcome(m.source(), m.target(), ItemOutcome.Status.IN_PLACE,
                    "already moved there (this plan was applied before)");
        }
        String detail = item.notes.isEmpty() ? m.reason() : String.join("; ", item.notes);
        return new ItemOutcome(m.source(), m.target(),
                m.action() == FileMove.Action.IN_PLACE ? ItemOutcome.Status.IN_PLACE : ItemOutcome.Status.ORGANIZED,
                detail);
    }

    private static void collect(Batch batch, OrganizePlan plan, List<ItemOutcome> outcomes, List<ItemFailure> failures,
            Set<Path> sources, Set<Path> emptiedCandidates) {
        for (Item item : batch.items) {
            ItemOutcome outcome = outcome(item);
            outcomes.add(outcome);
            if (outcome.status() == ItemOutcome.Status.FAILED) {
                failures.add(new ItemFailure(item.move.source(), item.failure));
            } else {
                for (String note : item.notes) {
                    failures.add(new ItemFailure(item.move.source(), note));
                }
            }
            if (item.mainDone && plan.mode() == OrganizeMode.MOVE && item.move.source().getParent() != null) {
                sources.add(item.move.source());
                emptiedCandidates.add(item.move.source().getParent());
                for (SidecarMove s : item.move.sidecars()) {
                    if (s.moves() && s.source().getParent() != null) {
                        emptiedCandidates.add(s.source().getParent());
                    }
                }
            }
        }
    }

    /**
     * Loads the batch's catalog files, checks each source and target, and journals every step PENDING (one durable
     * write). Nothing on disk changes here.
     */
    private Batch prepareBatch(
            OrganizeRun run, OrganizePlan plan, List<FileMove> moves, ApplyOptions options, Folders knownDirs,
            Map<Long, MediaFile> known) {
        List<Item> items = new ArrayList<>(moves.size());
        Set<Long> ids = new HashSet<>();
        Map<Long, MediaFile> media = new HashMap<>();
        for (FileMove m : moves) {
            if (m.mediaId() != null && m.action() != FileMove.Action.SKIP) {
                MediaFile f = known.get(m.mediaId());
                if (f != null) {
                    media.put(m.mediaId(), f);
                } else {
                    ids.add(m.mediaId());
                }
            }
        }
        if (!ids.isEmpty()) {
            for (MediaFile f : catalog.findAllById(ids)) {
                media.put(f.requireId(), f);
            }
        }
        List<PendingOperation> all = new ArrayList<>();
        for (FileMove m : moves) {
            Item item = new Item(m);
            items.add(item);
            if (m.action() != FileMove.Action.SKIP) {
                try {
                    prepare(item, plan, options, knownDirs, media.get(m.mediaId()));
                } catch (CineOrgException e) {
                    item.failure = e.getMessage();
                    for (int i = 0; i < item.ops.size(); i++) {
                        if (item.roles.get(i) == Role.DIR) {
                            knownDirs.known.remove(item.ops.get(i).target()); // not created after all
                        }
                    }
                    item.ops.clear();
                    item.roles.clear();
                }
            }
            all.addAll(item.ops);
        }
        if (!all.isEmpty()) { // a batch of files already in place has nothing to journal
            List<JournalEntry> entries = journal.recordPending(run.id(), all);
            int at = 0;
            for (Item item : items) {
                item.entries = entries.subList(at, at + item.ops.size());
                at += item.ops.size();
            }
        }
        return new Batch(items, media);
    }

    /** The batch's file operations, in order; touches the file system only (it may run on the file lane). */
    private void performBatch(Batch batch, ApplyOptions options, SourceDeleter deleter, Map<Path, String> failedDirs) {
        List<DeferredDelete> deferred = new ArrayList<>();
        try {
            for (Item item : batch.items) {
                perform(item, options, batch.doneIds, batch.notStarted, deleter, deferred, failedDirs);
            }
        } catch (RuntimeException | Error e) {
            try {
                settle(deferred, batch.doneIds); // the deletions already started are still seen through
            } catch (RuntimeException | Error other) {
                e.addSuppressed(other);
            }
            throw e;
        }
        settle(deferred, batch.doneIds);
    }

    /** The source deletion of a cross-device move, copied already. */
    private record DeferredDelete(Item item, JournalEntry step, Role role, Future<?> deletion) {}

    /**
     * Waits for the batch's source deletions: a step whose source is gone is DONE; one whose source cannot be deleted
     * failed, as a move that cannot delete its source does (the copy is removed, the source stays in place).
     */
    private static void settle(List<DeferredDelete> deferred, Set<Long> doneIds) {
        RuntimeException unexpected = null;
        for (DeferredDelete d : deferred) {
            try {
                FileLane.waitUninterruptibly(d.deletion());
                doneIds.add(d.step().id());
                if (d.role() == Role.MAIN) {
                    d.item().mainDone = true;
                }
            } catch (ExecutionException ex) {
                if (ex.getCause() instanceof Error err) {
                    throw err;
                }
                if (!(ex.getCause() instanceof CineOrgException c)) {
                    if (unexpected == null) {
                        unexpected = ex.getCause() instanceof RuntimeException r ? r : new IllegalStateException(ex.getCause());
                    }
                    continue;
                }
                String message = "not moved: the source cannot be deleted: " + c.getMessage();
                d.item().failedSteps.put(d.step().id(), message);
                if (d.role() == Role.MAIN) {
                    d.item().failure = message;
                } else {
                    d.item().notes.add(message);
                }
            }
        }
        if (unexpected != null) {
            throw unexpected;
        }
    }

    /**
     * Deletes the sources of cross-device moves on a thread of its own: freeing a large file's blocks takes the source
     * disk a while (longer still with online discard), and the next copy need not wait for it.
     */
    private final class SourceDeleter implements AutoCloseable {
        private ExecutorService executor;

        /** Deletes the step's source if it still is the file that was copied (same size and modification time). */
        synchronized Future<?> delete(JournalEntry step) {
            if (executor == null) {
                executor = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "cineorg-organize-delete");
                    t.setDaemon(true);
                    return t;
                });
            }
            return executor.submit(() -> {
                Optional<FileOperationsPort.FileStat> now = files.stat(step.source());
                if (now.isEmpty()) {
                    return null; // gone already: the copy is the file
                }
                if (now.get().size() != step.size() || (step.mtime() != null
                        && now.get().mtime().toEpochMilli() != step.mtime().toEpochMilli())) {
                    throw new ConflictException(step.source() + ": changed after it was copied; both are kept");
                }
                try {
                    files.deleteIfExists(step.source());
                } catch (CineOrgException e) {
                    // the source stays: the copy goes, so that the file exists once, where it was (the step fails,
                    // and nothing in the journal or the catalog would know of a copy left in the library)
                    if (files.exists(step.source())) {
                        files.deleteIfExists(step.target());
                    }
                    throw e;
                }
                return null;
            });
        }

        @Override
        public synchronized void close() {
            if (executor != null) {
                executor.shutdown(); // every deletion was waited for by its batch
            }
        }
    }

    /** Records what the batch did: the catalog, then each step's final state in the journal. */
    private void finishBatch(Batch batch, OrganizePlan plan) {
        Set<Long> doneIds = batch.doneIds;
        List<MediaFile> changed = new ArrayList<>();
        // the replaced files first: a location is unique in the catalog, and the better file takes the old one's
        for (Item item : batch.items) {
            for (int i = 0; i < item.entries.size(); i++) {
                if (item.roles.get(i) == Role.TRASH && doneIds.contains(item.entries.get(i).id())) {
                    JournalEntry e = item.entries.get(i);
                    catalog.findByPath(e.source()).ifPresent(old -> {
                        CatalogMoves.moved(old, e.source(), e.target());
                        old.advanceTo(old.status(), "replaced by a better file; kept in the trash folder");
                        changed.add(old);
                    });
                }
            }
        }
        for (Item item : batch.items) {
            MediaFile f = item.move.mediaId() == null ? null : batch.media.get(item.move.mediaId());
            if (f == null || item.failure != null) {
                continue;
            }
            if (item.move.action() == FileMove.Action.IN_PLACE || item.mainDone) {
                for (int i = 0; i < item.entries.size(); i++) {
                    JournalEntry e = item.entries.get(i);
                    if (e.kind() == OperationKind.MOVE && doneIds.contains(e.id())) {
                        CatalogMoves.moved(f, e.source(), e.target());
                    }
                }
                f.advanceTo(MediaStatus.ORGANIZED, plan.mode() == OrganizeMode.MOVE
                        || item.move.action() == FileMove.Action.IN_PLACE ? null
                        : plan.mode().word() + " at " + item.move.target());
                changed.add(f);
            }
        }
        if (!changed.isEmpty()) {
            catalog.saveLocations(changed);
        }
        if (!doneIds.isEmpty()) {
            journal.mark(doneIds, OperationState.DONE, null);
        }
        for (Item item : batch.items) {
            for (Map.Entry<Long, String> failed : item.failedSteps.entrySet()) {
                journal.mark(List.of(failed.getKey()), OperationState.FAILED, failed.getValue());
            }
            if (!item.alreadyThere.isEmpty()) {
                journal.mark(item.alreadyThere, OperationState.ROLLED_BACK, "the folder was there already");
            }
            if (item.putBack != null) {
                journal.mark(List.of(item.putBack), OperationState.ROLLED_BACK, "put back: the replacing file failed");
            }
        }
        if (!batch.notStarted.isEmpty()) {
            journal.mark(batch.notStarted, OperationState.ROLLED_BACK, "not started: an earlier step of this file failed");
        }
    }

    private void prepare(Item item, OrganizePlan plan, ApplyOptions options, Folders knownDirs, MediaFile media) {
        FileMove m = item.move;
        Long id = m.mediaId();
        FileOperationsPort.FileStat sourceStat = null;
        List<Path> missingTargetDirs = null;
        if (m.action() == FileMove.Action.ORGANIZE) {
            Optional<FileOperationsPort.FileStat> stat = files.stat(m.source());
            if (stat.isEmpty() && plan.mode() == OrganizeMode.MOVE && alreadyMoved(m)) {
                item.alreadyApplied = true; // a saved plan applied again: this file is where it was sent
                return;
            }
            if (stat.isEmpty()) {
                throw new FileOperationException(
                        FileOperationException.Reason.SOURCE_MISSING, m.source(),
                        m.source() + ": the file is gone");
            }
            sourceStat = stat.get();
            if (sourceStat.size() != m.size() || sourceStat.mtime().toEpochMilli() != m.mtime().toEpochMilli()) {
                throw conflict(m.source() + ": changed since the plan was made (size or modification time); rescan it");
            }
            // a target folder that does not exist holds no target; the move itself never replaces a file either
            missingTargetDirs = missingDirs(m.target().getParent(), knownDirs);
            if (missingTargetDirs.isEmpty() && files.exists(m.target()) && !m.target().equals(m.displaced())
                    && !files.sameFile(m.source(), m.target())) {
                throw conflict(m.target() + ": already exists (appeared after the plan was made)");
            }
        }
        OperationKind kind = kindFor(plan.mode(), m.source(), sourceStat, m.target(), options, knownDirs);
        boolean crossDevice = m.action() == FileMove.Action.ORGANIZE
                && (kind == OperationKind.MOVE || kind == OperationKind.COPY)
                && !sameFileSystem(m.source(), sourceStat, m.target().getParent(), knownDirs);
        if (crossDevice) {
            long free = files.usableSpace(m.target().getParent());
            if (free < m.size()) {
                throw new FileOperationException(
                        FileOperationException.Reason.NO_SPACE, m.target(),
                        m.target() + ": not enough space (" + m.size() + " bytes needed, " + free + " free)");
            }
        }
        if (m.displaced() != null) {
            if (!files.exists(m.displaced())) {
                throw conflict(m.displaced() + ": the file to replace is gone; plan again");
            }
            dirs(item, m.displacedTo().getParent(), knownDirs);
            Long oldId = catalog.findByPath(m.displaced()).flatMap(MediaFile::id).orElse(null);
            long size = files.stat(m.displaced()).map(FileOperationsPort.FileStat::size).orElse(-1L);
            item.add(Role.TRASH, new PendingOperation(OperationKind.TRASH, m.displaced(), m.displacedTo(), oldId, size,
                    null, null));
        }
        if (missingTargetDirs == null) {
            dirs(item, m.target().getParent(), knownDirs);
        } else {
            journalDirs(item, missingTargetDirs, knownDirs);
        }
        if (m.action() == FileMove.Action.ORGANIZE) {
            if (crossDevice && kind == OperationKind.MOVE) {
                item.crossDeviceMoves.add(item.ops.size());
            }
            item.add(Role.MAIN, new PendingOperation(kind, m.source(), m.target(), id, m.size(), m.mtime(),
                    m.priorStatus()));
        }
        boolean hasNfo = false;
        for (SidecarMove s : m.sidecars()) {
            hasNfo |= s.kind() == SidecarKind.NFO;
            if (!s.moves()) {
                continue;
            }
            Optional<FileOperationsPort.FileStat> st = files.stat(s.source());
            if (st.isEmpty()) {
                item.notes.add(s.source() + ": sidecar is gone; skipped");
                continue;
            }
            if (files.exists(s.target())) {
                item.notes.add(s.target() + ": already exists; sidecar left in place");
                continue;
            }
            dirs(item, s.target().getParent(), knownDirs);
            OperationKind sidecarKind = kindFor(plan.mode(), s.source(), st.get(), s.target(), options, knownDirs);
            if (sidecarKind == OperationKind.MOVE
                    && !sameFileSystem(s.source(), st.get(), s.target().getParent(), knownDirs)) {
                item.crossDeviceMoves.add(item.ops.size());
            }
            item.add(Role.SIDECAR, new PendingOperation(sidecarKind, s.source(), s.target(), id, st.get().size(),
                    st.get().mtime(), null));
        }
        if (options.nfo() && !hasNfo && media != null && m.action() == FileMove.Action.ORGANIZE) {
            String name = m.target().getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path nfo = m.target().resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".nfo");
            NamingData data = naming.apply(media);
            if (!files.exists(nfo)) {
                item.contents.put(item.ops.size(), NfoDocument.render(data).getBytes(StandardCharsets.UTF_8));
                item.add(Role.NFO, new PendingOperation(OperationKind.WRITE, nfo, nfo, null, -1, null, null));
            }
            // once per show: the folder and the document only for an episode whose show has none from this run yet
            Path tvshow = data.type() == MediaType.EPISODE ? showFolder(m.target()).resolve("tvshow.nfo") : null;
            String show = tvshow == null || knownDirs.showNfos.contains(tvshow) ? null : NfoDocument.renderShow(data);
            if (show != null && knownDirs.showNfos.add(tvshow) && !files.exists(tvshow)) {
                item.contents.put(item.ops.size(), show.getBytes(StandardCharsets.UTF_8));
                item.add(Role.NFO, new PendingOperation(OperationKind.WRITE, tvshow, tvshow, null, -1, null, null));
            }
        }
    }

    /** The show's folder of an episode: above its season folder ("Season 01", "Specials"), else its own folder. */
    private static Path showFolder(Path episode) {
        Path folder = episode.getParent();
        Path name = folder.getFileName();
        boolean season = name != null && SEASON_FOLDER.matcher(name.toString()).matches();
        return season && folder.getParent() != null ? folder.getParent() : folder;
    }

    private static final Pattern SEASON_FOLDER =
            Pattern.compile("(?i)(season|saison|staffel|temporada|stagione) ?\\d+|specials");

    /** The source is gone and the target holds a file of its size and modification time: moved by an earlier apply. */
    private boolean alreadyMoved(FileMove m) {
        return m.mtime() != null && files.stat(m.target())
                .filter(t -> !t.directory() && t.size() == m.size()
                        && t.mtime().toEpochMilli() == m.mtime().toEpochMilli())
                .isPresent();
    }

    private static ConflictException conflict(String message) {
        return new ConflictException(message);
    }

    private OperationKind kindFor(OrganizeMode mode, Path source, FileOperationsPort.FileStat sourceStat, Path target,
            ApplyOptions options, Folders folders) {
        return switch (mode) {
            case MOVE -> OperationKind.MOVE;
            case COPY -> OperationKind.COPY;
            case SYMLINK -> OperationKind.SYMLINK;
            case HARDLINK -> {
                if (sameFileSystem(source, sourceStat, target.getParent(), folders)) {
                    yield OperationKind.HARDLINK;
                }
                if (options.fallbackCopy()) {
                    yield OperationKind.COPY;
                }
                throw new FileOperationException(
                        FileOperationException.Reason.CROSS_DEVICE, target,
                        source + ": cannot hard-link into " + target.getParent()
                                + " (another file system); use --fallback copy to copy instead");
            }
        };
    }

    /**
     * Whether {@code source} and the folder {@code dir} are on one file system: the source's device (read with its
     * stat) against the device of the target folder, read once per run; the port answers when a device is unknown.
     */
    private boolean sameFileSystem(Path source, FileOperationsPort.FileStat sourceStat, Path dir, Folders folders) {
        String device = sourceStat == null ? null : sourceStat.device();
        String dirDevice = device == null ? null : deviceOf(dir, folders);
        if (dirDevice == null) {
            return files.sameFileSystem(source, dir);
        }
        return device.equals(dirDevice);
    }

    /** The device of a folder, or of the nearest folder above it that exists; null when unknown. */
    private String deviceOf(Path dir, Folders folders) {
        List<Path> below = new ArrayList<>();
        String device = null;
        for (Path p = dir; p != null; p = p.getParent()) {
            device = folders.devices.get(p);
            if (device != null) {
                break;
            }
            Optional<FileOperationsPort.FileStat> st = folders.known.contains(p) || p.getParent() == null
                    ? files.stat(p) : Optional.empty();
            if (st.isPresent()) {
                device = st.get().device();
                if (device == null) {
                    return null;
                }
                folders.devices.put(p, device);
                break;
            }
            below.add(p);
        }
        if (device != null) {
            for (Path p : below) {
                folders.devices.put(p, device);
            }
        }
        return device;
    }

    /** Journals a MKDIR for every missing folder down to {@code dir}, outermost first. */
    private void dirs(Item item, Path dir, Folders knownDirs) {
        journalDirs(item, missingDirs(dir, knownDirs), knownDirs);
    }

    /** The folders down to {@code dir} that neither exist nor are created by this run yet, outermost first. */
    private List<Path> missingDirs(Path dir, Folders knownDirs) {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !knownDirs.known.contains(p); p = p.getParent()) {
            if (!knownDirs.missingAtPlan.contains(p) && files.isDirectory(p)) {
                knownDirs.known.add(p);
                break;
            }
            missing.add(0, p);
        }
        return missing;
    }

    private void journalDirs(Item item, List<Path> missing, Folders knownDirs) {
        for (Path p : missing) {
            if (knownDirs.known.add(p)) {
                item.add(Role.DIR, new PendingOperation(OperationKind.MKDIR, p, p, null, -1, null, null));
            }
        }
    }

    private void perform(Item item, ApplyOptions options, Set<Long> doneIds, List<Long> notStarted,
            SourceDeleter deleter, List<DeferredDelete> deferred, Map<Path, String> failedDirs) {
        JournalEntry trash = null;
        for (int i = 0; i < item.entries.size(); i++) {
            JournalEntry e = item.entries.get(i);
            Role role = item.roles.get(i);
            if (item.failure != null) {
                notStarted.add(e.id());
                continue;
            }
            try {
                if (e.kind() != OperationKind.MKDIR && e.kind() != OperationKind.RMDIR) {
                    requireFolderMade(e.target(), failedDirs);
                }
                if (item.crossDeviceMoves.contains(i) && i == item.entries.size() - 1) {
                    // the item's last step: copied, synced, verified and renamed into place now; the source goes when
                    // the disk it is on has freed it, beside the next copies. The step is DONE only once the source is
                    // gone. A step with others after it moves in one go, so that a source that cannot be deleted
                    // stops the rest of its item, as with any failed move.
                    files.copy(e.source(), e.target(), e.temp(), options.verify());
                    deferred.add(new DeferredDelete(item, e, role, deleter.delete(e)));
                    continue;
                }
                switch (e.kind()) {
                    case MKDIR -> {
                        if (files.createDirectories(e.target()).isEmpty()) {
                            // made by someone else since it was journaled: not DONE, so undo leaves it
                            item.alreadyThere.add(e.id());
                            continue;
                        }
                    }
                    case MOVE, TRASH -> files.move(e.source(), e.target(), e.temp(), options.verify());
                    case COPY -> files.copy(e.source(), e.target(), e.temp(), options.verify());
                    case HARDLINK -> files.hardlink(e.source(), e.target());
                    case SYMLINK -> files.symlink(e.source(), e.target(), true);
                    case WRITE -> files.writeNew(e.target(), item.contents.get(i), e.temp());
                    case RMDIR -> files.deleteEmptyDirectory(e.target());
                }
                doneIds.add(e.id());
                if (role == Role.TRASH) {
                    trash = e;
                } else if (role == Role.MAIN) {
                    item.mainDone = true;
                }
            } catch (CineOrgException ex) {
                if (e.kind() == OperationKind.MKDIR) {
                    failedDirs.put(e.target(), ex.getMessage());
                }
                item.failedSteps.put(e.id(), ex.getMessage());
                if (role == Role.SIDECAR || role == Role.NFO) {
                    item.notes.add(ex.getMessage());
                } else {
                    item.failure = ex.getMessage();
                    if (trash != null && putBack(trash)) {
                        doneIds.remove(trash.id());
                        item.putBack = trash.id();
                    }
                }
            }
        }
    }

    /**
     * A folder this run failed to create (read-only library, permission denied) fails every later file for it with
     * the same reason, not with "no such file or folder".
     */
    private static void requireFolderMade(Path target, Map<Path, String> failedDirs) {
        if (failedDirs.isEmpty()) {
            return;
        }
        for (Path dir = target.getParent(); dir != null; dir = dir.getParent()) {
            String why = failedDirs.get(dir);
            if (why != null) {
                throw new FileOperationException(FileOperationException.Reason.OTHER, target, why);
            }
        }
    }

    /** The main step failed after the old file went to the trash: the old file goes back to its place. */
    private boolean putBack(JournalEntry trash) {
        try {
            files.move(trash.target(), trash.source(), JournalEntry.temp(trash.source(), trash.id()), false);
            return true;
        } catch (CineOrgException e) {
            return false; // stays in the trash, journaled DONE: undo or a human can still restore it
        }
    }

    /**
     * Removes source folders the run emptied, with their junk (Thumbs.db, .DS_Store...) and empty sub-folders.
     * Folders are removed only below the folder that holds all the run's sources, never that folder itself (a
     * downloads root stays even when it is empty), never the library or a folder above it.
     */
    private void cleanEmpty(
            OrganizeRun run, Path library, Set<Path> candidates, Set<Path> sources, List<ItemFailure> failures) {
        Path common = null;
        for (Path s : sources) {
            Path parent = s.getParent();
            common = common == null ? parent : commonAncestor(common, parent);
        }
        if (common == null) {
            return;
        }
        List<Path> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path dir : ordered) {
            if (!dir.startsWith(common) || dir.equals(common) || library.startsWith(dir) || dir.startsWith(library)) {
                continue;
            }
            List<Path> junk = new ArrayList<>();
            List<Path> subdirs = new ArrayList<>();
            if (!onlyJunk(dir, junk, subdirs)) {
                continue;
            }
            subdirs.add(dir);
            List<PendingOperation> ops = new ArrayList<>();
            for (Path d : subdirs) {
                ops.add(new PendingOperation(OperationKind.RMDIR, d, d, null, -1, null, null));
            }
            List<JournalEntry> entries = journal.recordPending(run.id(), ops);
            try {
                for (Path j : junk) {
                    files.deleteIfExists(j);
                }
                List<Long> done = new ArrayList<>();
                for (JournalEntry e : entries) {
                    if (files.deleteEmptyDirectory(e.target())) {
                        done.add(e.id());
                    }
                }
                journal.mark(done, OperationState.DONE, null);
                List<Long> kept = entries.stream().map(JournalEntry::id).filter(i -> !done.contains(i)).toList();
                if (!kept.isEmpty()) {
                    journal.mark(kept, OperationState.ROLLED_BACK, "not empty");
                }
            } catch (CineOrgException e) {
                failures.add(new ItemFailure(dir, "could not remove the emptied folder: " + e.getMessage()));
                journal.mark(entries.stream().map(JournalEntry::id).toList(), OperationState.FAILED, e.getMessage());
            }
        }
    }

    /** True when the folder holds nothing but junk files and folders that hold nothing but junk (deepest first). */
    private boolean onlyJunk(Path dir, List<Path> junk, List<Path> subdirs) {
        for (Path child : files.list(dir)) {
            Optional<FileOperationsPort.FileStat> st = files.stat(child);
            if (st.isEmpty()) {
                continue;
            }
            if (st.get().directory()) {
                if (!onlyJunk(child, junk, subdirs)) {
                    return false;
                }
                subdirs.add(child);
            } else if (!st.get().symbolicLink() && child.getFileName() != null
                    && MediaFileClassifier.isJunkFile(child.getFileName().toString())) {
                junk.add(child);
            } else {
                return false;
            }
        }
        return true;
    }

    private static Path commonAncestor(Path a, Path b) {
        Path p = a;
        while (p != null && !b.startsWith(p)) {
            p = p.getParent();
        }
        return p;
    }
}
