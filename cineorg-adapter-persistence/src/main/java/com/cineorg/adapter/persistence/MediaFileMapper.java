package com.cineorg.adapter.persistence;

import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.model.media.SidecarKind;
import com.cineorg.domain.scan.SidecarMatcher;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Media files between the domain and the {@code media_file} / {@code sidecar} tables. */
final class MediaFileMapper {
    /** The columns written for a media file, in bind order; the id follows them. */
    static final List<String> COLUMNS = List.of(
            "location", "display_path", "search_text", "size_bytes", "mtime_ms", "file_key", "status",
            "status_reason", "media_type", "title", "release_year", "season", "episode", "parsed_json", "extra_kind",
            "last_seen_ms", "sidecar_signature");

    static final String SIDECAR_INSERT =
            "INSERT INTO sidecar (media_file_id, position, location, display_path, kind, language, flags)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)";

    private MediaFileMapper() {}

    /** The file of a row, with its sidecar rows and its parse as read from {@code parsed_json}. */
    static MediaFile toDomain(MediaFileEntity e, List<SidecarEntity> sidecars, ParsedRelease parsed) {
        List<Sidecar> attached = sidecars == null ? List.of() : sidecars.stream().map(MediaFileMapper::toDomain).toList();
        return MediaFile.restore(
                e.id,
                PathCodec.restore(e.location, e.displayPath),
                e.sizeBytes,
                Instant.ofEpochMilli(e.mtimeMs),
                e.fileKey,
                MediaStatus.valueOf(e.status),
                e.statusReason,
                parsed,
                attached,
                e.extraKind,
                e.lastSeenMs == null ? null : Instant.ofEpochMilli(e.lastSeenMs));
    }

    static Sidecar toDomain(SidecarEntity s) {
        List<String> flags = s.flags == null || s.flags.isEmpty() ? List.of() : Arrays.asList(s.flags.split(","));
        return new Sidecar(PathCodec.restore(s.location, s.displayPath), SidecarKind.valueOf(s.kind), s.language, flags);
    }

    static final String UPDATE_LOCATION = "UPDATE media_file SET location = ?, display_path = ?, search_text = ?,"
            + " size_bytes = ?, mtime_ms = ?, file_key = ?, status = ?, status_reason = ?, last_seen_ms = ?,"
            + " sidecar_signature = ? WHERE id = ?";

    /** Binds the columns of {@link #UPDATE_LOCATION}, the id last. */
    static void bindLocation(PreparedStatement ps, MediaFile f, long id) throws SQLException {
        bindPlace(ps, f);
        bindSeen(ps, f, 9);
        ps.setLong(11, id);
    }

    /** Binds {@link #COLUMNS} at 1..17 and the id at 18. */
    static void bind(PreparedStatement ps, MediaFile f, Long id) throws SQLException {
        ParsedRelease r = f.parsed();
        bindPlace(ps, f);
        ps.setString(9, r.type().name());
        setString(ps, 10, r.title());
        setInt(ps, 11, r.year());
        setInt(ps, 12, r.season());
        setInt(ps, 13, r.episode());
        ps.setString(14, ReleaseJson.write(r));
        setString(ps, 15, f.extraKind().orElse(null));
        bindSeen(ps, f, 16);
        if (id == null) {
            ps.setNull(18, Types.BIGINT);
        } else {
            ps.setLong(18, id);
        }
    }

    /** Where the file is and what state it is in: columns 1..8 of both statements. */
    private static void bindPlace(PreparedStatement ps, MediaFile f) throws SQLException {
        Path path = f.path().toAbsolutePath();
        String display = PathCodec.display(path);
        ps.setString(1, PathCodec.location(path));
        ps.setString(2, display);
        ps.setString(3, searchText(display, f.parsed().title()));
        ps.setLong(4, f.size());
        ps.setLong(5, f.mtime().toEpochMilli());
        setString(ps, 6, f.fileKey());
        ps.setString(7, f.status().name());
        setString(ps, 8, f.statusReason().orElse(null));
    }

    /** last_seen_ms at {@code at}, sidecar_signature at {@code at + 1}. */
    private static void bindSeen(PreparedStatement ps, MediaFile f, int at) throws SQLException {
        if (f.lastSeen() == null) {
            ps.setNull(at, Types.BIGINT);
        } else {
            ps.setLong(at, f.lastSeen().toEpochMilli());
        }
        ps.setInt(at + 1, SidecarMatcher.signature(f.sidecars()));
    }

    static void bindSidecar(PreparedStatement ps, long mediaFileId, int position, Sidecar s) throws SQLException {
        Path path = s.path().toAbsolutePath();
        ps.setLong(1, mediaFileId);
        ps.setInt(2, position);
        ps.setString(3, PathCodec.location(path));
        ps.setString(4, PathCodec.display(path));
        ps.setString(5, s.kind().name());
        setString(ps, 6, s.language());
        setString(ps, 7, s.flags().isEmpty() ? null : String.join(",", s.flags()));
    }

    /** Lower-case path and title, one per line: what {@code list} matches text against. */
    static String searchText(String display, String title) {
        String text = title == null ? display : display + "\n" + title;
        return text.toLowerCase(Locale.ROOT);
    }

    private static void setString(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
