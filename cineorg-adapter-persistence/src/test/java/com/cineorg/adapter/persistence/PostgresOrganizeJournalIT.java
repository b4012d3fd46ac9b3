package com.cineorg.adapter.persistence;

import com.cineorg.domain.port.out.OrganizeJournalPort;
import com.cineorg.domain.testing.OrganizeJournalContract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;

/** The journal contract on a real PostgreSQL: the same V3 migration, the sequence-based id allocation. */
class PostgresOrganizeJournalIT extends OrganizeJournalContract {
    private static Database database;
    private static String jdbcUrl;

    @BeforeAll
    static void start() {
        database = SharedPostgres.database();
        jdbcUrl = SharedPostgres.jdbcUrl();
    }

    @Override
    protected OrganizeJournalPort emptyJournal() {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM organize_operation");
            s.executeUpdate("DELETE FROM organize_run");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return database.organizeJournal();
    }
}
