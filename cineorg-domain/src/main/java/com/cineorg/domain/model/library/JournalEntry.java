package com.cineorg.domain.model.library;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/** One journaled step of a run, in the order ({@code seq}) it was recorded. */
public record JournalEntry(
        long id,
        long runId,
        int seq,
        OperationKind kind,
        OperationState state,
        Path source,
        Path target,
        Long mediaId,
        long size,
        Instant mtime,
        String priorStatus,
        String note) {
    public JournalEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    /** The temporary name a copy goes through in the target folder; fixed per step so that recovery finds it. */
    public Path temp() {
        return temp(target, id);
    }

    public static Path temp(Path target, long operationId) {
        return target.resolveSibling(".cineorg-" + operationId + ".part");
    }

    public JournalEntry withState(OperationState newState, String newNote) {
        return new JournalEntry(id, runId, seq, kind, newState, source, target, mediaId, size, mtime, priorStatus,
                newNote);
    }
}
