package com.cineorg.domain.testing;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.port.out.FileSystemPort;
import com.cineorg.domain.port.out.WalkListener;
import com.cineorg.domain.port.out.WalkOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A file tree in memory for use-case tests: files by path, walked deepest folders first like the real walker. */
public final class InMemoryFileTree implements FileSystemPort {
    private final Map<Path, FileEntry> files = new TreeMap<>();
    private long nextInode = 1;

    public InMemoryFileTree add(String path, long size) {
        Path p = Path.of(path);
        files.put(p, new FileEntry(p, size, Instant.parse("2024-01-01T00:00:00Z"), "ino=" + nextInode++));
        return this;
    }

    public InMemoryFileTree put(FileEntry entry) {
        files.put(entry.path(), entry);
        return this;
    }

    public FileEntry get(String path) {
        return files.get(Path.of(path));
    }

    public InMemoryFileTree remove(String path) {
        files.remove(Path.of(path));
        return this;
    }

    /** Renames a file, keeping its identity (file key), as `mv` does. */
    public InMemoryFileTree move(String from, String to) {
        FileEntry e = files.remove(Path.of(from));
        files.put(Path.of(to), new FileEntry(Path.of(to), e.size(), e.mtime(), e.fileKey()));
        return this;
    }

    @Override
    public void walk(Path root, WalkOptions options, WalkListener listener) {
        TreeMap<Path, List<FileEntry>> byDir = new TreeMap<>(
                Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Comparator.naturalOrder()));
        boolean any = false;
        for (FileEntry f : files.values()) {
            if (!f.path().startsWith(root)) {
                continue;
            }
            any = true;
            if (skipped(root, f.path(), options)) {
                continue;
            }
            Path dir = f.path().getParent();
            byDir.computeIfAbsent(dir, d -> new ArrayList<>()).add(f);
            for (Path d = dir.getParent(); d != null && d.startsWith(root); d = d.getParent()) {
                byDir.computeIfAbsent(d, x -> new ArrayList<>());
            }
        }
        if (!any) {
            throw new InvalidInputException("no such folder: " + root);
        }
        byDir.forEach(listener::directory);
    }

    private static boolean skipped(Path root, Path file, WalkOptions options) {
        for (Path d = file.getParent(); d != null && !d.equals(root); d = d.getParent()) {
            if (options.skipDirectory().test(d.getFileName().toString())) {
                return true;
            }
        }
        return false;
    }
}
