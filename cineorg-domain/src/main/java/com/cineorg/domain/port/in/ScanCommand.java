package com.cineorg.domain.port.in;

import com.cineorg.domain.error.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * @param reparse read the names of known, unchanged files again too (after an upgrade of the parser); their status,
 *     identification and place are kept
 */
public record ScanCommand(List<Path> roots, boolean followLinks, boolean reparse, ProgressListener progress) {
    public ScanCommand(List<Path> roots, boolean followLinks, ProgressListener progress) {
        this(roots, followLinks, false, progress);
    }

    public ScanCommand {
        if (roots == null || roots.isEmpty()) {
            throw new InvalidInputException("scan needs at least one folder");
        }
        roots = List.copyOf(roots);
        progress = progress == null ? ProgressListener.NONE : progress;
    }
}
