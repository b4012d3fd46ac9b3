package com.cineorg.domain.port.out;

import com.cineorg.domain.model.media.FileEntry;
import java.nio.file.Path;
import java.util.List;

/** Receives a walk one directory at a time: a directory's subdirectories are always delivered before it. */
public interface WalkListener {
    /** The regular files directly inside {@code dir} (not the subdirectories), in no particular order. */
    void directory(Path dir, List<FileEntry> files);

    /** Something was skipped (unreadable folder, link loop, dangling link); the walk goes on. */
    void warning(Path path, String message);
}
