package com.cineorg.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.library.OperationKind;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.library.PendingOperation;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import com.cineorg.domain.testing.OrganizeJournalContract;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal contract on a real SQLite file, and its durability across a reopen. */
class SqliteOrganizeJournalIT extends OrganizeJournalContract {
    @TempDir
    Path dir;

    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected OrganizeJournalPort emptyJournal() {
        database = PersistenceFactory.open(dir.resolve("cineorg.db").toString());
        return database.organizeJournal();
    }

    @Test
    void pendingStepsAreThereAfterTheDatabaseIsReopened() {
        Path file = dir.resolve("journal.db");
        long runId;
        try (Database db = PersistenceFactory.open(file.toString())) {
            runId = db.organizeJournal().startRun(Path.of("/lib"), OrganizeMode.MOVE, Instant.EPOCH).id();
            db.organizeJournal().recordPending(runId, List.of(new PendingOperation(OperationKind.MOVE,
                    Path.of("/dl/a.mkv"), Path.of("/lib/a.mkv"), 1L, 10, Instant.EPOCH, "PARSED")));
        }
        try (Database db = PersistenceFactory.open(file.toString())) {
            assertThat(db.organizeJournal().unfinished()).extracting(JournalEntry::runId).containsExactly(runId);
            assertThat(Migrations.inspect(DbSpec.parse(file.toString(), java.time.Duration.ofSeconds(1)),
                    java.time.Duration.ofSeconds(1))).isEqualTo(Migrations.State.UP_TO_DATE);
        }
    }
}
