package com.cineorg.adapter.persistence;

import com.cineorg.domain.testing.MediaDetailsReadContract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC help for the database tests, next to (not through) the adapter. */
final class TestDatabases {
    private TestDatabases() {}

    /** Empties every CineOrg table, children first. */
    static void clear(String jdbcUrl) {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM organize_operation");
            s.executeUpdate("DELETE FROM organize_run");
            s.executeUpdate("DELETE FROM media_info");
            s.executeUpdate("DELETE FROM identification");
            s.executeUpdate("DELETE FROM metadata_cache");
            s.executeUpdate("DELETE FROM sidecar");
            s.executeUpdate("DELETE FROM media_file");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ports of the detail-view contract, all on {@code database}. */
    static MediaDetailsReadContract.Stores detailStores(Database database) {
        return new MediaDetailsReadContract.Stores(database.mediaCatalog(), database.identifications(),
                database.mediaInfo(), database.organizeJournal(), database.mediaDetails());
    }
}
