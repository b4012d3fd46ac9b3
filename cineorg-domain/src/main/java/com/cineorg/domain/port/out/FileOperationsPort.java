package com.cineorg.domain.port.out;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The file operations organize needs. No method ever replaces an existing file. Failures are
 * {@link com.cineorg.domain.error.FileOperationException}s with a one-line message and a reason; after a failure
 * the source is intact.
 */
public interface FileOperationsPort {
    /**
     * What the disk says about a path (links are not followed).
     *
     * @param device the file system the path is on, read with the same call (equal values: one file system); null
     *     when the adapter cannot tell, and callers then ask {@link #sameFileSystem(Path, Path)}
     */
    record FileStat(long size, Instant mtime, String fileKey, boolean directory, boolean symbolicLink, String device) {
        /** A stat without its device. */
        public FileStat(long size, Instant mtime, String fileKey, boolean directory, boolean symbolicLink) {
            this(size, mtime, fileKey, directory, symbolicLink, null);
        }
    }

    Optional<FileStat> stat(Path path);

    /** True when something (a file, a folder, a link, even a dangling one) is at {@code path}. */
    boolean exists(Path path);

    /**
     * True when {@code path} is a folder (links are not followed: a link to a folder is not one). The same answer as
     * {@code stat(path)} gives, which adapters may find more cheaply.
     */
    default boolean isDirectory(Path path) {
        return stat(path).map(FileStat::directory).orElse(false);
    }

    /** True when both paths exist and are the same file (same device and inode). */
    boolean sameFile(Path a, Path b);

    /** True when {@code a} and the folder {@code dir} (or its nearest existing parent) are on one file system. */
    boolean sameFileSystem(Path a, Path dir);

    /** Bytes free for this user on the file system of {@code dir} (or its nearest existing parent). */
    long usableSpace(Path dir);

    /** Creates the folder and its missing parents; returns the folders it created, outermost first. */
    List<Path> createDirectories(Path dir);

    /**
     * Moves a file, never replacing {@code target}. On one file system it is an atomic rename (a case-only rename
     * and a target that already is the same inode are handled). Across file systems it copies to {@code temp} (a
     * name in the target's folder), syncs it, checks its size (and its checksum when {@code verify}), renames it to
     * {@code target} without replacing, syncs the folder and then deletes the source.
     */
    void move(Path source, Path target, Path temp, boolean verify);

    /** Copies through {@code temp} like a cross-device move, and keeps the source. */
    void copy(Path source, Path target, Path temp, boolean verify);

    /** A hard link; other device is a {@code CROSS_DEVICE} failure. */
    void hardlink(Path source, Path target);

    /** A symbolic link at {@code link} to {@code source}, relative when {@code relative}. */
    void symlink(Path source, Path link, boolean relative);

    /** Writes a new file through {@code temp}; fails when {@code target} exists. */
    void writeNew(Path target, byte[] content, Path temp);

    /** Deletes a file or a link (not a folder); false when nothing was there. */
    boolean deleteIfExists(Path path);

    /** Deletes the folder when it is empty; false when it is not empty or missing. */
    boolean deleteEmptyDirectory(Path dir);

    /** Names directly inside the folder; empty when it is missing. */
    List<Path> list(Path dir);

    /** A content checksum (hex); equal content gives equal checksums. */
    String checksum(Path file);

    /** Flushes a folder's entries to disk (after renames in it). */
    void syncDirectory(Path dir);
}
