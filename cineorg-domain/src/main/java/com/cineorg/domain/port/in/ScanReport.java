package com.cineorg.domain.port.in;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a scan found.
 *
 * @param videos video files seen (extras included)
 * @param added new files stored
 * @param updated files whose content (size or mtime) or sidecars changed, re-parsed
 * @param moved files found at a new path (same file key), updated in place
 * @param unchanged files skipped because size and mtime were the same
 * @param missing stored files under the roots that are gone, marked MISSING
 * @param extras featurettes, trailers and other extras among {@code videos}
 * @param samples sample files skipped
 * @param sidecars subtitles, .nfo and artwork attached to videos
 */
public record ScanReport(
        List<Path> roots,
        long videos,
        long added,
        long updated,
        long moved,
        long unchanged,
        long missing,
        long extras,
        long samples,
        long sidecars,
        List<String> warnings,
        List<ItemFailure> failures,
        Duration elapsed) {
    public ScanReport {
        roots = List.copyOf(roots);
        warnings = List.copyOf(warnings);
        failures = List.copyOf(failures);
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}
