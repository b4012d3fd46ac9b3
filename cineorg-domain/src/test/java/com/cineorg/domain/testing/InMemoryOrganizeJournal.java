package com.cineorg.domain.testing;

import com.cineorg.domain.error.NotFoundException;
import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.library.OperationState;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.library.OrganizeRun;
import com.cineorg.domain.model.library.PendingOperation;
import com.cineorg.domain.model.library.RunState;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The organize journal in maps, for use-case tests (and the crash test's child process, which has no database). */
public final class InMemoryOrganizeJournal implements OrganizeJournalPort {
    private final TreeMap<Long, OrganizeRun> runs = new TreeMap<>();
    private final Map<Long, JournalEntry> entries = new LinkedHashMap<>();
    private final Map<Long, Integer> nextSeq = new TreeMap<>();
    private long nextRun = 1;
    private long nextOp = 1;
    public int writes;

    @Override
    public synchronized OrganizeRun startRun(Path library, OrganizeMode mode, Instant now) {
        writes++;
        OrganizeRun run = new OrganizeRun(nextRun++, now, null, library, mode, RunState.RUNNING, null);
        runs.put(run.id(), run);
        return run;
    }

    @Override
    public synchronized void finishRun(long runId, RunState state, String summary, Instant now) {
        writes++;
        OrganizeRun r = runs.get(runId);
        if (r == null) {
            throw new NotFoundException("no organize run " + runId);
        }
        runs.put(runId, new OrganizeRun(r.id(), r.started(), now, r.library(), r.mode(), state, summary));
    }

    @Override
    public synchronized List<JournalEntry> recordPending(long runId, List<PendingOperation> operations) {
        writes++;
        if (!runs.containsKey(runId)) {
            throw new NotFoundException("no organize run " + runId);
        }
        List<JournalEntry> result = new ArrayList<>();
        for (PendingOperation op : operations) {
            int seq = nextSeq.merge(runId, 1, Integer::sum);
            JournalEntry e = new JournalEntry(nextOp++, runId, seq, op.kind(), OperationState.PENDING, op.source(),
                    op.target(), op.mediaId(), op.size(), op.mtime(), op.priorStatus(), null);
            entries.put(e.id(), e);
            result.add(e);
        }
        return result;
    }

    @Override
    public synchronized void mark(Collection<Long> operationIds, OperationState state, String note) {
        writes++;
        for (Long id : operationIds) {
            JournalEntry e = entries.get(id);
            if (e != null) {
                entries.put(id, e.withState(state, note));
            }
        }
    }

    @Override
    public synchronized List<JournalEntry> unfinished() {
        return entries.values().stream().filter(e -> e.state().unfinished()).toList();
    }

    @Override
    public synchronized List<OrganizeRun> runs() {
        return runs.descendingMap().values().stream().toList();
    }

    @Override
    public synchronized Optional<OrganizeRun> findRun(long runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public synchronized List<JournalEntry> operations(long runId) {
        return entries.values().stream().filter(e -> e.runId() == runId)
                .sorted(Comparator.comparingInt(JournalEntry::seq)).toList();
    }

    @Override
    public synchronized List<JournalEntry> operationsOf(long mediaId) {
        return entries.values().stream().filter(e -> e.mediaId() != null && e.mediaId() == mediaId)
                .sorted(Comparator.comparingLong(JournalEntry::runId).thenComparingInt(JournalEntry::seq)).toList();
    }
}
