package com.cineorg.domain.testing;

import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.port.in.MediaPage;
import com.cineorg.domain.port.in.MediaQuery;
import com.cineorg.domain.port.out.IndexedFile;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.scan.SidecarMatcher;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A catalog in a map, for use-case tests. Kept honest by {@link MediaCatalogContract}. Like a database it keeps
 * snapshots (changing a file after {@code saveAll} changes nothing stored until it is saved again) and keeps
 * instants to the millisecond.
 */
public final class InMemoryMediaCatalog implements MediaCatalogPort {
    private final TreeMap<Long, MediaFile> files = new TreeMap<>();
    private long nextId = 1;
    public int saveCalls;

    @Override
    public synchronized List<IndexedFile> index(Collection<Path> roots) {
        List<IndexedFile> result = new ArrayList<>();
        for (MediaFile f : files.values()) {
            if (roots.stream().anyMatch(r -> f.path().startsWith(r))) {
                result.add(new IndexedFile(f.requireId(), f.path(), f.size(), millis(f.mtime()), f.fileKey(), f.status(),
                        SidecarMatcher.signature(f.sidecars())));
            }
        }
        return result;
    }

    @Override
    public synchronized void saveAll(Collection<MediaFile> toSave) {
        saveCalls++;
        for (MediaFile f : toSave) {
            if (f.id().isEmpty()) {
                f.assignId(nextId++);
            }
            files.put(f.requireId(), copy(f));
        }
    }

    @Override
    public synchronized void markMissing(Collection<Long> ids) {
        for (Long id : ids) {
            MediaFile f = files.get(id);
            if (f != null) {
                f.markMissing();
            }
        }
    }

    @Override
    public synchronized Optional<MediaFile> findById(long id) {
        return Optional.ofNullable(files.get(id)).map(InMemoryMediaCatalog::copy);
    }

    @Override
    public synchronized Optional<MediaFile> findByPath(Path path) {
        return files.values().stream().filter(f -> f.path().equals(path)).findFirst().map(InMemoryMediaCatalog::copy);
    }

    @Override
    public synchronized List<MediaFile> findAllById(Collection<Long> ids) {
        List<MediaFile> result = new ArrayList<>();
        for (Long id : ids) {
            MediaFile f = files.get(id);
            if (f != null) {
                result.add(copy(f));
            }
        }
        return result;
    }

    @Override
    public synchronized MediaPage list(MediaQuery q) {
        List<MediaFile> matching = files.values().stream()
                .filter(f -> q.status() == null || f.status() == q.status())
                .filter(f -> q.type() == null || f.parsed().type() == q.type())
                .filter(f -> q.text() == null || matchesText(f, q.text()))
                .toList();
        List<MediaFile> page =
                matching.stream().skip(q.offset()).limit(q.limit()).map(InMemoryMediaCatalog::copy).toList();
        return new MediaPage(page, matching.size(), q.offset(), q.limit());
    }

    private static boolean matchesText(MediaFile f, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return f.path().toString().toLowerCase(Locale.ROOT).contains(needle)
                || (f.parsed().title() != null && f.parsed().title().toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Copies of every stored file, in id order. */
    public synchronized List<MediaFile> all() {
        return files.values().stream().map(InMemoryMediaCatalog::copy).toList();
    }

    /** A snapshot; instants keep milliseconds only, as the database stores them. */
    private static MediaFile copy(MediaFile f) {
        return MediaFile.restore(f.requireId(), f.path(), f.size(), millis(f.mtime()), f.fileKey(), f.status(),
                f.statusReason().orElse(null), f.parsed(), f.sidecars(), f.extraKind().orElse(null),
                millis(f.lastSeen()));
    }

    private static Instant millis(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
    }
}
