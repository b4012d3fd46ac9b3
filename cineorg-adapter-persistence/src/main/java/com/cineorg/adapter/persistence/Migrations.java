package com.cineorg.adapter.persistence;

import com.cineorg.domain.error.StorageFailureException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * Brings a database to the newest schema. It first looks, without writing anything, at what the database is: a new
 * or empty one (migrate), a CineOrg database that is up to date (nothing to do: Flyway is not even started), one
 * with pending migrations (migrate), one written by a newer CineOrg, or something else (refused, left untouched).
 */
final class Migrations {
    static final String HISTORY = "flyway_schema_history";
    private static final String FIRST_SCRIPT = "V1__media_files.sql";
    static final int SQLITE_PAGE_SIZE = 16_384;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    enum State { EMPTY, UP_TO_DATE, PENDING }

    private Migrations() {}

    /** Migrates when needed; returns what the database looked like before. */
    static State prepare(DbSpec db, Duration busyTimeout) {
        State state = inspect(db, busyTimeout);
        if (state == State.EMPTY && db.engine() == Engine.SQLITE) {
            createSqliteFile(db);
        }
        if (state != State.UP_TO_DATE) {
            migrateWaitingForOthers(db, busyTimeout);
        }
        return state;
    }

    /** Attempts at a migration while another process migrates the same new SQLite file (each waits a busy timeout). */
    private static final int MIGRATION_ATTEMPTS = 6;

    /**
     * Two processes that open a new database at once both find migrations pending; the second waits on the first's
     * write lock. When the wait outlasts the busy timeout, look again: the other process may have finished.
     */
    private static void migrateWaitingForOthers(DbSpec db, Duration busyTimeout) {
        for (int attempt = 1; ; attempt++) {
            try {
                migrate(db);
                return;
            } catch (RuntimeException e) {
                if (db.engine() != Engine.SQLITE || attempt == MIGRATION_ATTEMPTS || !locked(e)) {
                    throw e;
                }
                if (inspect(db, busyTimeout) == State.UP_TO_DATE) {
                    return;
                }
            }
        }
    }

    private static boolean locked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("SQLITE_BUSY") || m.contains("database is locked"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives a new SQLite file 16 KiB pages (measured: about a quarter less CPU per inserted row than 4 KiB, fewer
     * WAL frames per commit). The page size is fixed once the file holds a table or is in WAL mode, so it is set
     * here, before the WAL pragma of the pooled connections reaches the file.
     */
    private static void createSqliteFile(DbSpec db) {
        try {
            if (Files.exists(db.file()) && Files.size(db.file()) > 0) {
                return;
            }
        } catch (IOException e) {
            throw new StorageFailureException("cannot read the database " + db.display() + ": " + e.getMessage(), e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file());
                Statement s = c.createStatement()) {
            s.execute("PRAGMA page_size = " + SQLITE_PAGE_SIZE);
            // one transaction: another process opening the file at the same moment never sees the helper table
            s.execute("BEGIN IMMEDIATE");
            s.execute("CREATE TABLE cineorg_page_size (x INTEGER)");
            s.execute("DROP TABLE cineorg_page_size");
            s.execute("COMMIT");
        } catch (SQLException e) {
            throw StorageErrors.translate(e, db);
        }
    }

    static State inspect(DbSpec db, Duration busyTimeout) {
        if (db.engine() == Engine.SQLITE) {
            Path file = db.file();
            if (!Files.exists(file)) {
                return State.EMPTY;
            }
            if (!Files.isRegularFile(file)) {
                throw StorageErrors.notCineOrg(db, null);
            }
            checkSqliteHeader(db);
        }
        try (Connection c = openForInspection(db, busyTimeout)) {
            return inspect(c, db);
        } catch (SQLException e) {
            throw StorageErrors.translate(e, db);
        }
    }

    private static void checkSqliteHeader(DbSpec db) {
        try (InputStream in = Files.newInputStream(db.file())) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
                throw StorageErrors.notCineOrg(db, null);
            }
        } catch (IOException e) {
            throw new StorageFailureException("cannot read the database " + db.display() + ": " + e.getMessage(), e);
        }
    }

    /** A plain connection that changes nothing: SQLite read-only and without the WAL pragma. */
    private static Connection openForInspection(DbSpec db, Duration busyTimeout) throws SQLException {
        if (db.engine() == Engine.SQLITE) {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
            return DriverManager.getConnection("jdbc:sqlite:" + db.file(), config.toProperties());
        }
        return DriverManager.getConnection(db.jdbcUrl());
    }

    private static State inspect(Connection c, DbSpec db) throws SQLException {
        Set<String> tables = new HashSet<>();
        String sql = db.engine() == Engine.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        tables.remove("cineorg_page_size");
        if (tables.isEmpty()) {
            return State.EMPTY;
        }
        if (!tables.contains(HISTORY)) {
            throw StorageErrors.notCineOrg(db, null);
        }
        boolean ours = false;
        boolean failed = false;
        int newest = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT version, script, success FROM " + HISTORY);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String version = rs.getString(1);
                if ("1".equals(version) && FIRST_SCRIPT.equals(rs.getString(2))) {
                    ours = true;
                }
                if (!rs.getBoolean(3)) {
                    failed = true;
                } else if (version != null) {
                    newest = Math.max(newest, majorVersion(version));
                }
            }
        }
        if (!ours && newest == 0 && !failed && tables.size() == 1) {
            return State.PENDING; // another process has just begun the first migration of this new database
        }
        if (!ours) {
            throw StorageErrors.notCineOrg(db, null);
        }
        if (newest > PersistenceUnit.LATEST_MIGRATION) {
            throw new StorageFailureException("the database " + db.display() + " was written by a newer CineOrg (schema "
                    + newest + ", this version knows up to " + PersistenceUnit.LATEST_MIGRATION + ")");
        }
        return failed || newest < PersistenceUnit.LATEST_MIGRATION ? State.PENDING : State.UP_TO_DATE;
    }

    private static int majorVersion(String version) {
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void migrate(DbSpec db) {
        Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(db.jdbcUrl(), null, null)
                .locations(PersistenceUnit.MIGRATION_LOCATION)
                .placeholders(db.engine().placeholders())
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
