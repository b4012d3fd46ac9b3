package com.cineorg.adapter.persistence;

import com.cineorg.domain.error.StorageFailureException;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.port.in.MediaPage;
import com.cineorg.domain.port.in.MediaQuery;
import com.cineorg.domain.port.out.IndexedFile;
import com.cineorg.domain.port.out.MediaCatalogPort;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The media catalog: plain JDBC statements inside Hibernate-managed transactions (Hibernate validates the mapped
 * tables and runs the transactions). Writes go in JDBC batches; reads map rows with the same code as the detail view's
 * reader ({@link JdbcMediaDetailsReader}).
 */
final class HibernateMediaCatalogAdapter implements MediaCatalogPort {
    /** Rows sent per JDBC batch, and ids per IN list. */
    private static final int CHUNK = 1000;

    private static final String INSERT = "INSERT INTO media_file (" + String.join(", ", MediaFileMapper.COLUMNS)
            + ", id) VALUES (" + "?, ".repeat(MediaFileMapper.COLUMNS.size()) + "?)";
    private static final String UPDATE = "UPDATE media_file SET "
            + MediaFileMapper.COLUMNS.stream().map(c -> c + " = ?").collect(Collectors.joining(", ")) + " WHERE id = ?";
    private static final String INDEX_COLUMNS =
            "SELECT id, location, display_path, size_bytes, mtime_ms, file_key, status, sidecar_signature FROM media_file";

    private final Store store;

    HibernateMediaCatalogAdapter(Store store) {
        this.store = store;
    }

    @Override
    public List<IndexedFile> index(Collection<Path> roots) {
        if (roots.isEmpty()) {
            return List.of();
        }
        List<String> bounds = new ArrayList<>();
        for (Path root : new LinkedHashSet<>(roots)) {
            bounds.addAll(List.of(PathCodec.subtree(root.toAbsolutePath())));
        }
        StringBuilder sql = new StringBuilder(INDEX_COLUMNS).append(" WHERE ");
        for (int i = 0; i < bounds.size() / 3; i++) {
            sql.append(i == 0 ? "" : " OR ").append("location = ? OR (location >= ? AND location < ?)");
        }
        return store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                ps.setFetchSize(CHUNK);
                for (int i = 0; i < bounds.size(); i++) {
                    ps.setString(i + 1, bounds.get(i));
                }
                List<IndexedFile> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new IndexedFile(rs.getLong(1), PathCodec.restore(rs.getString(2), rs.getString(3)),
                                rs.getLong(4), Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6),
                                MediaStatus.valueOf(rs.getString(7)), rs.getInt(8)));
                    }
                }
                return result;
            }
        });
    }

    @Override
    public void saveAll(Collection<MediaFile> files) {
        if (files.isEmpty()) {
            return;
        }
        List<MediaFile> updates = new ArrayList<>();
        List<MediaFile> inserts = new ArrayList<>();
        for (MediaFile f : files) {
            (f.id().isPresent() ? updates : inserts).add(f);
        }
        long[] newIds = store.withConnection(c -> {
            update(c, updates, false); // first: a file that moved away frees its location for a new one of the batch
            long[] ids = insert(c, inserts);
            insertSidecars(c, updates, inserts, ids);
            return ids;
        });
        for (int i = 0; i < inserts.size(); i++) {
            inserts.get(i).assignId(newIds[i]); // only once the transaction committed
        }
    }

    @Override
    public void saveLocations(Collection<MediaFile> files) {
        if (files.isEmpty()) {
            return;
        }
        List<MediaFile> updates = List.copyOf(files);
        for (MediaFile f : updates) {
            f.requireId();
        }
        store.withConnection(c -> {
            update(c, updates, true);
            insertSidecars(c, updates, List.of(), new long[0]);
            return null;
        });
    }

    /**
     * Updates the stored rows of these files, and clears their sidecars for a fresh insert. With
     * {@code locationsOnly}, the parse columns are left as stored: SQLite then neither writes the parse again nor
     * touches the release index.
     */
    private static void update(Connection c, List<MediaFile> updates, boolean locationsOnly) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(locationsOnly ? MediaFileMapper.UPDATE_LOCATION : UPDATE);
                PreparedStatement clear = c.prepareStatement("DELETE FROM sidecar WHERE media_file_id = ?")) {
            for (int from = 0; from < updates.size(); from += CHUNK) {
                List<MediaFile> chunk = updates.subList(from, Math.min(updates.size(), from + CHUNK));
                for (MediaFile f : chunk) {
                    if (locationsOnly) {
                        MediaFileMapper.bindLocation(ps, f, f.requireId());
                    } else {
                        MediaFileMapper.bind(ps, f, f.requireId());
                    }
                    ps.addBatch();
                    clear.setLong(1, f.requireId());
                    clear.addBatch();
                }
                int[] counts = ps.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        throw new StorageFailureException(
                                "media file " + chunk.get(i).requireId() + " is no longer in the database");
                    }
                }
                clear.executeBatch();
            }
        }
    }

    private long[] insert(Connection c, List<MediaFile> inserts) throws SQLException {
        if (inserts.isEmpty()) {
            return new long[0];
        }
        long[] ids;
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            // The first insert takes SQLite's write lock and a rowid (max + 1); the rest follow it under the lock.
            BatchIds.Allocated allocated = BatchIds.allocate(c, store.engine(), "media_file", inserts.size(), () -> {
                MediaFileMapper.bind(ps, inserts.get(0), null);
                ps.executeUpdate();
            });
            ids = allocated.ids();
            int from = allocated.firstToInsert();
            JdbcBatch batch = new JdbcBatch(ps, CHUNK);
            for (int i = from; i < inserts.size(); i++) {
                MediaFileMapper.bind(ps, inserts.get(i), ids[i]);
                batch.add();
            }
            batch.flush();
        }
        return ids;
    }

    private static void insertSidecars(Connection c, List<MediaFile> updates, List<MediaFile> inserts, long[] ids)
            throws SQLException {
        boolean any = updates.stream().anyMatch(f -> !f.sidecars().isEmpty())
                || inserts.stream().anyMatch(f -> !f.sidecars().isEmpty());
        if (!any) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(MediaFileMapper.SIDECAR_INSERT)) {
            JdbcBatch batch = new JdbcBatch(ps, CHUNK);
            for (MediaFile f : updates) {
                addSidecars(ps, f.requireId(), f.sidecars(), batch);
            }
            for (int i = 0; i < inserts.size(); i++) {
                addSidecars(ps, ids[i], inserts.get(i).sidecars(), batch);
            }
            batch.flush();
        }
    }

    private static void addSidecars(PreparedStatement ps, long id, List<Sidecar> sidecars, JdbcBatch batch)
            throws SQLException {
        for (int p = 0; p < sidecars.size(); p++) {
            MediaFileMapper.bindSidecar(ps, id, p, sidecars.get(p));
            batch.add();
        }
    }

    @Override
    public void markMissing(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE media_file SET status = ? WHERE id = ?")) {
                JdbcBatch batch = new JdbcBatch(ps, CHUNK);
                for (Long id : ids) {
                    ps.setString(1, MediaStatus.MISSING.name());
                    ps.setLong(2, id);
                    batch.add();
                }
                batch.flush();
            }
            return null;
        });
    }

    @Override
    public Optional<MediaFile> findById(long id) {
        return store.withConnection(c -> select(c, " WHERE m.id = ?", List.of(id)).stream().findFirst());
    }

    @Override
    public Optional<MediaFile> findByPath(Path path) {
        String location = PathCodec.location(path.toAbsolutePath());
        return store.withConnection(c -> select(c, " WHERE m.location = ?", List.of(location)).stream().findFirst());
    }

    @Override
    public List<MediaFile> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<Long, MediaFile> found = store.withConnection(c -> {
            Map<Long, MediaFile> byId = new HashMap<>();
            for (int from = 0; from < distinct.size(); from += CHUNK) {
                List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
                for (MediaFile f : select(c, " WHERE m.id IN (" + placeholders(chunk.size()) + ")", chunk)) {
                    byId.put(f.requireId(), f);
                }
            }
            return byId;
        });
        List<MediaFile> result = new ArrayList<>();
        for (Long id : ids) {
            MediaFile f = found.get(id);
            if (f != null) {
                result.add(f);
            }
        }
        return result;
    }

    /**
     * A page in plain queries in one transaction: the count, the rows, their sidecars. Organize, identify and probe
     * load the catalog through here 10,000 rows at a time; Hibernate's entity loading cost them three times as long.
     */
    @Override
    public MediaPage list(MediaQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.status() != null) {
            where.append(" AND m.status = ?");
            params.add(q.status().name());
        }
        if (q.type() != null) {
            where.append(" AND m.media_type = ?");
            params.add(q.type().name());
        }
        if (q.text() != null) {
            where.append(" AND m.search_text LIKE ? ESCAPE '\\'");
            params.add("%" + escapeLike(q.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return store.withConnection(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM media_file m" + where)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            if (total <= q.offset()) {
                return new MediaPage(List.of(), total, q.offset(), q.limit());
            }
            List<Object> paged = new ArrayList<>(params);
            paged.add(q.limit());
            paged.add((long) q.offset());
            return new MediaPage(select(c, where + " ORDER BY m.id LIMIT ? OFFSET ?", paged), total, q.offset(),
                    q.limit());
        });
    }

    /** The files of {@code SELECT ... FROM media_file m} + {@code whereAndOrder}, in its order, with their sidecars. */
    private static List<MediaFile> select(Connection c, String whereAndOrder, List<?> params) throws SQLException {
        List<MediaFileEntity> rows = new ArrayList<>();
        List<ParsedRelease> parses = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + JdbcMediaDetailsReader.FILE_COLUMNS + " FROM media_file m" + whereAndOrder)) {
            bind(ps, params);
            ps.setFetchSize(CHUNK);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(JdbcMediaDetailsReader.fileOf(rs));
                    parses.add(ReleaseJson.read(rs.getBytes(9)));
                }
            }
        }
        Map<Long, List<SidecarEntity>> sidecars = sidecarsOf(c, rows.stream().map(e -> e.id).toList());
        List<MediaFile> files = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            MediaFileEntity e = rows.get(i);
            files.add(MediaFileMapper.toDomain(e, sidecars.get(e.id), parses.get(i)));
        }
        return files;
    }

    /** The sidecars of these files in list order, {@link #CHUNK} files per query. */
    private static Map<Long, List<SidecarEntity>> sidecarsOf(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<SidecarEntity>> result = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT media_file_id, location, display_path, kind,"
                    + " language, flags FROM sidecar WHERE media_file_id IN (" + placeholders(chunk.size()) + ")"
                    + " ORDER BY media_file_id, position")) {
                bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        result.computeIfAbsent(id, k -> new ArrayList<>())
                                .add(JdbcMediaDetailsReader.sidecarOf(rs, 2, id));
                    }
                }
            }
        }
        return result;
    }

    private static String placeholders(int n) {
        return "?, ".repeat(n - 1) + "?";
    }

    private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
