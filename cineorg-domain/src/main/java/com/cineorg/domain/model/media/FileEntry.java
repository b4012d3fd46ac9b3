package com.cineorg.domain.model.media;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One regular file seen on disk during a walk.
 *
 * @param fileKey the file system's identity of the file (device and inode on Unix), or null where unknown
 */
public record FileEntry(Path path, long size, Instant mtime, String fileKey) {
    public FileEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mtime, "mtime");
    }

    public String fileName() {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }
}
