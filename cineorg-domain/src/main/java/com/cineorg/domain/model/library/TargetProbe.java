package com.cineorg.domain.model.library;

import java.nio.file.Path;
import java.util.Optional;

/** What the planner may ask about the disk without doing I/O itself; the service answers through its ports. */
@FunctionalInterface
public interface TargetProbe {
    /** Nothing exists anywhere; for tests and previews of an empty library. */
    TargetProbe EMPTY = (target, source) -> Optional.empty();

    /**
     * @param source the file that would go there (to recognise the same file, e.g. a hard link or a case-only rename)
     * @return empty when nothing is at {@code target}
     */
    Optional<Existing> probe(Path target, Path source);

    /**
     * @param sameFile the existing file is the source itself (same inode)
     * @param quality quality of the existing file when known (from the catalog), else {@link Quality#UNKNOWN}
     */
    record Existing(boolean sameFile, Quality quality) {
        public Existing {
            quality = quality == null ? Quality.UNKNOWN : quality;
        }
    }
}
