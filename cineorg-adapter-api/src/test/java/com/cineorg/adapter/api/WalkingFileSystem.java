package com.cineorg.adapter.api;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.port.out.FileSystemPort;
import com.cineorg.domain.port.out.WalkListener;
import com.cineorg.domain.port.out.WalkOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A test-only {@link FileSystemPort} on {@link Files#walkFileTree}; the real one lives in the app. */
final class WalkingFileSystem implements FileSystemPort {
    @Override
    public void walk(Path root, WalkOptions options, WalkListener listener) {
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException("not a folder: " + root);
        }
        Set<FileVisitOption> visit = options.followLinks() ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
                : EnumSet.noneOf(FileVisitOption.class);
        Deque<List<FileEntry>> stack = new ArrayDeque<>();
        try {
            Files.walkFileTree(root, visit, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && options.skipDirectory().test(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    stack.push(new ArrayList<>());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        Object key = attrs.fileKey();
                        stack.peek().add(new FileEntry(file, attrs.size(), attrs.lastModifiedTime().toInstant(),
                                key == null ? null : key.toString()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    listener.warning(file, e.getClass().getSimpleName());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    listener.directory(dir, stack.pop());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
