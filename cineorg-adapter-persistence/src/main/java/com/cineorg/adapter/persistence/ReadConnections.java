package com.cineorg.adapter.persistence;

import com.cineorg.domain.error.StorageFailureException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A few read-only connections kept open with their prepared statements, for the point lookups a server answers
 * thousands of times a second ({@code GET /media/{id}}). Going through Hibernate, each lookup paid for a session, a
 * pooled connection's reset and a freshly prepared statement; here a lookup borrows a connection whose statements
 * are already prepared, runs them in one read transaction (one snapshot) and gives the connection back.
 *
 * <p>Connections open on first use, so a CLI command that never asks for a detail view opens none. On SQLite they
 * are {@code query_only}: a bug here cannot write. A connection that failed is closed, not reused.
 */
final class ReadConnections implements AutoCloseable {
    private final DbSpec db;
    private final int size;
    private final Duration waitLimit;
    private final BlockingQueue<Reader> idle;
    private final List<Reader> opened = new ArrayList<>();
    private boolean closed;

    ReadConnections(DbSpec db, int size, Duration waitLimit) {
        this.db = db;
        this.size = size;
        this.waitLimit = waitLimit;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /** A connection and the statements prepared on it; used by one thread at a time. */
    static final class Reader {
        private final Connection connection;
        private final Map<String, PreparedStatement> statements = new HashMap<>();

        private Reader(Connection connection) {
            this.connection = connection;
        }

        /** The statement for {@code sql}, prepared on first use and kept. */
        PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement ps = statements.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                statements.put(sql, ps);
            }
            return ps;
        }
    }

    @FunctionalInterface
    interface ReadWork<R> {
        R run(Reader reader) throws SQLException;
    }

    /** Runs {@code work} in one read transaction; every failure is translated to a one-line storage error. */
    <R> R read(ReadWork<R> work) {
        Reader reader = borrow();
        boolean healthy = false;
        try {
            R result = work.run(reader);
            reader.connection.commit();
            healthy = true;
            return result;
        } catch (SQLException | RuntimeException e) {
            throw StorageErrors.translate(e, db);
        } finally {
            if (healthy) {
                giveBack(reader);
            } else {
                discard(reader);
            }
        }
    }

    private Reader borrow() {
        Reader reader = idle.poll();
        if (reader != null) {
            return reader;
        }
        synchronized (this) {
            if (closed) {
                throw new StorageFailureException("the database " + db.display() + " is closed");
            }
            if (opened.size() < size) {
                reader = open();
                opened.add(reader);
                return reader;
            }
        }
        try {
            reader = idle.poll(waitLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageFailureException("interrupted while waiting for a database connection", e);
        }
        if (reader == null) {
            throw new StorageFailureException("no database connection came free within " + waitLimit.toSeconds()
                    + " s on " + db.display());
        }
        return reader;
    }

    private Reader open() {
        try {
            Connection c = DriverManager.getConnection(db.jdbcUrl());
            try {
                if (db.engine() == Engine.SQLITE) {
                    try (Statement st = c.createStatement()) {
                        st.execute("PRAGMA query_only = true");
                    }
                } else {
                    c.setReadOnly(true);
                }
                c.setAutoCommit(false);
                return new Reader(c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw StorageErrors.translate(e, db);
        }
    }

    private void giveBack(Reader reader) {
        synchronized (this) {
            if (!closed && idle.offer(reader)) {
                return;
            }
            opened.remove(reader);
        }
        closeQuietly(reader);
    }

    private void discard(Reader reader) {
        synchronized (this) {
            opened.remove(reader);
        }
        closeQuietly(reader);
    }

    private static void closeQuietly(Reader reader) {
        try {
            reader.connection.rollback();
        } catch (SQLException | RuntimeException ignored) {
            // closing anyway: a connection that cannot roll back is dropped with its transaction
        }
        try {
            reader.connection.close(); // closes its statements too
        } catch (SQLException | RuntimeException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        List<Reader> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayList<>(opened);
            opened.clear();
            idle.clear();
        }
        toClose.forEach(ReadConnections::closeQuietly);
    }
}
