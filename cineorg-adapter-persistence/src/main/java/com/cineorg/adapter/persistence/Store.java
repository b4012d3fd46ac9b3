package com.cineorg.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * What every adapter of this package shares: the connection pool, Hibernate's session factory over that pool, the
 * engine, and one transaction per call with every failure translated once, here.
 *
 * <p>The session factory is built on first use. The catalog and the journal (scan, organize, undo, history) work in
 * plain JDBC on the pool and never wait for it: building Hibernate's model took about half a second of each
 * command's start.
 */
final class Store {
    /** Builds the session factory over the pool; called at most once. */
    @FunctionalInterface
    interface Boot {
        SessionFactory build(HikariDataSource pool);
    }

    private final HikariDataSource pool;
    private final DbSpec db;
    private final Boot boot;
    private SessionFactory sessionFactory; // guarded by this
    private boolean closed; // guarded by this

    Store(HikariDataSource pool, DbSpec db, Boot boot) {
        this.pool = pool;
        this.db = db;
        this.boot = boot;
    }

    Engine engine() {
        return db.engine();
    }

    DbSpec db() {
        return db;
    }

    /** Builds the session factory now rather than on first use (to validate a schema that Flyway just changed). */
    void bootNow() {
        try {
            sessionFactory();
        } catch (RuntimeException e) {
            throw StorageErrors.translate(e, db);
        }
    }

    /** Whether the session factory has been built (for tests). */
    synchronized boolean booted() {
        return sessionFactory != null;
    }

    private synchronized SessionFactory sessionFactory() {
        if (closed) {
            throw new IllegalStateException("the database " + db.display() + " is closed");
        }
        if (sessionFactory == null) {
            sessionFactory = boot.build(pool);
        }
        return sessionFactory;
    }

    /** Runs {@code work} in one transaction of a stateless session. */
    <R> R inTransaction(Function<StatelessSession, R> work) {
        try {
            return sessionFactory().fromStatelessTransaction(work);
        } catch (RuntimeException e) {
            throw StorageErrors.translate(e, db);
        }
    }

    /**
     * Runs plain JDBC {@code work} in one transaction on a pooled connection: committed when it returns, rolled back
     * when it throws. (The pool puts the connection's auto-commit back when it is returned.)
     */
    <R> R withConnection(JdbcWork<R> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                R result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException | RuntimeException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            throw StorageErrors.translate(e, db);
        }
    }

    @FunctionalInterface
    interface JdbcWork<R> {
        R run(Connection connection) throws SQLException;
    }

    void close() {
        SessionFactory built;
        synchronized (this) {
            closed = true;
            built = sessionFactory;
        }
        try {
            if (built != null) {
                built.close();
            }
        } finally {
            pool.close();
        }
    }
}
