package com.cineorg.app.fs;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.port.out.FileSystemPort;
import com.cineorg.domain.port.out.WalkListener;
import com.cineorg.domain.port.out.WalkOptions;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks folders depth first, delivering each folder's files at once after its subfolders. Without link following,
 * a folder is listed with one {@code lstat} per entry except for names the scan needs no attributes for: on file
 * systems whose folder link count is the number of subfolders plus two (ext4, xfs, tmpfs), once every subfolder
 * has been found the remaining names are known to be files and are not stat'ed (the leaf optimisation of
 * {@code find}). With link following, {@link Files#walkFileTree} detects loops.
 */
public final class NioFileSystemAdapter implements FileSystemPort {
    /** File systems whose folder link counts are exact. */
    private static final Set<String> EXACT_LINK_COUNTS = Set.of("ext2", "ext3", "ext4", "xfs", "tmpfs");

    @Override
    public void walk(Path root, WalkOptions options, WalkListener listener) {
        checkRoot(root);
        if (!options.followLinks() && Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            new LeafWalk(options, listener, trustedDevice(root)).root(root);
            return;
        }
        walkFileTree(root, options, listener);
    }

    /** The device of {@code root} when its folder link counts can be trusted, else null. */
    private static Object trustedDevice(Path root) {
        try {
            if (!EXACT_LINK_COUNTS.contains(Files.getFileStore(root).type())) {
                return null;
            }
            return Files.getAttribute(root, "unix:dev", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void walkFileTree(Path root, WalkOptions options, WalkListener listener) {
        Set<FileVisitOption> visitOptions =
                options.followLinks() ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
        Deque<List<FileEntry>> stack = new ArrayDeque<>();
        try {
            Files.walkFileTree(root, visitOptions, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    if (!dir.equals(root) && name != null && options.skipDirectory().test(name.toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    stack.push(new ArrayList<>());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        stack.peek().add(entry(file, null, attrs));
                    } else if (attrs.isSymbolicLink()) {
                        linkNotFollowed(file, options.followLinks(), listener);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    listener.warning(file, describe(e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    List<FileEntry> files = stack.pop();
                    if (e != null) {
                        listener.warning(dir, "listing stopped early: " + describe(e));
                    }
                    listener.directory(dir, files);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InvalidInputException("cannot scan " + root + ": " + describe(e), e);
        }
    }

    /** The walk without link following. */
    private static final class LeafWalk {
        private final WalkOptions options;
        private final WalkListener listener;
        private final Object device;

        LeafWalk(WalkOptions options, WalkListener listener, Object device) {
            this.options = options;
            this.listener = listener;
            this.device = device;
        }

        void root(Path root) {
            try {
                directory(root, linkCount(root));
            } catch (IOException e) {
                throw new InvalidInputException("cannot scan " + root + ": " + describe(e), e);
            }
        }

        /** Lists {@code dir}, walks its subfolders, then delivers its files. */
        private void directory(Path dir, int linkCount) throws IOException {
            List<FileEntry> files = new ArrayList<>();
            List<Path> nameOnly = new ArrayList<>();
            List<String> nameOnlyNames = new ArrayList<>();
            int subfolders = 0;
            IOException stopped = null;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                try {
                    for (Path entry : entries) {
                        String name = entry.getFileName().toString();
                        if (options.attributesNotNeeded().test(name)) {
                            nameOnly.add(entry);
                            nameOnlyNames.add(name);
                        } else if (visit(entry, name, files)) {
                            subfolders++;
                        }
                    }
                } catch (DirectoryIteratorException e) {
                    stopped = e.getCause();
                }
            }
            if (stopped != null || linkCount < 2 || subfolders != linkCount - 2) {
                for (int i = 0; i < nameOnly.size(); i++) {
                    visit(nameOnly.get(i), nameOnlyNames.get(i), files); // the link count cannot tell files from folders
                }
            } else {
                for (int i = 0; i < nameOnly.size(); i++) {
                    files.add(new FileEntry(nameOnly.get(i), -1, Instant.EPOCH, null, nameOnlyNames.get(i)));
                }
            }
            if (stopped != null) {
                listener.warning(dir, "listing stopped early: " + describe(stopped));
            }
            listener.directory(dir, files);
        }

        /** Stats one entry: a file is added to {@code files}, a folder walked; true when it is a folder. */
        private boolean visit(Path entry, String name, List<FileEntry> files) {
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                listener.warning(entry, describe(e));
                return false;
            }
            if (attrs.isDirectory()) {
                if (!options.skipDirectory().test(name)) {
                    try {
                        directory(entry, linkCount(entry));
                    } catch (IOException e) {
                        listener.warning(entry, describe(e));
                    }
                }
                return true;
            }
            if (attrs.isRegularFile()) {
                files.add(entry(entry, name, attrs));
            }
            return false; // links are skipped silently, as `find` does
        }

        /** The folder's link count when it can be trusted (same trusted device as the root), else -1. */
        private int linkCount(Path dir) {
            if (device == null) {
                return -1;
            }
            try {
                Map<String, Object> unix = Files.readAttributes(dir, "unix:nlink,dev", LinkOption.NOFOLLOW_LINKS);
                return device.equals(unix.get("dev")) ? (Integer) unix.get("nlink") : -1;
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                return -1;
            }
        }
    }

    private static FileEntry entry(Path file, String name, BasicFileAttributes attrs) {
        Object key = attrs.fileKey();
        return new FileEntry(file, attrs.size(), attrs.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS),
                key == null ? null : key.toString(), name);
    }

    private static void checkRoot(Path root) {
        if (!Files.exists(root)) {
            throw new InvalidInputException("no such folder: " + root);
        }
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException("not a folder: " + root);
        }
        if (!Files.isReadable(root) || !Files.isExecutable(root)) {
            throw new InvalidInputException("cannot read folder: " + root + " (permission denied)");
        }
    }

    /** With links not followed, a link to a file is reported once so the user knows why it was left out. */
    private static void linkNotFollowed(Path link, boolean followLinks, WalkListener listener) {
        if (!followLinks) {
            return; // the default: links are skipped silently, as `find` does
        }
        if (!Files.exists(link)) {
            listener.warning(link, "dangling symbolic link skipped");
        } else if (Files.isSymbolicLink(link) && Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            listener.warning(link, "symbolic link skipped");
        }
    }

    static String describe(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop skipped";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file (dangling link or removed during the scan)";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
