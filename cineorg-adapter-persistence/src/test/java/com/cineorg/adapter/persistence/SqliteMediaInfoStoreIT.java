package com.cineorg.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import com.cineorg.domain.testing.MediaInfoStoreContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The media info store contract on a real SQLite file, and the cascade when a media file row goes. */
class SqliteMediaInfoStoreIT extends MediaInfoStoreContract {
    @RegisterExtension
    static final SqliteFile sqlite = new SqliteFile();

    @Override
    protected void reset() {
        sqlite.empty();
    }

    @Override
    protected MediaCatalogPort catalog() {
        return sqlite.database().mediaCatalog();
    }

    @Override
    protected MediaInfoStorePort store() {
        return sqlite.database().mediaInfo();
    }

    @Test
    void deletingTheMediaFileDeletesItsMediaInfo() throws Exception {
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        MediaFile f = MediaFile.discovered(new FileEntry(Path.of("/lib/x.mkv"), 1, t0, null), null, t0);
        catalog().saveAll(List.of(f));
        store().saveAll(Map.of(f.requireId(), new MediaInfo(Duration.ofSeconds(2), 320, 240, "Xvid", List.of())), t0);
        try (Connection c = DriverManager.getConnection(sqlite.jdbcUrl() + "?foreign_keys=true");
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM sidecar");
            s.executeUpdate("DELETE FROM media_file");
        }
        assertThat(store().findAll(List.of(f.requireId()))).isEmpty();
    }
}
