package com.cineorg.adapter.persistence;

import com.cineorg.domain.error.CineOrgException;
import com.cineorg.domain.error.StorageFailureException;
import java.sql.SQLException;

/** Turns Hibernate, JDBC, Hikari and Flyway failures into one-line {@link StorageFailureException}s. */
final class StorageErrors {
    // SQLite primary result codes (https://sqlite.org/rescode.html)
    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private StorageErrors() {}

    static CineOrgException translate(Throwable failure, DbSpec db) {
        if (failure instanceof CineOrgException known) {
            return known;
        }
        String what = db.display();
        SQLException sql = findSql(failure);
        String text = allMessages(failure);
        if (db.engine() == Engine.SQLITE) {
            int code = sql == null ? -1 : sql.getErrorCode() & 0xff;
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED || text.contains("SQLITE_BUSY")
                    || text.contains("database is locked")) {
                return new StorageFailureException("the database " + what + " is locked by another process", failure);
            }
            if (code == SQLITE_NOTADB || text.contains("SQLITE_NOTADB")) {
                return notCineOrg(db, failure);
            }
            if (code == SQLITE_READONLY || code == SQLITE_PERM || text.contains("SQLITE_READONLY")) {
                return new StorageFailureException("the database " + what + " cannot be written (read-only)", failure);
            }
            if (code == SQLITE_FULL) {
                return new StorageFailureException("the disk holding the database " + what + " is full", failure);
            }
            if (code == SQLITE_CANTOPEN || text.contains("SQLITE_CANTOPEN")) {
                return new StorageFailureException("cannot open the database " + what, failure);
            }
            if (code == SQLITE_CORRUPT) {
                return new StorageFailureException("the database " + what + " is damaged", failure);
            }
            if (code == SQLITE_IOERR) {
                return new StorageFailureException("input/output error on the database " + what, failure);
            }
        } else if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return new StorageFailureException("cannot connect to the database " + what + ": " + firstLine(sql), failure);
        }
        Throwable root = sql != null ? sql : rootCause(failure);
        return new StorageFailureException("database error on " + what + ": " + firstLine(root), failure);
    }

    static StorageFailureException notCineOrg(DbSpec db, Throwable cause) {
        return new StorageFailureException(db.display() + " is not a CineOrg database", cause);
    }

    private static SQLException findSql(Throwable t) {
        SQLException found = null;
        for (Throwable c = t; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof SQLException e) {
                found = e; // keep the deepest: Hikari wraps the driver's exception
            }
        }
        return found;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String allMessages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null) {
                sb.append(c.getMessage()).append('\n');
            }
        }
        return sb.toString();
    }

    static String firstLine(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        m = m.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
