package com.cineorg.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids for a batch of new rows, known before the batch is inserted so that child rows can refer to them. On SQLite the
 * first row is inserted by the caller (taking the write lock and a rowid) and the rest follow its rowid under that
 * lock; on PostgreSQL they all come from the table's id sequence.
 */
final class BatchIds {
    /** Inserts the batch's first row, letting SQLite choose its id. */
    @FunctionalInterface
    interface FirstInsert {
        void run() throws SQLException;
    }

    /**
     * @param ids the batch's ids, in row order
     * @param firstToInsert index of the first row the caller still has to insert (1 when SQLite inserted row 0)
     */
    record Allocated(long[] ids, int firstToInsert) {}

    private BatchIds() {}

    static Allocated allocate(Connection c, Engine engine, String table, int count, FirstInsert insertFirst)
            throws SQLException {
        long[] ids = new long[count];
        if (engine == Engine.SQLITE) {
            insertFirst.run();
            try (PreparedStatement last = c.prepareStatement("SELECT last_insert_rowid()");
                    ResultSet rs = last.executeQuery()) {
                rs.next();
                long first = rs.getLong(1);
                for (int i = 0; i < count; i++) {
                    ids[i] = first + i;
                }
            }
            return new Allocated(ids, 1);
        }
        try (PreparedStatement seq = c.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence('" + table + "', 'id')) FROM generate_series(1, ?)")) {
            seq.setInt(1, count);
            try (ResultSet rs = seq.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return new Allocated(ids, 0);
    }
}
