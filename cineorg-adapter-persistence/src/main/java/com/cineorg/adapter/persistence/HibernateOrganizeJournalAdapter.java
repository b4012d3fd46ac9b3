package com.cineorg.adapter.persistence;

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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The organize journal on the CineOrg database. Each method is one committed transaction (with SQLite in WAL mode a
 * commit survives a killed process), so a step recorded PENDING is stored before its file operation starts. Steps
 * are written with JDBC batches: one transaction per batch of steps, not one per step.
 */
final class HibernateOrganizeJournalAdapter implements OrganizeJournalPort {
    private static final int CHUNK = 500;
    static final String OP_COLUMNS = "id, run_id, seq, kind, state, source_location, source_display, "
            + "target_location, target_display, media_file_id, size_bytes, mtime_ms, prior_status, note";
    private static final String RUN_COLUMNS =
            "id, started_ms, finished_ms, library_location, library_display, mode, state, summary";
    private static final String INSERT_OP = "INSERT INTO organize_operation (run_id, seq, kind, state, "
            + "source_location, source_display, target_location, target_display, media_file_id, size_bytes, mtime_ms, "
            + "prior_status, note, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_OP_AUTO = "INSERT INTO organize_operation (run_id, seq, kind, state, "
            + "source_location, source_display, target_location, target_display, media_file_id, size_bytes, mtime_ms, "
            + "prior_status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Store store;

    HibernateOrganizeJournalAdapter(Store store) {
        this.store = store;
    }

    @Override
    public OrganizeRun startRun(Path library, OrganizeMode mode, Instant now) {
        long id = store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO organize_run (started_ms, library_location,"
                    + " library_display, mode, state) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, now.toEpochMilli());
                ps.setString(2, PathCodec.location(library));
                ps.setString(3, PathCodec.display(library));
                ps.setString(4, mode.name());
                ps.setString(5, RunState.RUNNING.name());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("the database gave no id to the new organize run");
                    }
                    return keys.getLong(1);
                }
            }
        });
        return new OrganizeRun(id, Instant.ofEpochMilli(now.toEpochMilli()), null, library, mode, RunState.RUNNING, null);
    }

    @Override
    public void finishRun(long runId, RunState state, String summary, Instant now) {
        int updated = store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE organize_run SET state = ?, summary = ?, finished_ms = ? WHERE id = ?")) {
                ps.setString(1, state.name());
                ps.setString(2, clip(summary));
                ps.setLong(3, now.toEpochMilli());
                ps.setLong(4, runId);
                return ps.executeUpdate();
            }
        });
        if (updated == 0) {
            throw new NotFoundException("no organize run " + runId);
        }
    }

    @Override
    public List<JournalEntry> recordPending(long runId, List<PendingOperation> operations) {
        if (operations.isEmpty()) {
            return List.of();
        }
        return store.withConnection(c -> {
            int seq0;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COALESCE(MAX(seq), 0) FROM organize_operation WHERE run_id = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    seq0 = rs.getInt(1);
                }
            }
            BatchIds.Allocated allocated = BatchIds.allocate(c, store.engine(), "organize_operation", operations.size(),
                    () -> {
                        try (PreparedStatement first = c.prepareStatement(INSERT_OP_AUTO)) {
                            bind(first, runId, seq0 + 1, operations.get(0));
                            first.executeUpdate();
                        }
                    });
            long[] ids = allocated.ids();
            int from = allocated.firstToInsert();
            try (PreparedStatement ps = c.prepareStatement(INSERT_OP)) {
                JdbcBatch batch = new JdbcBatch(ps, CHUNK);
                for (int i = from; i < operations.size(); i++) {
                    bind(ps, runId, seq0 + 1 + i, operations.get(i));
                    ps.setLong(14, ids[i]);
                    batch.add();
                }
                batch.flush();
            }
            List<JournalEntry> result = new ArrayList<>(operations.size());
            for (int i = 0; i < operations.size(); i++) {
                PendingOperation op = operations.get(i);
                result.add(new JournalEntry(ids[i], runId, seq0 + 1 + i, op.kind(), OperationState.PENDING, op.source(),
                        op.target(), op.mediaId(), op.size(),
                        op.mtime() == null ? null : Instant.ofEpochMilli(op.mtime().toEpochMilli()), op.priorStatus(),
                        null));
            }
            return result;
        });
    }

    private static void bind(PreparedStatement ps, long runId, int seq, PendingOperation op) throws SQLException {
        ps.setLong(1, runId);
        ps.setInt(2, seq);
        ps.setString(3, op.kind().name());
        ps.setString(4, OperationState.PENDING.name());
        ps.setString(5, PathCodec.location(op.source()));
        ps.setString(6, PathCodec.display(op.source()));
        ps.setString(7, PathCodec.location(op.target()));
        ps.setString(8, PathCodec.display(op.target()));
        if (op.mediaId() == null) {
            ps.setNull(9, Types.BIGINT);
        } else {
            ps.setLong(9, op.mediaId());
        }
        ps.setLong(10, op.size());
        if (op.mtime() == null) {
            ps.setNull(11, Types.BIGINT);
        } else {
            ps.setLong(11, op.mtime().toEpochMilli());
        }
        ps.setString(12, op.priorStatus());
        ps.setNull(13, Types.VARCHAR);
    }

    @Override
    public void mark(Collection<Long> operationIds, OperationState state, String note) {
        if (operationIds.isEmpty()) {
            return;
        }
        store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE organize_operation SET state = ?, note = ? WHERE id = ?")) {
                JdbcBatch batch = new JdbcBatch(ps, CHUNK);
                for (Long id : operationIds) {
                    ps.setString(1, state.name());
                    ps.setString(2, clip(note));
                    ps.setLong(3, id);
                    batch.add();
                }
                batch.flush();
            }
            return null;
        });
    }

    @Override
    public List<JournalEntry> unfinished() {
        return queryOps("SELECT " + OP_COLUMNS + " FROM organize_operation WHERE state IN ('PENDING', 'UNDOING') "
                + "ORDER BY id", null);
    }

    @Override
    public List<JournalEntry> operations(long runId) {
        return queryOps("SELECT " + OP_COLUMNS + " FROM organize_operation WHERE run_id = ? ORDER BY seq", runId);
    }

    @Override
    public List<JournalEntry> operationsOf(long mediaId) {
        return queryOps("SELECT " + OP_COLUMNS + " FROM organize_operation WHERE media_file_id = ? ORDER BY run_id, seq",
                mediaId);
    }

    private List<JournalEntry> queryOps(String sql, Long param) {
        return store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (param != null) {
                    ps.setLong(1, param);
                }
                List<JournalEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(entry(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<OrganizeRun> runs() {
        return queryRuns("SELECT " + RUN_COLUMNS + " FROM organize_run ORDER BY id DESC", null);
    }

    @Override
    public Optional<OrganizeRun> findRun(long runId) {
        return queryRuns("SELECT " + RUN_COLUMNS + " FROM organize_run WHERE id = ?", runId).stream().findFirst();
    }

    private List<OrganizeRun> queryRuns(String sql, Long param) {
        return store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (param != null) {
                    ps.setLong(1, param);
                }
                List<OrganizeRun> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long finished = rs.getLong(3);
                        Instant finishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(finished);
                        out.add(new OrganizeRun(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), finishedAt,
                                PathCodec.restore(rs.getString(4), rs.getString(5)),
                                OrganizeMode.valueOf(rs.getString(6)), RunState.valueOf(rs.getString(7)),
                                rs.getString(8)));
                    }
                }
                return out;
            }
        });
    }

    private static String clip(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }


    /** The journal entry of a row selected as {@link #OP_COLUMNS}. */
    static JournalEntry entry(ResultSet rs) throws SQLException {
        long media = rs.getLong(10);
        Long mediaId = rs.wasNull() ? null : media;
        long mtime = rs.getLong(12);
        Instant mtimeAt = rs.wasNull() ? null : Instant.ofEpochMilli(mtime);
        return new JournalEntry(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                OperationKind.valueOf(rs.getString(4)), OperationState.valueOf(rs.getString(5)),
                PathCodec.restore(rs.getString(6), rs.getString(7)),
                PathCodec.restore(rs.getString(8), rs.getString(9)), mediaId, rs.getLong(11), mtimeAt,
                rs.getString(13), rs.getString(14));
    }
}
