package com.cineorg.domain.port.out;

import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.library.OperationState;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.library.OrganizeRun;
import com.cineorg.domain.model.library.PendingOperation;
import com.cineorg.domain.model.library.RunState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The organize journal: runs and their steps. Every write is durable (committed) when the method returns, so that
 * a step recorded PENDING is on disk before the file operation starts. Failures surface as
 * {@link com.cineorg.domain.error.StorageFailureException}.
 */
public interface OrganizeJournalPort {
    OrganizeRun startRun(Path library, OrganizeMode mode, Instant now);

    void finishRun(long runId, RunState state, String summary, Instant now);

    /** Records the steps as PENDING, in order, in one transaction; returns them with their ids and sequence numbers. */
    List<JournalEntry> recordPending(long runId, List<PendingOperation> operations);

    /** Sets the state (and note, may be null) of these steps in one transaction. */
    void mark(Collection<Long> operationIds, OperationState state, String note);

    /** Steps left PENDING or UNDOING by a process that stopped, oldest first. */
    List<JournalEntry> unfinished();

    /** Every run, newest first. */
    List<OrganizeRun> runs();

    Optional<OrganizeRun> findRun(long runId);

    /** The steps of a run in recording order. */
    List<JournalEntry> operations(long runId);

    /** Every journaled operation on one media file, oldest first (its organize history). */
    List<JournalEntry> operationsOf(long mediaId);
}
