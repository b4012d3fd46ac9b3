package com.cineorg.domain.port.in;

import com.cineorg.domain.error.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

public record ScanCommand(List<Path> roots, boolean followLinks, ProgressListener progress) {
    public ScanCommand {
        if (roots == null || roots.isEmpty()) {
            throw new InvalidInputException("scan needs at least one folder");
        }
        roots = List.copyOf(roots);
        progress = progress == null ? ProgressListener.NONE : progress;
    }
}
