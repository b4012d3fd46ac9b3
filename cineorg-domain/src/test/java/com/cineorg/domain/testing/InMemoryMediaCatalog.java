package com.cineorg.domain.testing;

import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.port.in.MediaPage;
import com.cineorg.domain.port.in.MediaQuery;
import com.cineorg.domain.port.out.IndexedFile;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.scan.SidecarMatcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/** A catalog in a map, for use-case tests. Kept honest by the catalog contract test. */
public final class InMemoryMediaCatalog implements MediaCatalogPort {
    private final TreeMap<Long, MediaFile> files = new TreeMap<>();
    private long nextId = 1;
    public int saveCalls;

    @Override
    public synchronized List<IndexedFile> index(Collection<Path> roots) {
        List<IndexedFile> result = new ArrayList<>();
        for (MediaFile f : files.values()) {
            if (roots.stream().anyMatch(r -> f.path().startsWith(r))) {
                result.add(new IndexedFile(f.requireId(), f.path(), f.size(), f.mtime(), f.fileKey(), f.status(),
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
            files.put(f.requireId(), f);
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
        return Optional.ofNullable(files.get(id));
    }

    @Override
    public synchronized Optional<MediaFile> findByPath(Path path) {
        return files.values().stream().filter(f -> f.path().equals(path)).findFirst();
    }

    @Override
    public synchronized List<MediaFile> findAllById(Collection<Long> ids) {
        List<MediaFile> result = new ArrayList<>();
        for (Long id : ids) {
            MediaFile f = files.get(id);
            if (f != null) {
                result.add(f);
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
        List<MediaFile> page = matching.stream().skip(q.offset()).limit(q.limit()).toList();
        return new MediaPage(page, matching.size(), q.offset(), q.limit());
    }

    private static boolean matchesText(MediaFile f, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return f.path().toString().toLowerCase(Locale.ROOT).contains(needle)
                || (f.parsed().title() != null && f.parsed().title().toLowerCase(Locale.ROOT).contains(needle));
    }

    public synchronized List<MediaFile> all() {
        return new ArrayList<>(files.values());
    }
}
