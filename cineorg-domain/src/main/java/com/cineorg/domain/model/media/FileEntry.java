package com.cineorg.domain.model.media;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One regular file seen on disk during a walk.
 *
 * @param size the size in bytes, or -1 when the walk did not read the file's attributes
 * @param mtime the last modification time, or the epoch when the walk did not read the file's attributes
 * @param fileKey the file system's identity of the file (device and inode on Unix), or null where unknown
 * @param fileName the last element of {@code path} as a string, "" for a root; kept because a scan asks for it
 *     many times per file and a {@code Path} decodes it anew each time
 */
public record FileEntry(Path path, long size, Instant mtime, String fileKey, String fileName) {
    public FileEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mtime, "mtime");
        if (fileName == null) {
            fileName = nameOf(path);
        }
    }

    public FileEntry(Path path, long size, Instant mtime, String fileKey) {
        this(path, size, mtime, fileKey, null);
    }

    /** A file known by its name only: a sidecar or junk file whose size and dates do not matter to a scan. */
    public static FileEntry withoutAttributes(Path path) {
        return new FileEntry(path, -1, Instant.EPOCH, null);
    }

    private static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }
}
