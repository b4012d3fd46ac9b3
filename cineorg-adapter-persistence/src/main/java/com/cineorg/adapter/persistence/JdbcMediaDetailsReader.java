package com.cineorg.adapter.persistence;

import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.port.in.MediaDetails;
import com.cineorg.domain.port.out.MediaDetailsReadPort;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The detail view of one file in three queries on one read connection (see {@link ReadConnections}): the file row
 * joined with its identification and media info (both at most one row per file), its sidecars, and its journal
 * entries. The rows are mapped by the same code as the Hibernate adapters', so both paths give equal objects.
 */
final class JdbcMediaDetailsReader implements MediaDetailsReadPort {
    /** The columns {@link #fileOf} reads, in its order, for a table aliased {@code m}. */
    static final String FILE_COLUMNS = "m.id, m.location, m.display_path, m.size_bytes, m.mtime_ms, m.file_key,"
            + " m.status, m.status_reason, m.parsed_json, m.extra_kind, m.last_seen_ms";

    static final String FILE = "SELECT " + FILE_COLUMNS + ", i.body_json,"
            + " mi.media_file_id, mi.duration_ms, mi.width, mi.height, mi.video_codec, mi.audio_codecs"
            + " FROM media_file m"
            + " LEFT JOIN identification i ON i.media_file_id = m.id"
            + " LEFT JOIN media_info mi ON mi.media_file_id = m.id"
            + " WHERE m.id = ?";
    static final String SIDECARS = "SELECT location, display_path, kind, language, flags FROM sidecar"
            + " WHERE media_file_id = ? ORDER BY position";
    static final String HISTORY = "SELECT " + HibernateOrganizeJournalAdapter.OP_COLUMNS
            + " FROM organize_operation WHERE media_file_id = ? ORDER BY run_id, seq";

    private final ReadConnections connections;

    JdbcMediaDetailsReader(ReadConnections connections) {
        this.connections = connections;
    }

    @Override
    public Optional<MediaDetails> details(long mediaFileId) {
        return connections.read(reader -> {
            MediaFileEntity file;
            ParsedRelease parsed;
            Identification identification;
            MediaInfo info;
            PreparedStatement ps = reader.statement(FILE);
            ps.setLong(1, mediaFileId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                file = fileOf(rs);
                parsed = ReleaseJson.read(rs.getBytes(9));
                byte[] body = rs.getBytes(12); // UTF-8 as stored: no String decoded only to be parsed
                identification = body == null ? null : DomainJson.read(body, Identification.class);
                info = mediaInfoOf(rs);
            }
            List<SidecarEntity> sidecars = sidecars(reader.statement(SIDECARS), mediaFileId);
            List<JournalEntry> history = history(reader.statement(HISTORY), mediaFileId);
            MediaFile media = MediaFileMapper.toDomain(file, sidecars, parsed);
            return Optional.of(new MediaDetails(media, identification, info, history));
        });
    }

    /** A media file row selected as {@link #FILE_COLUMNS} (columns 1 to 11), without its parse (column 9). */
    static MediaFileEntity fileOf(ResultSet rs) throws SQLException {
        MediaFileEntity e = new MediaFileEntity();
        e.id = rs.getLong(1);
        e.location = rs.getString(2);
        e.displayPath = rs.getString(3);
        e.sizeBytes = rs.getLong(4);
        e.mtimeMs = rs.getLong(5);
        e.fileKey = rs.getString(6);
        e.status = rs.getString(7);
        e.statusReason = rs.getString(8);
        e.extraKind = rs.getString(10);
        long lastSeen = rs.getLong(11);
        e.lastSeenMs = rs.wasNull() ? null : lastSeen;
        return e;
    }

    private static MediaInfo mediaInfoOf(ResultSet rs) throws SQLException {
        long id = rs.getLong(13);
        if (rs.wasNull()) {
            return null;
        }
        MediaInfoEntity e = new MediaInfoEntity();
        e.mediaFileId = id;
        long duration = rs.getLong(14);
        e.durationMs = rs.wasNull() ? null : duration;
        int width = rs.getInt(15);
        e.width = rs.wasNull() ? null : width;
        int height = rs.getInt(16);
        e.height = rs.wasNull() ? null : height;
        e.videoCodec = rs.getString(17);
        e.audioCodecs = rs.getString(18);
        return HibernateMediaInfoStoreAdapter.toDomain(e);
    }

    private static List<SidecarEntity> sidecars(PreparedStatement ps, long mediaFileId) throws SQLException {
        ps.setLong(1, mediaFileId);
        List<SidecarEntity> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(sidecarOf(rs, 1, mediaFileId));
            }
        }
        return out;
    }

    /** A sidecar row selected as location, display_path, kind, language, flags from column {@code first} on. */
    static SidecarEntity sidecarOf(ResultSet rs, int first, long mediaFileId) throws SQLException {
        SidecarEntity s = new SidecarEntity();
        s.mediaFileId = mediaFileId;
        s.location = rs.getString(first);
        s.displayPath = rs.getString(first + 1);
        s.kind = rs.getString(first + 2);
        s.language = rs.getString(first + 3);
        s.flags = rs.getString(first + 4);
        return s;
    }

    private static List<JournalEntry> history(PreparedStatement ps, long mediaFileId) throws SQLException {
        ps.setLong(1, mediaFileId);
        List<JournalEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(HibernateOrganizeJournalAdapter.entry(rs));
            }
        }
        return out;
    }
}
