package com.cineorg.application.organize;

import com.cineorg.domain.error.CineOrgException;
import com.cineorg.domain.error.ConflictException;
import com.cineorg.domain.error.NotFoundException;
import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.library.OperationKind;
import com.cineorg.domain.model.library.OperationState;
import com.cineorg.domain.model.library.OrganizeRun;
import com.cineorg.domain.model.library.RunState;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.ListRunsUseCase;
import com.cineorg.domain.port.in.ProgressListener;
import com.cineorg.domain.port.in.UndoReport;
import com.cineorg.domain.port.in.UndoRunUseCase;
import com.cineorg.domain.port.out.FileOperationsPort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and history. Undo walks a run's DONE steps backwards, in batches journaled
 * UNDOING before and UNDONE after (so an interrupted undo is settled by recovery too): moves go back (never over a file that took the old
 * place), copies and links are removed when they still are what the run made, created folders are removed when
 * empty, removed folders are recreated.
 */
public final class UndoRunService implements UndoRunUseCase, ListRunsUseCase {
    private static final int BATCH = 256;

    private final MediaCatalogPort catalog;
    private final FileOperationsPort files;
    private final OrganizeJournalPort journal;
    private final JournalRecovery recovery;
    private final Clock clock;

    public UndoRunService(MediaCatalogPort catalog, FileOperationsPort files, OrganizeJournalPort journal, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog);
        this.files = Objects.requireNonNull(files);
        this.journal = Objects.requireNonNull(journal);
        this.clock = Objects.requireNonNull(clock);
        this.recovery = new JournalRecovery(catalog, files, journal, clock);
    }

    static Path undoTemp(JournalEntry e) {
        return e.source().resolveSibling(".cineorg-" + e.id() + ".undo.part");
    }

    @Override
    public List<OrganizeRun> listRuns() {
        return journal.runs();
    }

    @Override
    public UndoReport undo(Long runId, ProgressListener progress) {
        ProgressListener p = progress == null ? ProgressListener.NONE : progress;
        recovery.recover();
        OrganizeRun run = null;
        List<JournalEntry> ops = null;
        if (runId != null) {
            run = journal.findRun(runId).orElseThrow(() -> new NotFoundException("no organize run " + runId));
            ops = new ArrayList<>(journal.operations(run.id()));
        } else {
            // a run that changed nothing (a cron pass that found no new file) is not "the last run" a user means to
            // undo: the default passes over it. The chosen run's steps, read to tell, are the ones undone.
            for (OrganizeRun r : journal.runs()) {
                if (r.state() == RunState.UNDONE) {
                    continue;
                }
                List<JournalEntry> steps = journal.operations(r.id());
                if (steps.stream().anyMatch(e -> e.state() == OperationState.DONE)) {
                    run = r;
                    ops = new ArrayList<>(steps);
                    break;
                }
            }
            if (run == null) {
                throw new NotFoundException("no organize run to undo");
            }
        }
        java.util.Collections.reverse(ops);
        ops.removeIf(e -> e.state() != OperationState.DONE);
        if (ops.isEmpty() && run.state() == RunState.UNDONE) {
            // a second `undo N` would report "0 restored" with success, as if it had done something
            throw new ConflictException("run " + run.id() + " was undone already");
        }
        p.phase("undo", ops.size());
        int restored = 0;
        int foldersRemoved = 0;
        List<ItemFailure> failures = new ArrayList<>();
        Map<Long, MediaFile> media = new HashMap<>();
        // in the order the files were put back: a location is unique in the catalog, and after a replace the better
        // file leaves the place before the replaced one returns to it
        Map<Long, MediaFile> touched = new LinkedHashMap<>();
        long done = 0;
        for (int from = 0; from < ops.size(); from += BATCH) {
            List<JournalEntry> chunk = ops.subList(from, Math.min(ops.size(), from + BATCH));
            List<Long> wanted = chunk.stream().map(JournalEntry::mediaId)
                    .filter(id -> id != null && !media.containsKey(id)).distinct().toList();
            if (!wanted.isEmpty()) {
                for (MediaFile f : catalog.findAllById(wanted)) {
                    media.put(f.requireId(), f);
                }
            }
            journal.mark(chunk.stream().map(JournalEntry::id).toList(), OperationState.UNDOING, null);
            List<Long> undone = new ArrayList<>();
            List<Long> kept = new ArrayList<>();
            for (JournalEntry e : chunk) {
                String problem = precheck(e);
                if (problem != null) {
                    journal.mark(List.of(e.id()), OperationState.DONE, "not undone: " + problem);
                    failures.add(new ItemFailure(e.target(), problem));
                    continue;
                }
                try {
                    boolean changed = reverse(e);
                    (changed ? undone : kept).add(e.id());
                    if (e.kind() == OperationKind.MKDIR) {
                        foldersRemoved += changed ? 1 : 0;
                    } else if (e.kind() != OperationKind.RMDIR) {
                        restored++;
                    }
                    updateCatalog(e, media, touched);
                } catch (CineOrgException ex) {
                    journal.mark(List.of(e.id()), OperationState.DONE, "undo failed: " + ex.getMessage());
                    failures.add(new ItemFailure(e.target(), ex.getMessage()));
                }
            }
            journal.mark(undone, OperationState.UNDONE, null);
            journal.mark(kept, OperationState.UNDONE, "kept: not empty");
            done += chunk.size();
            p.advance(done);
        }
        if (!touched.isEmpty()) {
            catalog.saveLocations(touched.values());
        }
        journal.finishRun(run.id(), failures.isEmpty() ? RunState.UNDONE : run.state(),
                "undo: " + restored + " restored, " + failures.size() + " failed", clock.instant());
        return new UndoReport(run.id(), restored, foldersRemoved, failures);
    }

    /** Why a step cannot be undone safely, or null. */
    private String precheck(JournalEntry e) {
        switch (e.kind()) {
            case MOVE, TRASH -> {
                if (!files.exists(e.target())) {
                    return e.target() + ": no longer there; nothing to put back";
                }
                if (files.exists(e.source()) && !files.sameFile(e.source(), e.target())) {
                    return e.source() + ": the old place is taken again; left at " + e.target();
                }
            }
            case COPY -> {
                if (!files.exists(e.source())) {
                    return e.source() + ": the original is gone; the copy at " + e.target() + " is kept";
                }
                Optional<FileOperationsPort.FileStat> st = files.stat(e.target());
                if (st.isPresent() && st.get().size() != e.size()) {
                    return e.target() + ": the copy changed since the run; kept";
                }
            }
            case HARDLINK -> {
                if (!files.exists(e.source())) {
                    return e.source() + ": the original name is gone; the link at " + e.target() + " is kept";
                }
                if (files.exists(e.target()) && files.exists(e.source()) && !files.sameFile(e.source(), e.target())) {
                    return e.target() + ": no longer a link to " + e.source() + "; kept";
                }
            }
            case SYMLINK -> {
                Optional<FileOperationsPort.FileStat> st = files.stat(e.target());
                if (st.isPresent() && !st.get().symbolicLink()) {
                    return e.target() + ": no longer a symbolic link; kept";
                }
            }
            default -> {
                return null;
            }
        }
        return null;
    }

    /** @return false when nothing had to change (a folder kept because it is not empty) */
    private boolean reverse(JournalEntry e) {
        return switch (e.kind()) {
            case MOVE, TRASH -> {
                if (e.source().getParent() != null) {
                    files.createDirectories(e.source().getParent());
                }
                files.move(e.target(), e.source(), undoTemp(e), false);
                yield true;
            }
            case COPY, HARDLINK, SYMLINK, WRITE -> files.deleteIfExists(e.target()) || true;
            case MKDIR -> files.deleteEmptyDirectory(e.target());
            case RMDIR -> !files.createDirectories(e.target()).isEmpty();
        };
    }

    private void updateCatalog(JournalEntry e, Map<Long, MediaFile> media, Map<Long, MediaFile> touched) {
        if (e.mediaId() == null) {
            return;
        }
        MediaFile f = media.get(e.mediaId());
        if (f == null) {
            return;
        }
        touched.remove(e.mediaId());
        touched.put(e.mediaId(), f);
        boolean video = e.kind() == OperationKind.MOVE || e.kind() == OperationKind.TRASH
                ? f.path().equals(e.target()) : f.path().equals(e.source());
        if (e.kind() == OperationKind.MOVE || e.kind() == OperationKind.TRASH) {
            CatalogMoves.moved(f, e.target(), e.source());
        }
        if (video && e.kind() != OperationKind.TRASH) {
            f.advanceTo(CatalogMoves.status(e.priorStatus(), MediaStatus.PARSED), null);
        }
    }
}
