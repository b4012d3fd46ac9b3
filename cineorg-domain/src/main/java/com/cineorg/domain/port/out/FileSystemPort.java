package com.cineorg.domain.port.out;

import java.nio.file.Path;

/** The file system as the use cases see it. */
public interface FileSystemPort {
    /**
     * Walks the tree under {@code root} depth first, calling {@code listener} from one thread (not necessarily the
     * caller's: a scan walks on a background thread).
     *
     * @throws com.cineorg.domain.error.InvalidInputException when the root does not exist, is not a folder, or
     *     cannot be read
     */
    void walk(Path root, WalkOptions options, WalkListener listener);
}
