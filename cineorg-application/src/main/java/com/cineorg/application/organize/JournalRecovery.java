package com.cineorg.application.organize;

import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.library.OperationKind;
import com.cineorg.domain.model.library.OperationState;
import com.cineorg.domain.model.library.OrganizeRun;
import com.cineorg.domain.model.library.RunState;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.RecoveryReport;
import com.cineorg.domain.port.out.FileOperationsPort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settles the steps a stopped process left PENDING (or UNDOING) by looking at the disk, so that every file exists
 * exactly once, whole:
 *
 * <ul>
 *   <li>a move whose source is still there and whose target is not had not happened: rolled back (a partial
 *       temporary copy is deleted);
 *   <li>a move whose source is gone and whose target is there happened: done;
 *   <li>both there and the same inode (link step of a rename done, unlink not): the source name is removed, done;
 *   <li>both there with equal size and checksum (a whole cross-device copy, source not yet deleted): the source is
 *       deleted, done; with different content nothing is touched and the step is reported.
 * </ul>
 *
 * Copies and links are done when their target exists (a target only ever appears whole: copies go through a
 * synced temporary name), else rolled back. An interrupted undo is settled the same way in the other direction.
 */
final class JournalRecovery {
    private enum Outcome { DONE, NOT_DONE, UNRESOLVED }

    private final MediaCatalogPort catalog;
    private final FileOperationsPort files;
    private final OrganizeJournalPort journal;
    private final Clock clock;

    /** The steps of the runs being settled, read once per recovery (not once per step), with what it settled. */
    private RunSteps steps = new RunSteps();

    private final class RunSteps {
        private final Map<Long, List<JournalEntry>> byRun = new HashMap<>();
        private final Map<Long, Map<Path, JournalEntry>> trashBySource = new HashMap<>();
        private final Map<Long, Set<Path>> placedTargets = new HashMap<>();
        private final Map<Long, OperationState> settled = new HashMap<>();

        List<JournalEntry> of(long runId) {
            return byRun.computeIfAbsent(runId, journal::operations);
        }

        OperationState state(JournalEntry o) {
            return settled.getOrDefault(o.id(), o.state());
        }

        /** The run's step that was to put the file at {@code path} in the trash, if any. */
        JournalEntry trashOf(long runId, Path path) {
            return trashBySource.computeIfAbsent(runId, id -> {
                Map<Path, JournalEntry> m = new HashMap<>();
                for (JournalEntry o : of(id)) {
                    if (o.kind() == OperationKind.TRASH) {
                        m.put(o.source(), o);
                    }
                }
                return m;
            }).get(path);
        }

        /** Whether a step of the run was to move, copy or link a file to {@code path}. */
        boolean places(long runId, Path path) {
            return placedTargets.computeIfAbsent(runId, id -> {
                Set<Path> targets = new HashSet<>();
                for (JournalEntry o : of(id)) {
                    if (o.kind() == OperationKind.MOVE || o.kind() == OperationKind.COPY
                            || o.kind() == OperationKind.HARDLINK || o.kind() == OperationKind.SYMLINK) {
                        targets.add(o.target());
                    }
                }
                return targets;
            }).contains(path);
        }
    }

    private void mark(JournalEntry e, OperationState state, String note) {
        journal.mark(List.of(e.id()), state, note);
        steps.settled.put(e.id(), state);
    }

    JournalRecovery(MediaCatalogPort catalog, FileOperationsPort files, OrganizeJournalPort journal, Clock clock) {
        this.catalog = catalog;
        this.files = files;
        this.journal = journal;
        this.clock = clock;
    }

    RecoveryReport recover() {
        steps = new RunSteps();
        List<JournalEntry> unfinished = journal.unfinished();
        int completed = 0;
        int rolledBack = 0;
        List<ItemFailure> unresolved = new ArrayList<>();
        // in the order the files were settled: a location is unique in the catalog, and a replaced file leaves its
        // place (to the trash) before the better one takes it
        Map<Long, MediaFile> media = new LinkedHashMap<>();
        List<JournalEntry> deferred = new ArrayList<>();
        for (JournalEntry e : unfinished) {
            boolean undoing = e.state() == OperationState.UNDOING;
            String[] why = new String[1];
            Outcome outcome;
            try {
                outcome = undoing ? settleUndo(e, why) : settle(e, why);
            } catch (RuntimeException ex) {
                outcome = Outcome.UNRESOLVED;
                why[0] = ex.getMessage();
            }
            switch (outcome) {
                case DONE -> {
                    mark(e, undoing ? OperationState.UNDONE : OperationState.DONE,
                            "settled by recovery");
                    completed++;
                    updateCatalog(e, undoing, media);
                }
                case NOT_DONE -> {
                    if (!undoing && e.mediaId() != null && e.kind() != OperationKind.TRASH) {
                        deferred.add(e);
                        continue;
                    }
                    mark(e, undoing ? OperationState.DONE : OperationState.ROLLED_BACK,
                            "settled by recovery: had not happened");
                    rolledBack++;
                }
                case UNRESOLVED -> {
                    mark(e, OperationState.FAILED, why[0]);
                    unresolved.add(new ItemFailure(e.source(), why[0]));
                }
            }
        }
        for (JournalEntry e : deferred) {
            if (finishItem(e)) {
                mark(e, OperationState.DONE, "finished by recovery: its video was already done");
                completed++;
                updateCatalog(e, false, media);
            } else {
                mark(e, OperationState.ROLLED_BACK, "settled by recovery: had not happened");
                rolledBack++;
            }
        }
        if (!media.isEmpty()) {
            catalog.saveLocations(media.values());
        }
        for (OrganizeRun run : journal.runs()) {
            if (run.state() == RunState.RUNNING) {
                journal.finishRun(run.id(), RunState.INTERRUPTED, "stopped before the end; settled by recovery",
                        clock.instant());
            }
        }
        return new RecoveryReport(completed, rolledBack, unresolved);
    }

    /**
     * A step that had not started but belongs to a video whose own step is done (a sidecar, typically) is carried
     * out now, so that a video never ends up organized without its subtitles; so is a better file whose worse one
     * already went to the trash, so that the library does not end up with neither.
     */
    private boolean finishItem(JournalEntry e) {
        boolean siblingDone = steps.of(e.runId()).stream().anyMatch(o -> o.id() != e.id()
                && steps.state(o) == OperationState.DONE && o.kind() != OperationKind.MKDIR
                && (o.kind() == OperationKind.TRASH ? o.source().equals(e.target()) : e.mediaId().equals(o.mediaId())));
        if (!siblingDone || !files.exists(e.source()) || files.exists(e.target())) {
            return false;
        }
        try {
            if (e.target().getParent() != null) {
                files.createDirectories(e.target().getParent());
            }
            switch (e.kind()) {
                case MOVE -> files.move(e.source(), e.target(), e.temp(), false);
                case COPY -> files.copy(e.source(), e.target(), e.temp(), false);
                case HARDLINK -> files.hardlink(e.source(), e.target());
                case SYMLINK -> files.symlink(e.source(), e.target(), true);
                default -> {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException ex) {
            return false;
        }
    }

    private void updateCatalog(JournalEntry e, boolean undoing, Map<Long, MediaFile> media) {
        if (e.mediaId() == null) {
            return;
        }
        MediaFile f = media.remove(e.mediaId());
        if (f == null) {
            Optional<MediaFile> found = catalog.findById(e.mediaId());
            if (found.isEmpty()) {
                return;
            }
            f = found.get();
        }
        media.put(e.mediaId(), f);
        boolean video = undoing ? f.path().equals(e.target()) || f.path().equals(e.source()) : f.path().equals(e.source());
        if (e.kind() == OperationKind.MOVE || e.kind() == OperationKind.TRASH) {
            if (undoing) {
                CatalogMoves.moved(f, e.target(), e.source());
            } else {
                CatalogMoves.moved(f, e.source(), e.target());
            }
        }
        if (video && e.kind() != OperationKind.TRASH) {
            if (undoing) {
                f.advanceTo(CatalogMoves.status(e.priorStatus(), MediaStatus.PARSED), null);
            } else {
                f.advanceTo(MediaStatus.ORGANIZED, e.kind() == OperationKind.MOVE ? null
                        : e.kind().name().toLowerCase() + " at " + e.target());
            }
        }
    }

    private Outcome settle(JournalEntry e, String[] why) {
        if (stillHoldsTheReplacedFile(e)) {
            files.deleteIfExists(e.temp());
            return Outcome.NOT_DONE;
        }
        return switch (e.kind()) {
            case MKDIR -> files.stat(e.target()).filter(FileOperationsPort.FileStat::directory).isPresent()
                    ? Outcome.DONE : Outcome.NOT_DONE;
            case RMDIR -> files.exists(e.target()) ? Outcome.NOT_DONE : Outcome.DONE;
            case MOVE -> settleMove(e.source(), e.target(), e.temp(), why);
            case TRASH -> takenByItsReplacement(e) ? Outcome.DONE : settleMove(e.source(), e.target(), e.temp(), why);
            case COPY, WRITE -> {
                files.deleteIfExists(e.temp());
                yield files.exists(e.target()) ? Outcome.DONE : Outcome.NOT_DONE;
            }
            case HARDLINK, SYMLINK -> files.exists(e.target()) ? Outcome.DONE : Outcome.NOT_DONE;
        };
    }

    private Outcome settleUndo(JournalEntry e, String[] why) {
        return switch (e.kind()) {
            case MKDIR -> {
                files.deleteEmptyDirectory(e.target());
                yield Outcome.DONE;
            }
            case RMDIR -> {
                files.createDirectories(e.target());
                yield Outcome.DONE;
            }
            case MOVE, TRASH -> settleMove(e.target(), e.source(), UndoRunService.undoTemp(e), why);
            case COPY, WRITE, HARDLINK, SYMLINK -> files.exists(e.target()) ? Outcome.NOT_DONE : Outcome.DONE;
        };
    }

    /**
     * The step's target still holds the worse file that a step of the same run was to put in the trash first, and
     * that step had not happened: neither had this one (whatever its kind, the target is not its file).
     */
    private boolean stillHoldsTheReplacedFile(JournalEntry e) {
        if (e.kind() == OperationKind.TRASH || e.kind() == OperationKind.MKDIR || e.kind() == OperationKind.RMDIR) {
            return false;
        }
        JournalEntry trash = steps.trashOf(e.runId(), e.target());
        return trash != null && steps.state(trash) != OperationState.DONE && files.exists(e.target());
    }

    /**
     * The old file is in the trash and another file is at its old place: the better file of the same run that
     * replaced it (a file at the trash name can only have come from there: the name was free when it was planned).
     */
    private boolean takenByItsReplacement(JournalEntry trash) {
        return steps.places(trash.runId(), trash.source()) && files.exists(trash.source())
                && files.exists(trash.target()) && !files.sameFile(trash.source(), trash.target());
    }

    /** Where is a file that was being moved from {@code from} to {@code to}? */
    private Outcome settleMove(Path from, Path to, Path temp, String[] why) {
        boolean atSource = files.exists(from);
        boolean atTarget = files.exists(to);
        boolean atTemp = files.exists(temp);
        if (atTemp) {
            if (atSource) {
                files.deleteIfExists(temp);
            } else if (!atTarget) {
                // a case-only rename goes through a temporary name in the same folder: put it back
                files.move(temp, from, temp.resolveSibling(temp.getFileName() + ".back"), false);
                return Outcome.NOT_DONE;
            }
        }
        if (atSource && !atTarget) {
            return Outcome.NOT_DONE;
        }
        if (!atSource && atTarget) {
            return Outcome.DONE;
        }
        if (!atSource) {
            why[0] = from + ": file is neither at its source nor at " + to;
            return Outcome.UNRESOLVED;
        }
        if (from.toString().equalsIgnoreCase(to.toString()) && files.sameFile(from, to)) {
            return Outcome.DONE; // case-insensitive file system: one file, both spellings resolve to it
        }
        if (files.sameFile(from, to)) {
            files.deleteIfExists(from);
            return Outcome.DONE;
        }
        Optional<FileOperationsPort.FileStat> a = files.stat(from);
        Optional<FileOperationsPort.FileStat> b = files.stat(to);
        if (a.isPresent() && b.isPresent() && a.get().size() == b.get().size()
                && files.checksum(from).equals(files.checksum(to))) {
            files.deleteIfExists(from);
            return Outcome.DONE;
        }
        why[0] = from + ": both it and " + to + " exist with different content; both kept";
        return Outcome.UNRESOLVED;
    }
}
