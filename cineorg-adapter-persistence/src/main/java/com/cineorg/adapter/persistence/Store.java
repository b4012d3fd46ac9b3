package com.cineorg.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * What every Hibernate adapter of this package shares: the session factory, the engine, and one transaction per
 * call with every failure translated once, here.
 */
final class Store {
    private final SessionFactory sessionFactory;
    private final DbSpec db;

    Store(SessionFactory sessionFactory, DbSpec db) {
        this.sessionFactory = sessionFactory;
        this.db = db;
    }

    Engine engine() {
        return db.engine();
    }

    DbSpec db() {
        return db;
    }

    /** Runs {@code work} in one transaction of a stateless session. */
    <R> R inTransaction(Function<StatelessSession, R> work) {
        try {
            return sessionFactory.fromStatelessTransaction(work);
        } catch (RuntimeException e) {
            throw StorageErrors.translate(e, db);
        }
    }

    /** Runs plain JDBC {@code work} on the connection of one Hibernate-managed transaction. */
    <R> R withConnection(JdbcWork<R> work) {
        return inTransaction(session -> session.doReturningWork(work::run));
    }

    @FunctionalInterface
    interface JdbcWork<R> {
        R run(Connection connection) throws SQLException;
    }

    void close() {
        sessionFactory.close();
    }
}
