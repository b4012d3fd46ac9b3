package com.cineorg.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.domain.error.NotFoundException;
import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.library.OperationKind;
import com.cineorg.domain.model.library.OperationState;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.library.OrganizeRun;
import com.cineorg.domain.model.library.PendingOperation;
import com.cineorg.domain.model.library.RunState;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link OrganizeJournalPort} must do; one subclass per implementation keeps the fake honest. */
public abstract class OrganizeJournalContract {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract OrganizeJournalPort emptyJournal();

    private static PendingOperation op(OperationKind kind, String source, String target, Long media) {
        return new PendingOperation(kind, Path.of(source), Path.of(target), media, 42, T, "PARSED");
    }

    @Test
    void recordsStepsInOrderAsPendingWithIds() {
        OrganizeJournalPort journal = emptyJournal();
        OrganizeRun run = journal.startRun(Path.of("/lib"), OrganizeMode.MOVE, T);
        assertThat(run.state()).isEqualTo(RunState.RUNNING);
        List<JournalEntry> first = journal.recordPending(run.id(), List.of(
                op(OperationKind.MKDIR, "/lib/Movies", "/lib/Movies", null),
                op(OperationKind.MOVE, "/dl/a.mkv", "/lib/Movies/a.mkv", 7L)));
        List<JournalEntry> second = journal.recordPending(run.id(), List.of(
                op(OperationKind.MOVE, "/dl/Amélie ü.mkv", "/lib/Movies/Amélie ü.mkv", null)));

        assertThat(first).extracting(JournalEntry::seq).containsExactly(1, 2);
        assertThat(second.get(0).seq()).isEqualTo(3);
        assertThat(first.get(0).id()).isNotEqualTo(first.get(1).id());
        List<JournalEntry> stored = journal.operations(run.id());
        assertThat(stored).hasSize(3).allMatch(e -> e.state() == OperationState.PENDING);
        JournalEntry move = stored.get(1);
        assertThat(move.source()).isEqualTo(Path.of("/dl/a.mkv"));
        assertThat(move.target()).isEqualTo(Path.of("/lib/Movies/a.mkv"));
        assertThat(move.mediaId()).isEqualTo(7L);
        assertThat(move.size()).isEqualTo(42);
        assertThat(move.mtime()).isEqualTo(T);
        assertThat(move.priorStatus()).isEqualTo("PARSED");
        assertThat(stored.get(2).source()).isEqualTo(Path.of("/dl/Amélie ü.mkv"));
        assertThat(journal.unfinished()).hasSize(3);
        assertThat(journal.operationsOf(7L)).singleElement().extracting(JournalEntry::target)
                .isEqualTo(Path.of("/lib/Movies/a.mkv"));
        assertThat(journal.operationsOf(8L)).isEmpty();
    }

    @Test
    void markingMovesStepsOutOfUnfinished() {
        OrganizeJournalPort journal = emptyJournal();
        OrganizeRun run = journal.startRun(Path.of("/lib"), OrganizeMode.COPY, T);
        List<PendingOperation> ops = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            ops.add(op(OperationKind.COPY, "/dl/" + i + ".mkv", "/lib/" + i + ".mkv", (long) i));
        }
        List<JournalEntry> entries = journal.recordPending(run.id(), ops);
        List<Long> ids = entries.stream().map(JournalEntry::id).toList();
        journal.mark(ids.subList(0, 1_000), OperationState.DONE, null);
        journal.mark(ids.subList(1_000, 1_100), OperationState.FAILED, "no space left");
        journal.mark(ids.subList(1_100, 1_150), OperationState.UNDOING, null);

        assertThat(journal.unfinished()).hasSize(100)
                .extracting(JournalEntry::state).containsOnly(OperationState.PENDING, OperationState.UNDOING);
        List<JournalEntry> all = journal.operations(run.id());
        assertThat(all.get(1_050).note()).isEqualTo("no space left");
        assertThat(all.get(1_050).state()).isEqualTo(OperationState.FAILED);
        assertThat(all).extracting(JournalEntry::seq).isSorted();
    }

    @Test
    void runsAreListedNewestFirstAndFinish() {
        OrganizeJournalPort journal = emptyJournal();
        OrganizeRun a = journal.startRun(Path.of("/lib"), OrganizeMode.MOVE, T);
        OrganizeRun b = journal.startRun(Path.of("/lib2"), OrganizeMode.SYMLINK, T.plusSeconds(60));
        journal.finishRun(a.id(), RunState.FINISHED_WITH_FAILURES, "1 organized, 1 failed", T.plusSeconds(5));

        assertThat(journal.runs()).extracting(OrganizeRun::id).containsExactly(b.id(), a.id());
        OrganizeRun done = journal.findRun(a.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(RunState.FINISHED_WITH_FAILURES);
        assertThat(done.finished()).isEqualTo(T.plusSeconds(5));
        assertThat(done.summary()).isEqualTo("1 organized, 1 failed");
        assertThat(done.library()).isEqualTo(Path.of("/lib"));
        assertThat(journal.findRun(b.id()).orElseThrow().mode()).isEqualTo(OrganizeMode.SYMLINK);
        assertThat(journal.findRun(9_999)).isEmpty();
        assertThatThrownBy(() -> journal.finishRun(9_999, RunState.FINISHED, null, T))
                .isInstanceOf(NotFoundException.class);
    }
}
