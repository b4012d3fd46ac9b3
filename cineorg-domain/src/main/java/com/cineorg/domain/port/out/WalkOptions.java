package com.cineorg.domain.port.out;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * @param followLinks follow symbolic links to folders and files (loops are detected and skipped)
 * @param skipDirectory given a folder's name, true to leave it and everything below it out of the walk
 * @param attributesNotNeeded given a file's name, true when the walk may deliver that file without reading its
 *     attributes (as {@link com.cineorg.domain.model.media.FileEntry#withoutAttributes}), which spares a
 *     {@code stat} per sidecar or junk file; a walk may still read them
 */
public record WalkOptions(boolean followLinks, Predicate<String> skipDirectory, Predicate<String> attributesNotNeeded) {
    public WalkOptions {
        Objects.requireNonNull(skipDirectory, "skipDirectory");
        Objects.requireNonNull(attributesNotNeeded, "attributesNotNeeded");
    }

    /** Every file's attributes are read. */
    public WalkOptions(boolean followLinks, Predicate<String> skipDirectory) {
        this(followLinks, skipDirectory, name -> false);
    }
}
