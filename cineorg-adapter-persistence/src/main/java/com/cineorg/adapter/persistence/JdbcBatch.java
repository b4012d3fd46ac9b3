package com.cineorg.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Rows added to a prepared statement and sent every {@code size} rows: bind the parameters, {@link #add()}, and
 * {@link #flush()} once the last row is added.
 */
final class JdbcBatch {
    private final PreparedStatement ps;
    private final int size;
    private int pending;

    JdbcBatch(PreparedStatement ps, int size) {
        this.ps = ps;
        this.size = size;
    }

    /** Adds the row bound on the statement; sends the batch when it is full. */
    void add() throws SQLException {
        ps.addBatch();
        if (++pending == size) {
            flush();
        }
    }

    /** Sends the rows not sent yet. */
    void flush() throws SQLException {
        if (pending > 0) {
            ps.executeBatch();
            pending = 0;
        }
    }
}
