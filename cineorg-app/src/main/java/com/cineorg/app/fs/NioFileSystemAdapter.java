package com.cineorg.app.fs;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.port.out.FileSystemPort;
import com.cineorg.domain.port.out.WalkListener;
import com.cineorg.domain.port.out.WalkOptions;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Walks folders with {@link Files#walkFileTree}, one stat per entry, delivering each folder's files at once. */
public final class NioFileSystemAdapter implements FileSystemPort {

    @Override
    public void walk(Path root, WalkOptions options, WalkListener listener) {
        checkRoot(root);
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
                        Object key = attrs.fileKey();
                        stack.peek().add(new FileEntry(file, attrs.size(), attrs.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS),
                                key == null ? null : key.toString()));
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
